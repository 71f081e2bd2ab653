// Builders of small media files for tests, byte by byte from the formats' specifications, so no
// fixture file is needed. PNGs come from test/connectors/support/png.ts (a real encoder).

const u16be = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u16le = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u24le = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff]);
const u32be = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const u32le = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A JPEG marker segment: FF, marker, 16-bit length (including itself), payload. */
function segment(marker: number, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0xff, marker]), u16be(payload.length + 2), payload]);
}

/**
 * A JPEG's header structure: SOI, a JFIF APP0, an Exif-like APP1 and a quantisation table before the
 * frame header (so the reader must skip segments), the start of frame (SOF0 baseline or SOF2
 * progressive) and EOI. The entropy-coded data is left out: only the headers are read.
 */
export function jpegBytes(width: number, height: number, opts: { progressive?: boolean } = {}): Buffer {
  const jfif = Buffer.concat([
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([1, 1, 0]),
    u16be(1),
    u16be(1),
    Buffer.from([0, 0]),
  ]);
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.alloc(24, 0x2a)]);
  const dqt = Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]);
  const components = Buffer.from([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  const sof = Buffer.concat([Buffer.from([8]), u16be(height), u16be(width), Buffer.from([3]), components]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, jfif),
    segment(0xe1, exif),
    // Fill bytes before a marker are allowed.
    Buffer.from([0xff]),
    segment(0xdb, dqt),
    segment(opts.progressive ? 0xc2 : 0xc0, sof),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A complete GIF: a `width`×`height` logical screen holding one 1×1 frame of a two-colour palette. */
export function gifBytes(width: number, height: number, version: '87a' | '89a' = '89a'): Buffer {
  return Buffer.concat([
    Buffer.from(`GIF${version}`, 'latin1'),
    u16le(width),
    u16le(height),
    Buffer.from([0x80, 0, 0]), // global colour table of 2 entries, background 0, no aspect
    Buffer.from([0, 0, 0, 255, 255, 255]),
    Buffer.from([0x2c]),
    u16le(0),
    u16le(0),
    u16le(1),
    u16le(1),
    Buffer.from([0]),
    Buffer.from([2, 2, 0x44, 0x01, 0]), // LZW minimum code size 2, one data block, terminator
    Buffer.from([0x3b]),
  ]);
}

function riff(chunk: string, payload: Buffer): Buffer {
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    Buffer.from(chunk, 'latin1'),
    u32le(payload.length),
    payload,
  ]);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(body.length), body]);
}

/** A WebP whose first chunk is lossy (VP8), lossless (VP8L) or extended (VP8X). */
export function webpBytes(width: number, height: number, variant: 'VP8' | 'VP8L' | 'VP8X' = 'VP8'): Buffer {
  if (variant === 'VP8') {
    // Key-frame tag (3 bytes), start code, 14-bit sizes (scale bits 0), then a stand-in for the data.
    return riff(
      'VP8 ',
      Buffer.concat([
        Buffer.from([0x50, 0x02, 0x00, 0x9d, 0x01, 0x2a]),
        u16le(width),
        u16le(height),
        Buffer.alloc(10),
      ]),
    );
  }
  if (variant === 'VP8L') {
    const packed = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
    return riff('VP8L', Buffer.concat([Buffer.from([0x2f]), u32le(packed), Buffer.alloc(8)]));
  }
  return riff(
    'VP8X',
    Buffer.concat([Buffer.from([0x10, 0, 0, 0]), u24le(width - 1), u24le(height - 1), Buffer.alloc(8)]),
  );
}

function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  return Buffer.concat([u32be(body.length + 8), Buffer.from(type, 'latin1'), body]);
}

/**
 * An ISO base media file: `ftyp`, then `moov` with a movie header (duration) and one video track
 * header (frame size), then an empty `mdat`. `brand` 'qt  ' makes it a QuickTime file.
 */
export function mp4Bytes(
  opts: { width?: number; height?: number; durationMs?: number; brand?: string; mvhdVersion?: 0 | 1 } = {},
): Buffer {
  const { width = 640, height = 360, durationMs = 5000, brand = 'isom', mvhdVersion = 0 } = opts;
  const matrix = Buffer.concat([
    u32be(0x10000),
    u32be(0),
    u32be(0),
    u32be(0),
    u32be(0x10000),
    u32be(0),
    u32be(0),
    u32be(0),
    u32be(0x40000000),
  ]);
  const timescale = 1000;
  const mvhd =
    mvhdVersion === 1
      ? box(
          'mvhd',
          Buffer.from([1, 0, 0, 0]),
          Buffer.alloc(16),
          u32be(timescale),
          u32be(0),
          u32be(durationMs),
          u32be(0x10000),
          u16be(0x100),
          Buffer.alloc(10),
          matrix,
          Buffer.alloc(24),
          u32be(2),
        )
      : box(
          'mvhd',
          Buffer.from([0, 0, 0, 0]),
          Buffer.alloc(8),
          u32be(timescale),
          u32be(durationMs),
          u32be(0x10000),
          u16be(0x100),
          Buffer.alloc(10),
          matrix,
          Buffer.alloc(24),
          u32be(2),
        );
  const tkhd = (w: number, h: number) =>
    box(
      'tkhd',
      Buffer.from([0, 0, 0, 3]),
      Buffer.alloc(8),
      u32be(1),
      Buffer.alloc(4),
      u32be(durationMs),
      Buffer.alloc(8),
      Buffer.alloc(8),
      matrix,
      u32be(w * 0x10000),
      u32be(h * 0x10000),
    );
  return Buffer.concat([
    box('ftyp', Buffer.from(brand, 'latin1'), u32be(0x200), Buffer.from(brand, 'latin1')),
    box('moov', mvhd, box('trak', tkhd(0, 0)), box('trak', tkhd(width, height))),
    box('mdat'),
  ]);
}
