import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/ComplianceConfigError.js';
import { checkFrequency } from '../../src/frequency/checkFrequency.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Sends on the given November days, 10:00 Shanghai time. */
const novemberSends = (...days: number[]) =>
  days.map((day) => ({ at: `2026-11-${String(day).padStart(2, '0')}T10:00:00+08:00` }));

describe('checkFrequency — default policy (5 per calendar month, Asia/Shanghai)', () => {
  it('allows the 5th send of the month and reports one remaining before it', () => {
    const decision = checkFrequency(novemberSends(2, 9, 16, 23), { at: '2026-11-25T10:00:00+08:00' });
    expect(decision).toEqual({
      allowed: true,
      used: 4,
      remaining: 1,
      windowStart: new Date('2026-11-01T00:00:00+08:00'),
      windowEnd: new Date('2026-12-01T00:00:00+08:00'),
      nextAllowedAt: null,
    });
  });

  it('refuses the 6th send and defers it to the first instant of the next month in Shanghai', () => {
    const decision = checkFrequency(novemberSends(2, 9, 16, 23, 25), { at: '2026-11-26T10:00:00+08:00' });
    expect(decision.allowed).toBe(false);
    expect(decision.used).toBe(5);
    expect(decision.remaining).toBe(0);
    expect(decision.reason).toBe('limit-reached');
    expect(decision.nextAllowedAt?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('counts the last millisecond of November (Shanghai) in November and the next one in December', () => {
    const full = novemberSends(2, 9, 16, 23, 25);
    expect(checkFrequency(full, { at: '2026-11-30T15:59:59.999Z' }).allowed).toBe(false);
    const december = checkFrequency(full, { at: '2026-11-30T16:00:00.000Z' });
    expect(december.allowed).toBe(true);
    expect(december.used).toBe(0);
    expect(december.windowStart.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('puts a send at 2026-11-30T16:30Z into December in Shanghai but November in UTC', () => {
    const history = [{ at: '2026-11-30T16:30:00Z' }];
    expect(checkFrequency(history, { at: '2026-12-15T00:00:00Z' }).used).toBe(1);
    expect(checkFrequency(history, { at: '2026-12-15T00:00:00Z', policy: { timeZone: 'UTC' } }).used).toBe(0);
  });

  it('counts every signature of the operator: the cap is per person, not per brand', () => {
    const history = novemberSends(2, 9, 16, 23, 25).map((send, i) => ({ ...send, signature: `品牌${i % 2}` }));
    expect(checkFrequency(history, { at: '2026-11-27T10:00:00+08:00' }).allowed).toBe(false);
  });

  it('ignores records later than `at`: they have not happened yet', () => {
    const decision = checkFrequency(novemberSends(2, 20, 21, 22, 23, 24), { at: '2026-11-10T10:00:00+08:00' });
    expect(decision.used).toBe(1);
    expect(decision.allowed).toBe(true);
  });

  it('counts a record exactly at `at`', () => {
    expect(checkFrequency(novemberSends(10), { at: '2026-11-10T10:00:00+08:00' }).used).toBe(1);
  });

  it('never reports a negative remaining count when the history is already over the cap', () => {
    const decision = checkFrequency(novemberSends(1, 2, 3, 4, 5, 6, 7), { at: '2026-11-08T10:00:00+08:00' });
    expect(decision.used).toBe(7);
    expect(decision.remaining).toBe(0);
  });

  it('accepts Date objects, ISO strings and epoch milliseconds alike', () => {
    const at = new Date('2026-11-25T02:00:00Z');
    const history = [{ at: new Date('2026-11-02T02:00:00Z') }, { at: Date.parse('2026-11-03T02:00:00Z') }];
    expect(checkFrequency(history, { at }).used).toBe(2);
    expect(checkFrequency(history, { at: at.getTime() }).used).toBe(2);
    expect(checkFrequency(history, { at: at.toISOString() }).used).toBe(2);
  });
});

describe('checkFrequency — rolling windows', () => {
  const t0 = Date.parse('2026-03-01T00:00:00Z');
  const policy = { limit: 2, window: { rollingDays: 7 } };

  it('counts 24-hour days back from `at` and frees a slot exactly when the oldest send ages out', () => {
    const history = [{ at: t0 }, { at: t0 + DAY }];
    const refused = checkFrequency(history, { at: t0 + 3 * DAY, policy });
    expect(refused.allowed).toBe(false);
    expect(refused.nextAllowedAt?.getTime()).toBe(t0 + 7 * DAY);
    expect(refused.windowStart.getTime()).toBe(t0 - 4 * DAY);
    expect(refused.windowEnd.getTime()).toBe(t0 + 3 * DAY);
    expect(checkFrequency(history, { at: t0 + 7 * DAY - 1, policy }).allowed).toBe(false);
    expect(checkFrequency(history, { at: t0 + 7 * DAY, policy })).toMatchObject({ allowed: true, used: 1 });
  });

  it('uses the (used − limit + 1)-th oldest send when the history is over the cap', () => {
    const history = [t0, t0 + DAY, t0 + 2 * DAY, t0 + 3 * DAY].map((at) => ({ at }));
    const decision = checkFrequency(history, { at: t0 + 4 * DAY, policy });
    // One slot needs used ≤ limit − 1, so three of four must age out: the third oldest leaves at t0 + 2 + 7 days.
    expect(decision.nextAllowedAt?.getTime()).toBe(t0 + 9 * DAY);
  });

  it('keeps 24-hour days across a DST change (America/New_York, 2026-03-08)', () => {
    const before = Date.parse('2026-03-07T12:00:00Z');
    const decision = checkFrequency([{ at: before }], {
      at: before + DAY,
      policy: { limit: 1, window: { rollingDays: 2 }, timeZone: 'America/New_York' },
    });
    expect(decision.nextAllowedAt?.getTime()).toBe(before + 2 * DAY);
  });
});

describe('checkFrequency — extra limits', () => {
  it('applies a per-day limit in calendar days of the policy zone', () => {
    const history = [{ at: '2026-11-10T09:00:00+08:00' }, { at: '2026-11-10T11:00:00+08:00' }];
    const decision = checkFrequency(history, { at: '2026-11-10T15:00:00+08:00', policy: { dailyLimit: 2 } });
    expect(decision).toMatchObject({ allowed: false, reason: 'daily-limit-reached', used: 2, remaining: 3 });
    expect(decision.nextAllowedAt?.toISOString()).toBe('2026-11-10T16:00:00.000Z');
    expect(checkFrequency(history, { at: '2026-11-11T00:00:00+08:00', policy: { dailyLimit: 2 } }).allowed).toBe(true);
  });

  it('applies a minimum gap and stays silent once it has passed', () => {
    const history = [{ at: '2026-11-10T09:00:00+08:00' }];
    const policy = { minGapMinutes: 240 };
    const decision = checkFrequency(history, { at: '2026-11-10T12:00:00+08:00', policy });
    expect(decision).toMatchObject({ allowed: false, reason: 'min-gap' });
    expect(decision.nextAllowedAt?.toISOString()).toBe('2026-11-10T05:00:00.000Z');
    expect(checkFrequency(history, { at: '2026-11-10T13:00:00+08:00', policy }).allowed).toBe(true);
  });

  it('ignores the send window unless the policy carries one', () => {
    expect(checkFrequency([], { at: '2026-11-10T23:00:00+08:00' }).allowed).toBe(true);
  });

  it('refuses a send in quiet hours and defers it to the next window opening', () => {
    const decision = checkFrequency([], { at: '2026-11-10T23:00:00+08:00', policy: { sendWindow: {} } });
    expect(decision).toMatchObject({ allowed: false, reason: 'outside-send-window', used: 0 });
    expect(decision.nextAllowedAt?.toISOString()).toBe('2026-11-11T00:00:00.000Z');
  });

  it('never lands nextAllowedAt in quiet hours: a month-end deferral moves to 08:00 on the 1st', () => {
    const decision = checkFrequency(novemberSends(2, 9, 16, 23, 25), {
      at: '2026-11-26T10:00:00+08:00',
      policy: { sendWindow: { end: '21:00' } },
    });
    expect(decision.reason).toBe('limit-reached');
    expect(decision.nextAllowedAt?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('takes the latest of all thresholds and reports the first limit that refuses', () => {
    const history = [{ at: '2026-11-10T19:00:00+08:00' }];
    const decision = checkFrequency(history, {
      at: '2026-11-10T19:30:00+08:00',
      policy: { dailyLimit: 1, minGapMinutes: 60 * 30, sendWindow: {} },
    });
    expect(decision.reason).toBe('daily-limit-reached');
    // The gap (30 h) ends 2026-11-12 01:00 local, in quiet hours → 08:00 that day.
    expect(decision.nextAllowedAt?.toISOString()).toBe('2026-11-12T00:00:00.000Z');
  });

  it('reads the send window in its own zone when it names one (New York, a DST day)', () => {
    // 2026-03-08 is the spring-forward day: 08:00 EDT is 12:00Z.
    const decision = checkFrequency([], {
      at: '2026-03-08T11:30:00Z',
      policy: { sendWindow: { start: '08:00', end: '21:00', timeZone: 'America/New_York' } },
    });
    expect(decision.nextAllowedAt?.toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });
});

describe('checkFrequency — invalid input', () => {
  const cases: [string, () => unknown, string][] = [
    ['an invalid history date', () => checkFrequency([{ at: 'x' }, { at: 'soon' }], { at: 0 }), 'history[0].at'],
    ['an invalid `at`', () => checkFrequency([], { at: '2026-11-30T16:30:00' }), 'options.at'],
    ['an unknown time zone', () => checkFrequency([], { at: 0, policy: { timeZone: 'Mars/Olympus' } }), 'options.policy.timeZone'],
    ['a negative limit', () => checkFrequency([], { at: 0, policy: { limit: -1 } }), 'options.policy.limit'],
    ['a zero limit', () => checkFrequency([], { at: 0, policy: { limit: 0 } }), 'options.policy.limit'],
    ['a fractional rollingDays', () => checkFrequency([], { at: 0, policy: { window: { rollingDays: 1.5 } } }), 'options.policy.window'],
    ['an unknown policy key', () => checkFrequency([], { at: 0, policy: { limt: 3 } as never }), 'options.policy'],
    ['a history that is not an array', () => checkFrequency('x' as never, { at: 0 }), 'history'],
  ];

  it.each(cases)('rejects %s with ComplianceConfigError naming the field', (_label, call, path) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ComplianceConfigError);
    expect((caught as ComplianceConfigError).path.startsWith(path)).toBe(true);
  });
});
