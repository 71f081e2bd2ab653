// What the media module accepts, pure: MIME types, the kind each maps to, size limits per kind and
// the leading bytes ("magic") each type must start with. No I/O.

export const MEDIA_MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'video/mp4',
  'video/quicktime',
] as const;
export type MediaMimeType = (typeof MEDIA_MIME_TYPES)[number];

export const MEDIA_KINDS = ['image', 'video', 'gif'] as const;
export type MediaKindName = (typeof MEDIA_KINDS)[number];

const MiB = 1024 * 1024;

/**
 * Upload limits per kind, the largest any supported network accepts; tighter per-network limits
 * (Bluesky images ~1 MB) are the connectors' content rules, checked when composing.
 */
export const MEDIA_SIZE_LIMITS: Readonly<Record<MediaKindName, number>> = {
  image: 20 * MiB,
  gif: 20 * MiB,
  video: 100 * MiB,
};

/** The largest upload of any kind: the upload route's body limit. */
export const MAX_MEDIA_BYTES = Math.max(...Object.values(MEDIA_SIZE_LIMITS));

/** True for a MIME type the upload accepts (parameters such as `; charset` already stripped). */
export function isMediaMimeType(value: string): value is MediaMimeType {
  return (MEDIA_MIME_TYPES as readonly string[]).includes(value);
}

/** The kind of a MIME type: GIFs are their own kind because networks treat them apart. */
export function kindOf(mime: MediaMimeType): MediaKindName {
  if (mime === 'image/gif') return 'gif';
  return mime.startsWith('video/') ? 'video' : 'image';
}

const ascii = (b: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...b.subarray(start, Math.min(end, b.length)));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// An ISO base media file (MP4, QuickTime) opens with a box: 4-byte size then its type. We require the
// `ftyp` box first, which every MP4 and every QuickTime file written this century has.
const isIsoBmff = (b: Uint8Array) => b.length >= 12 && ascii(b, 4, 8) === 'ftyp';

const SIGNATURES: Record<MediaMimeType, (b: Uint8Array) => boolean> = {
  'image/png': (b) => b.length >= 8 && PNG_SIGNATURE.every((v, i) => b[i] === v),
  'image/jpeg': (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => ['GIF87a', 'GIF89a'].includes(ascii(b, 0, 6)),
  'image/webp': (b) => b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  'video/mp4': isIsoBmff,
  'video/quicktime': isIsoBmff,
};

/** Whether the bytes start the way a file of the declared type must. */
export function matchesSignature(mime: MediaMimeType, bytes: Uint8Array): boolean {
  return SIGNATURES[mime](bytes);
}

/** Why an upload of `size` bytes of `kind` is refused, or null when within limits. */
export function sizeProblem(
  kind: MediaKindName,
  size: number,
  limits: Readonly<Record<MediaKindName, number>> = MEDIA_SIZE_LIMITS,
): { limit: number } | null {
  return size > limits[kind] ? { limit: limits[kind] } : null;
}

/** A stored kind, typed; a value outside the list would be a bug in the write path. */
export function parseMediaKind(value: string): MediaKindName {
  const kind = MEDIA_KINDS.find((k) => k === value);
  if (!kind) throw new Error(`Unknown media kind ${value}`);
  return kind;
}
