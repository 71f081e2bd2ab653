/** The time source services receive, so tests can move time without sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests set and advance by hand. */
export class ManualClock implements Clock {
  #t: number;
  constructor(start: Date | string = '2026-01-15T09:00:00.000Z') {
    this.#t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#t);
  }
  set(to: Date | string): void {
    this.#t = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.#t += ms;
  }
}

/** ISO string of the clock's now: the format every timestamp column holds. */
export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}
