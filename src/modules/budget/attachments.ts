import fs from 'node:fs/promises';
import path from 'node:path';
import { invalid } from '../../app/errors.js';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './budget.schemas.js';

type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

// The first bytes each accepted type must start with: a receipt declared as PDF that is really an HTML
// page is refused rather than served back later.
const SIGNATURES: Record<AttachmentType, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** Decodes and checks an uploaded file: real base64, within the size limit, content matching the declared type. */
export function decodeAttachment(dataBase64: string, contentType: AttachmentType): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64) || dataBase64.length % 4 !== 0) {
    throw invalid('dataBase64', 'The file must be sent as standard base64');
  }
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw invalid('dataBase64', 'The file is empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw invalid('dataBase64', `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB`);
  }
  if (!SIGNATURES[contentType](bytes)) throw invalid('contentType', `The file is not a ${contentType} file`);
  return bytes;
}

/** Files of expenses under `<dataDir>/attachments/<workspaceId>/`, named by generated keys only. */
export class AttachmentStore {
  constructor(private readonly dataDir: string) {}

  private file(workspaceId: string, key: string): string {
    // Keys and workspace ids are generated UUIDs; refuse anything else so no path can escape the folder.
    if (!/^[0-9a-f-]{36}$/.test(key) || !/^[A-Za-z0-9-]{1,64}$/.test(workspaceId))
      throw new Error('Bad attachment key');
    return path.join(this.dataDir, 'attachments', workspaceId, key);
  }

  async write(workspaceId: string, key: string, bytes: Buffer): Promise<void> {
    const file = this.file(workspaceId, key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    await fs.writeFile(`${file}.part`, bytes);
    await fs.rename(`${file}.part`, file);
  }

  async read(workspaceId: string, key: string): Promise<Buffer | undefined> {
    try {
      return await fs.readFile(this.file(workspaceId, key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async remove(workspaceId: string, key: string): Promise<void> {
    await fs.rm(this.file(workspaceId, key), { force: true });
  }
}
