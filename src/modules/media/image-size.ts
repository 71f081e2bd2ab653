import type { MediaMimeType } from './media-types.js';

/** Pixel size read from an image's headers, without decoding it. */
export interface PixelSize {
  width: number;
  height: number;
}

const ascii = (b: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...b.subarray(start, Math.min(end, b.length)));
const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;

/** A size only when both sides are positive: a zero-sized header is as good as no header. */
const sized = (width: number, height: number): PixelSize | null =>
  width > 0 && height > 0 ? { width, height } : null;

/** PNG: the IHDR chunk must come first, right after the 8-byte signature. */
function pngSize(b: Uint8Array): PixelSize | null {
  if (b.length < 24 || ascii(b, 12, 16) !== 'IHDR') return null;
  return sized(u32be(b, 16), u32be(b, 20));
}

/** GIF: the logical screen descriptor follows the 6-byte signature (little-endian). */
function gifSize(b: Uint8Array): PixelSize | null {
  if (b.length < 10) return null;
  return sized(u16le(b, 6), u16le(b, 8));
}

// Start-of-frame markers carry the size: SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** JPEG: walks the marker segments from SOI to the first start-of-frame (baseline, progressive…). */
function jpegSize(b: Uint8Array): PixelSize | null {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    // Fill bytes: any number of 0xFF may precede a marker.
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    // Markers without a length: TEM and the restart markers; EOI or SOS before any frame: no size.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      // Segment: length(2) precision(1) height(2) width(2).
      if (i + 9 > b.length) return null;
      return sized(u16be(b, i + 7), u16be(b, i + 5));
    }
    i += 2 + length;
  }
  return null;
}

/** WebP: the first chunk after `WEBP` is VP8 (lossy), VP8L (lossless) or VP8X (extended). */
function webpSize(b: Uint8Array): PixelSize | null {
  if (b.length < 30) return null;
  const chunk = ascii(b, 12, 16);
  if (chunk === 'VP8 ') {
    // Frame tag (3 bytes at 20), start code 9D 01 2A, then 14-bit width and height.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return sized(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    // Signature 0x2F, then width−1 and height−1 in 14 bits each, packed little-endian.
    if (b[20] !== 0x2f) return null;
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') {
    // Flags (4 bytes at 20), then canvas width−1 and height−1 in 24 bits each.
    return sized(u24le(b, 24) + 1, u24le(b, 27) + 1);
  }
  return null;
}

/**
 * The pixel size of an image from its headers, or null when the headers do not say (truncated or
 * unusual file). The type must already have been checked against the file's signature.
 */
export function imageSize(mime: MediaMimeType, bytes: Uint8Array): PixelSize | null {
  switch (mime) {
    case 'image/png':
      return pngSize(bytes);
    case 'image/gif':
      return gifSize(bytes);
    case 'image/jpeg':
      return jpegSize(bytes);
    case 'image/webp':
      return webpSize(bytes);
    case 'video/mp4':
    case 'video/quicktime':
      return null;
  }
}
