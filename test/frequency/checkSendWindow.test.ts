import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/ComplianceConfigError.js';
import { checkSendWindow } from '../../src/frequency/checkSendWindow.js';

describe('checkSendWindow — default 08:00–20:00 Asia/Shanghai', () => {
  it('refuses the last millisecond before 08:00 and points at 08:00 the same day', () => {
    expect(checkSendWindow('2026-11-30T07:59:59.999+08:00')).toEqual({
      allowed: false,
      nextWindowStart: new Date('2026-11-30T08:00:00+08:00'),
      windowEndsAt: null,
    });
  });

  it('allows 08:00 exactly and reports when the window closes', () => {
    expect(checkSendWindow('2026-11-30T08:00:00+08:00')).toEqual({
      allowed: true,
      nextWindowStart: null,
      windowEndsAt: new Date('2026-11-30T20:00:00+08:00'),
    });
  });

  it('allows 19:59:59.999 and refuses 20:00, which waits for 08:00 the next day', () => {
    expect(checkSendWindow('2026-11-30T19:59:59.999+08:00').allowed).toBe(true);
    const closed = checkSendWindow('2026-11-30T20:00:00+08:00');
    expect(closed.allowed).toBe(false);
    expect(closed.nextWindowStart?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('reads the clock in Shanghai whatever zone the input was written in', () => {
    expect(checkSendWindow('2026-11-30T13:30:00Z').allowed).toBe(false); // 21:30 local
    expect(checkSendWindow(Date.parse('2026-11-30T01:00:00Z')).allowed).toBe(true); // 09:00 local
  });
});

describe('checkSendWindow — configured windows', () => {
  it('accepts a window to 21:00', () => {
    expect(checkSendWindow('2026-11-30T20:30:00+08:00', { end: '21:00' }).allowed).toBe(true);
    expect(checkSendWindow('2026-11-30T21:00:00+08:00', { end: '21:00' }).allowed).toBe(false);
  });

  it('treats 24:00 as the next local midnight', () => {
    const decision = checkSendWindow('2026-11-30T23:59:00+08:00', { end: '24:00' });
    expect(decision.windowEndsAt?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('follows wall-clock time across the New York spring-forward day (2026-03-08)', () => {
    const policy = { start: '08:00', end: '21:00', timeZone: 'America/New_York' };
    // The day before, 08:00 EST is 13:00Z; on the DST day, 08:00 EDT is 12:00Z.
    expect(checkSendWindow('2026-03-07T12:30:00Z', policy).nextWindowStart?.toISOString()).toBe('2026-03-07T13:00:00.000Z');
    expect(checkSendWindow('2026-03-08T11:59:59.999Z', policy).nextWindowStart?.toISOString()).toBe('2026-03-08T12:00:00.000Z');
    expect(checkSendWindow('2026-03-08T12:00:00Z', policy).allowed).toBe(true);
    expect(checkSendWindow('2026-03-09T00:59:59Z', policy).allowed).toBe(true); // 20:59:59 EDT
    expect(checkSendWindow('2026-03-09T01:00:00Z', policy).allowed).toBe(false); // 21:00 EDT
  });

  it('follows wall-clock time across the New York fall-back day (2026-11-01)', () => {
    const policy = { timeZone: 'America/New_York' };
    // 20:00 EST on 2026-11-01 is 01:00Z the next day; 08:00 EST is 13:00Z.
    expect(checkSendWindow('2026-11-02T00:59:59Z', policy).allowed).toBe(true);
    expect(checkSendWindow('2026-11-02T01:00:00Z', policy).nextWindowStart?.toISOString()).toBe('2026-11-02T13:00:00.000Z');
  });

  it('skips a window that a DST change leaves empty', () => {
    // 02:00–03:00 does not exist in New York on 2026-03-08.
    const decision = checkSendWindow('2026-03-08T05:00:00Z', { start: '02:00', end: '03:00', timeZone: 'America/New_York' });
    expect(decision.nextWindowStart?.toISOString()).toBe('2026-03-09T06:00:00.000Z');
  });

  it.each([
    ['a start after the end', { start: '21:00', end: '08:00' }, 'policy.end'],
    ['a malformed time', { start: '8:00' }, 'policy.start'],
    ['an unknown zone', { timeZone: 'Asia/Shanghia' }, 'policy.timeZone'],
    ['an unknown key', { from: '08:00' }, 'policy'],
  ])('rejects %s with ComplianceConfigError naming the field', (_label, policy, path) => {
    expect(() => checkSendWindow(0, policy as never)).toThrowError(ComplianceConfigError);
    expect(() => checkSendWindow(0, policy as never)).toThrowError(new RegExp(`^${path.replace('.', '\\.')}`));
  });

  it('reports a malformed time once, not also as out of order', () => {
    expect(() => checkSendWindow(0, { start: '8:00' })).toThrowError(/^policy\.start: expected a time of day as HH:mm \(00:00–24:00\)$/);
    expect(() => checkSendWindow(0, { start: '21:00', end: '20:00' })).toThrowError(/^policy\.end: start must be earlier than end/);
  });

  it('rejects an invalid `at`', () => {
    expect(() => checkSendWindow('yesterday')).toThrowError(/^at: /);
  });
});
