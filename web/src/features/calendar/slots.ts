/** Posting slots as the drawer edits them: sorted, without duplicates, with valid times. */
import type { PostingSlot } from './calendar.types.js';

/** Whether `time` is a valid 24-hour 'HH:MM'. */
export function isSlotTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** The slots in week order (Monday first, then time), each once. */
export function normaliseSlots(slots: readonly PostingSlot[]): PostingSlot[] {
  const seen = new Set<string>();
  const out: PostingSlot[] = [];
  for (const s of [...slots].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time))) {
    const key = `${s.weekday} ${s.time}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ weekday: s.weekday, time: s.time });
  }
  return out;
}

/** The index of the first invalid slot, or -1. */
export function firstInvalidSlot(slots: readonly PostingSlot[]): number {
  return slots.findIndex(
    (s) => !Number.isInteger(s.weekday) || s.weekday < 1 || s.weekday > 7 || !isSlotTime(s.time),
  );
}
