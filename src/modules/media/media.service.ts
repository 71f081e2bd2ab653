import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AppContext } from '../../app/context.js';
import { AppError, invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { parseRange, type ByteRange } from './byte-range.js';
import { imageSize } from './image-size.js';
import { mediaStoreFor } from './media-store.factory.js';
import { mediaKey, type MediaStore } from './media-store.port.js';
import { presentMedia } from './media.presenter.js';
import { MediaRepository, type MediaRow } from './media.repository.js';
import type { MediaView } from './media.schemas.js';
import { isMediaMimeType, kindOf, matchesSignature, MEDIA_MIME_TYPES, sizeProblem } from './media-types.js';
import { videoInfo } from './video-info.js';

export interface UploadInput {
  /** The request's Content-Type header, parameters included. */
  contentType: string | undefined;
  /** The raw body; anything but bytes (a JSON body, say) is refused like a wrong type. */
  body: unknown;
  filename?: string | undefined;
}

/** The served bytes of one file, or of the range asked. */
export interface MediaContent {
  mimeType: string;
  filename: string | null;
  sha256: string;
  /** The whole file's size. */
  size: number;
  /** The part sent, when a satisfiable range was asked. */
  range: ByteRange | null;
  stream: Readable;
}

/** Keeps only the last path segment of a client-given name, without control characters. */
export function cleanFilename(name: string | undefined): string | null {
  if (name === undefined) return null;
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base === '' ? null : base.slice(0, 255);
}

/** Upload, read, serve and delete the media files a workspace attaches to posts. */
export class MediaService {
  private readonly repo: MediaRepository;
  private readonly audit: AuditService;
  constructor(
    private readonly ctx: AppContext,
    private readonly store: MediaStore = mediaStoreFor(ctx.config),
  ) {
    this.repo = new MediaRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  /**
   * Checks and stores an upload. The same bytes uploaded again in the workspace return the existing
   * file (`created: false`) instead of a second copy (decision 0011).
   */
  async upload(actor: Actor, input: UploadInput): Promise<{ media: MediaView; created: boolean }> {
    const mime = (input.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (!isMediaMimeType(mime) || !(input.body instanceof Uint8Array)) {
      throw new AppError(
        415,
        'unsupported_media_type',
        `Send the file's bytes as the body with one of these content types: ${MEDIA_MIME_TYPES.join(', ')}`,
        'body',
      );
    }
    const bytes = input.body;
    if (bytes.byteLength === 0) throw invalid('body', 'The file is empty');
    const kind = kindOf(mime);
    const tooLarge = sizeProblem(kind, bytes.byteLength);
    if (tooLarge) {
      throw new AppError(
        413,
        'media_too_large',
        `A ${kind} may be at most ${tooLarge.limit / 1024 / 1024} MiB`,
        'body',
        { limit: tooLarge.limit, kind, actual: bytes.byteLength },
      );
    }
    if (!matchesSignature(mime, bytes)) {
      throw new AppError(400, 'media_type_mismatch', `The file's content is not ${mime}`, 'body');
    }

    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const existing = await this.repo.findByChecksum(actor.workspaceId, sha256);
    // A row whose bytes were lost (restored database without the files) is not reused.
    if (existing && (await this.store.exists(existing.storage_key))) {
      return { media: presentMedia(existing), created: false };
    }

    const size = kind === 'video' ? videoInfo(bytes) : { ...imageSize(mime, bytes), durationMs: null };
    const id = newId();
    const row: MediaRow = {
      id,
      workspace_id: actor.workspaceId,
      kind,
      mime_type: mime,
      size_bytes: bytes.byteLength,
      width: size.width ?? null,
      height: size.height ?? null,
      duration_ms: size.durationMs,
      sha256,
      storage_key: mediaKey(actor.workspaceId, id),
      filename: cleanFilename(input.filename),
      created_by: actor.userId,
      created_at: this.ctx.clock.now().toISOString(),
    };
    // Bytes first, row second: a row never names bytes that are not there. A failed insert removes
    // the file; a crash in between leaves an orphan file that no row names, which a purge can remove.
    await this.store.put(row.storage_key, bytes);
    try {
      await this.repo.insert(row);
    } catch (e) {
      await this.store.delete(row.storage_key);
      throw e;
    }
    const media = presentMedia(row);
    await this.audit.record(actor, {
      action: 'media.uploaded',
      objectType: 'media',
      objectId: id,
      summary: `Uploaded ${row.filename ?? `a ${kind}`} (${mime}, ${bytes.byteLength} bytes)`,
      after: media,
    });
    return { media, created: true };
  }

  private async row(actor: Actor, id: string): Promise<MediaRow> {
    const row = await this.repo.find(actor.workspaceId, id);
    if (!row) throw notFound('Media');
    return row;
  }

  async get(actor: Actor, id: string): Promise<MediaView> {
    return presentMedia(await this.row(actor, id));
  }

  /**
   * The bytes as a stream, whole or the range a `Range` header asks; 404 when the row or its file is
   * gone, 416 when the range starts past the end.
   */
  async content(actor: Actor, id: string, rangeHeader?: string): Promise<MediaContent> {
    const row = await this.row(actor, id);
    const range = parseRange(rangeHeader, row.size_bytes);
    if (range === 'unsatisfiable') {
      throw new AppError(416, 'range_not_satisfiable', `The file has ${row.size_bytes} bytes`, undefined, {
        size: row.size_bytes,
      });
    }
    const file = await this.store.open(row.storage_key, range ?? undefined);
    if (!file) throw notFound('Media file');
    return {
      mimeType: row.mime_type,
      filename: row.filename,
      sha256: row.sha256,
      size: file.size,
      range,
      stream: file.stream,
    };
  }

  /** Deletes a file no scheduled, published (or otherwise past-draft) variant uses. */
  async remove(actor: Actor, id: string): Promise<void> {
    const row = await this.row(actor, id);
    const uses = await this.repo.findUses(actor.workspaceId, id);
    if (uses.length > 0) {
      throw new AppError(
        409,
        'media_in_use',
        `This file is used by ${uses.length} post variant(s) past the draft stage`,
        undefined,
        { uses },
      );
    }
    await this.repo.delete(actor.workspaceId, id);
    await this.store.delete(row.storage_key);
    await this.audit.record(actor, {
      action: 'media.deleted',
      objectType: 'media',
      objectId: id,
      summary: `Deleted ${row.filename ?? `a ${row.kind}`}`,
      before: presentMedia(row),
    });
  }
}
