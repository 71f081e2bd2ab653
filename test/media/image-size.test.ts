import { describe, expect, it } from 'vitest';
import { imageSize } from '../../src/modules/media/image-size.js';
import {
  matchesSignature,
  MEDIA_MIME_TYPES,
  type MediaMimeType,
} from '../../src/modules/media/media-types.js';
import { videoInfo } from '../../src/modules/media/video-info.js';
import { solidPng } from '../connectors/support/png.js';
import { gifBytes, jpegBytes, mp4Bytes, webpBytes } from './media-bytes.js';

describe('imageSize', () => {
  it('reads PNG sizes from IHDR', () => {
    expect(imageSize('image/png', solidPng(3, 2, [255, 0, 0]))).toEqual({ width: 3, height: 2 });
    expect(imageSize('image/png', solidPng(1, 300, [0, 0, 0]))).toEqual({ width: 1, height: 300 });
  });

  it('reads JPEG sizes from a baseline or progressive frame header after other segments', () => {
    expect(imageSize('image/jpeg', jpegBytes(1920, 1080))).toEqual({ width: 1920, height: 1080 });
    expect(imageSize('image/jpeg', jpegBytes(300, 4000, { progressive: true }))).toEqual({
      width: 300,
      height: 4000,
    });
  });

  it('reads GIF87a and GIF89a logical screen sizes', () => {
    expect(imageSize('image/gif', gifBytes(500, 281))).toEqual({ width: 500, height: 281 });
    expect(imageSize('image/gif', gifBytes(2, 65535, '87a'))).toEqual({ width: 2, height: 65535 });
  });

  it.each(['VP8', 'VP8L', 'VP8X'] as const)('reads WebP sizes from a %s chunk', (variant) => {
    expect(imageSize('image/webp', webpBytes(1000, 750, variant))).toEqual({ width: 1000, height: 750 });
    expect(imageSize('image/webp', webpBytes(1, 1, variant))).toEqual({ width: 1, height: 1 });
  });

  it('reads the largest WebP sizes each variant can hold', () => {
    expect(imageSize('image/webp', webpBytes(16383, 16383, 'VP8'))).toEqual({ width: 16383, height: 16383 });
    expect(imageSize('image/webp', webpBytes(16384, 16384, 'VP8L'))).toEqual({ width: 16384, height: 16384 });
    expect(imageSize('image/webp', webpBytes(70000, 20000, 'VP8X'))).toEqual({ width: 70000, height: 20000 });
  });

  it('answers null for truncated or headerless files instead of throwing', () => {
    const png = solidPng(4, 4, [1, 2, 3]);
    expect(imageSize('image/png', png.subarray(0, 20))).toBeNull();
    const jpeg = jpegBytes(10, 10);
    // Cut after the frame header's marker and length, before its sizes.
    expect(imageSize('image/jpeg', jpeg.subarray(0, jpeg.length - 17))).toBeNull();
    // Start of scan before any frame header: no size.
    expect(imageSize('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]))).toBeNull();
    expect(imageSize('image/gif', Buffer.from('GIF89a', 'latin1'))).toBeNull();
    expect(imageSize('image/webp', webpBytes(5, 5).subarray(0, 24))).toBeNull();
    expect(imageSize('image/png', solidPng(0, 0, [0, 0, 0]))).toBeNull();
  });

  it('has no pixel size for videos', () => {
    expect(imageSize('video/mp4', mp4Bytes())).toBeNull();
  });
});

describe('matchesSignature', () => {
  const samples: Record<MediaMimeType, Uint8Array> = {
    'image/png': solidPng(2, 2, [0, 0, 0]),
    'image/jpeg': jpegBytes(2, 2),
    'image/gif': gifBytes(2, 2),
    'image/webp': webpBytes(2, 2),
    'video/mp4': mp4Bytes(),
    'video/quicktime': mp4Bytes({ brand: 'qt  ' }),
  };

  it('accepts each type and refuses every other type’s bytes', () => {
    for (const declared of MEDIA_MIME_TYPES) {
      for (const actual of MEDIA_MIME_TYPES) {
        const bothVideo = declared.startsWith('video/') && actual.startsWith('video/');
        expect(matchesSignature(declared, samples[actual]), `${actual} bytes declared ${declared}`).toBe(
          declared === actual || bothVideo,
        );
      }
    }
  });

  it('refuses text, HTML and empty content under any image or video type', () => {
    for (const declared of MEDIA_MIME_TYPES) {
      expect(matchesSignature(declared, Buffer.from('<html><script>alert(1)</script></html>'))).toBe(false);
      expect(matchesSignature(declared, new Uint8Array())).toBe(false);
    }
  });
});

describe('videoInfo', () => {
  it('reads the duration from mvhd and the frame size from the video track (not the audio one)', () => {
    expect(videoInfo(mp4Bytes({ width: 1280, height: 720, durationMs: 12_345 }))).toEqual({
      width: 1280,
      height: 720,
      durationMs: 12_345,
    });
  });

  it('reads a version 1 movie header (64-bit fields)', () => {
    expect(videoInfo(mp4Bytes({ mvhdVersion: 1, durationMs: 90_000 })).durationMs).toBe(90_000);
  });

  it('answers nulls without a moov box or for a truncated one', () => {
    const bytes = mp4Bytes();
    expect(videoInfo(bytes.subarray(0, 20))).toEqual({ width: null, height: null, durationMs: null });
    expect(videoInfo(bytes.subarray(0, 60))).toEqual({ width: null, height: null, durationMs: null });
  });
});
