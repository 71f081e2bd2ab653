import { describe, expect, it } from 'vitest';
import { clockView } from './clock-status.js';

const item = {
  occurredAt: '2026-03-02T10:00:00.000Z',
  targetMinutes: 30,
  dueAt: '2026-03-02T10:30:00.000Z',
  firstResponseAt: null as string | null,
};

describe('clockView', () => {
  it('runs with the minutes left, then turns breached', () => {
    expect(clockView(item, new Date('2026-03-02T10:10:00.000Z'))).toMatchObject({
      status: 'running',
      minutesLeft: 20,
    });
    expect(clockView(item, new Date('2026-03-02T10:30:30.000Z'))).toMatchObject({
      status: 'breached',
      minutesLeft: -1,
    });
  });

  it('stops at the first answer: met within the target, breached after', () => {
    expect(clockView({ ...item, firstResponseAt: '2026-03-02T10:12:00.000Z' }, new Date())).toMatchObject({
      status: 'met',
      responseMinutes: 12,
      minutesLeft: null,
    });
    expect(clockView({ ...item, firstResponseAt: '2026-03-02T11:00:00.000Z' }, new Date())).toMatchObject({
      status: 'breached',
      responseMinutes: 60,
    });
  });

  it('shows no clock for items outside it', () => {
    expect(clockView({ ...item, dueAt: null, targetMinutes: null }, new Date())).toMatchObject({
      status: 'none',
    });
  });

  it('stops counting down once handled without an answer, keeping a breach that happened', () => {
    const late = new Date('2026-03-02T11:00:00.000Z');
    expect(clockView({ ...item, handled: true }, late)).toMatchObject({ status: 'none', minutesLeft: null });
    expect(clockView({ ...item, handled: true, breachedAt: '2026-03-02T10:30:10.000Z' }, late)).toMatchObject(
      { status: 'breached' },
    );
  });
});
