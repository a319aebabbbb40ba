import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/ComplianceConfigError.js';
import { unsubscribeDeadline } from '../../src/unsubscribe/unsubscribeDeadline.js';

describe('unsubscribeDeadline — hours policy', () => {
  it('is 24 hours after the request by default', () => {
    expect(unsubscribeDeadline('2026-11-30T09:00:00+08:00').toISOString()).toBe('2026-12-01T01:00:00.000Z');
  });

  it('takes a configured number of hours, including zero and fractions', () => {
    expect(unsubscribeDeadline(0, { kind: 'hours', hours: 2 }).getTime()).toBe(2 * 3_600_000);
    expect(unsubscribeDeadline(0, { kind: 'hours', hours: 0 }).getTime()).toBe(0);
    expect(unsubscribeDeadline(0, { kind: 'hours', hours: 0.5 }).getTime()).toBe(1_800_000);
  });

  it('counts elapsed hours across a DST change (24 h, not "same time tomorrow")', () => {
    // New York springs forward on 2026-03-08; 24 h after 12:00 EST on the 7th is 13:00 EDT on the 8th.
    expect(unsubscribeDeadline('2026-03-07T17:00:00Z').toISOString()).toBe('2026-03-08T17:00:00.000Z');
  });
});

describe('unsubscribeDeadline — business-days policy', () => {
  const usPolicy = { kind: 'business-days' as const, days: 10, timeZone: 'America/New_York', holidays: ['2026-11-26'] };

  it('ends with the 10th business day after the request day, skipping weekends and holidays', () => {
    // Wed 25 Nov; Thanksgiving (26th) is off; business days 27, 30, 1–4, 7–10 Dec → end of Thu 10 Dec (EST).
    expect(unsubscribeDeadline('2026-11-25T15:00:00Z', usPolicy).toISOString()).toBe('2026-12-11T05:00:00.000Z');
  });

  it('gives the same deadline for any time of the same local day', () => {
    const early = unsubscribeDeadline('2026-11-25T05:00:00Z', usPolicy); // 00:00 EST
    const late = unsubscribeDeadline('2026-11-26T04:59:59.999Z', usPolicy); // 23:59:59.999 EST
    expect(late.getTime()).toBe(early.getTime());
    // A request on the holiday itself ends the same day: counting starts the day after, at the 27th either way.
    expect(unsubscribeDeadline('2026-11-26T05:00:00Z', usPolicy).getTime()).toBe(early.getTime());
    expect(unsubscribeDeadline('2026-11-27T05:00:00Z', usPolicy).toISOString()).toBe('2026-12-12T05:00:00.000Z');
  });

  it('places the deadline at local midnight in a DST zone (EDT before the change, EST after)', () => {
    // Request Mon 26 Oct 2026 (EDT); 10 business days → end of Mon 9 Nov, which is in EST.
    const deadline = unsubscribeDeadline('2026-10-26T14:00:00Z', { kind: 'business-days', timeZone: 'America/New_York' });
    expect(deadline.toISOString()).toBe('2026-11-10T05:00:00.000Z');
  });

  it('counts China’s make-up working days (调休) and skips the holidays passed in', () => {
    const policy = {
      kind: 'business-days' as const,
      days: 1,
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-10-10'],
    };
    // Request on Wed 30 Sep; 1–7 Oct are off (holidays and the weekend), Thu 8 Oct is the first business day.
    expect(unsubscribeDeadline('2026-09-30T10:00:00+08:00', policy).toISOString()).toBe('2026-10-08T16:00:00.000Z');
    // Request Fri 9 Oct; Sat 10 Oct is a make-up working day.
    expect(unsubscribeDeadline('2026-10-09T10:00:00+08:00', policy).toISOString()).toBe('2026-10-10T16:00:00.000Z');
  });

  it.each([
    ['an unknown policy kind', { kind: 'weeks' }, 'policy.kind'],
    ['a negative number of hours', { kind: 'hours', hours: -1 }, 'policy.hours'],
    ['a malformed holiday', { kind: 'business-days', holidays: ['26/11/2026'] }, 'policy.holidays[0]'],
    ['a week with no business day', { kind: 'business-days', weekend: [1, 2, 3, 4, 5, 6, 7] }, 'policy.weekend'],
    ['an unknown zone', { kind: 'business-days', timeZone: 'US/Nowhere' }, 'policy.timeZone'],
  ])('rejects %s with ComplianceConfigError naming the field', (_label, policy, path) => {
    let caught: unknown;
    try {
      unsubscribeDeadline(0, policy as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ComplianceConfigError);
    expect((caught as ComplianceConfigError).path).toBe(path);
  });

  it('rejects an invalid request date', () => {
    expect(() => unsubscribeDeadline(new Date(Number.NaN))).toThrowError(/^requestedAt: /);
  });
});
