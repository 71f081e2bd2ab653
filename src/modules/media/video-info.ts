// Duration and frame size of an MP4 / QuickTime file from its `moov` box, without decoding. Pure.

export interface VideoInfo {
  width: number | null;
  height: number | null;
  durationMs: number | null;
}

interface Box {
  type: string;
  /** Offset of the payload (after the header) and of the end of the box. */
  start: number;
  end: number;
}

/** The boxes between `from` and `to`; stops quietly at the first malformed header. */
function boxes(b: Uint8Array, from: number, to: number): Box[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: Box[] = [];
  let i = from;
  while (i + 8 <= to) {
    let size = view.getUint32(i);
    const type = String.fromCharCode(...b.subarray(i + 4, i + 8));
    let header = 8;
    if (size === 1) {
      // A 64-bit size follows the type.
      if (i + 16 > to) break;
      size = Number(view.getBigUint64(i + 8));
      header = 16;
    } else if (size === 0) {
      size = to - i; // the box runs to the end of its parent
    }
    if (size < header || i + size > to) break;
    out.push({ type, start: i + header, end: i + size });
    i += size;
  }
  return out;
}

const child = (b: Uint8Array, parent: Box, type: string) =>
  boxes(b, parent.start, parent.end).find((x) => x.type === type);

/** Duration from `mvhd` (version 0: 32-bit fields, version 1: 64-bit). */
function duration(b: Uint8Array, mvhd: Box): number | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const version = b[mvhd.start];
  let timescale: number;
  let units: number;
  if (version === 1) {
    if (mvhd.start + 32 > mvhd.end) return null;
    timescale = view.getUint32(mvhd.start + 20);
    units = Number(view.getBigUint64(mvhd.start + 24));
  } else {
    if (mvhd.start + 20 > mvhd.end) return null;
    timescale = view.getUint32(mvhd.start + 12);
    units = view.getUint32(mvhd.start + 16);
  }
  return timescale > 0 ? Math.round((units * 1000) / timescale) : null;
}

/** Width and height (16.16 fixed point) are the last 8 bytes of `tkhd`; audio tracks carry zeros. */
function trackSize(b: Uint8Array, tkhd: Box): { width: number; height: number } | null {
  if (tkhd.end - tkhd.start < 84) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const width = view.getUint32(tkhd.end - 8) >>> 16;
  const height = view.getUint32(tkhd.end - 4) >>> 16;
  return width > 0 && height > 0 ? { width, height } : null;
}

/** What the `moov` box says about the video; nulls where it says nothing usable. */
export function videoInfo(bytes: Uint8Array): VideoInfo {
  const moov = boxes(bytes, 0, bytes.length).find((x) => x.type === 'moov');
  if (!moov) return { width: null, height: null, durationMs: null };
  const mvhd = child(bytes, moov, 'mvhd');
  let size: { width: number; height: number } | null = null;
  for (const trak of boxes(bytes, moov.start, moov.end).filter((x) => x.type === 'trak')) {
    const tkhd = child(bytes, trak, 'tkhd');
    size = tkhd ? trackSize(bytes, tkhd) : null;
    if (size) break;
  }
  return {
    width: size?.width ?? null,
    height: size?.height ?? null,
    durationMs: mvhd ? duration(bytes, mvhd) : null,
  };
}
