import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkFrequency } from '../../src/frequency/checkFrequency.js';
import { checkSendWindow } from '../../src/frequency/checkSendWindow.js';
import { planSends } from '../../src/frequency/planSends.js';
import type { FrequencyPolicy } from '../../src/frequency/schemas.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ZONES = ['Asia/Shanghai', 'America/New_York', 'UTC', 'Asia/Kolkata', 'Australia/Lord_Howe'] as const;

/** Local calendar keys from Intl, an oracle independent of date-fns. */
const keyFormatters = new Map<string, Intl.DateTimeFormat>();
function localDate(t: number, zone: string): string {
  let format = keyFormatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    keyFormatters.set(zone, format);
  }
  return format.format(t); // YYYY-MM-DD
}

const policyArb: fc.Arbitrary<FrequencyPolicy> = fc.record(
  {
    limit: fc.integer({ min: 1, max: 6 }),
    window: fc.oneof(fc.constant('calendar-month' as const), fc.record({ rollingDays: fc.integer({ min: 1, max: 40 }) })),
    timeZone: fc.constantFrom(...ZONES),
    dailyLimit: fc.integer({ min: 1, max: 3 }),
    minGapMinutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
    sendWindow: fc.record(
      { start: fc.constantFrom('00:00', '02:30', '08:00', '09:15'), end: fc.constantFrom('12:00', '20:00', '21:00', '24:00') },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['limit', 'window', 'timeZone'] },
);

/** 2026-01-01 … 2027-12-31, so DST changes and month ends are both hit. */
const instantArb = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
/** Offsets up to 90 days, biased towards small ones so windows fill up, and whole days so boundaries are hit exactly. */
const offsetArb = fc.oneof(
  fc.integer({ min: 0, max: 3 * DAY }),
  fc.integer({ min: 0, max: 90 * DAY }),
  fc.integer({ min: 0, max: 45 }).map((days) => days * DAY),
);

function withDefaults(policy: FrequencyPolicy) {
  return { limit: policy.limit ?? 5, window: policy.window ?? 'calendar-month', zone: policy.timeZone ?? 'Asia/Shanghai' };
}

describe('frequency properties', () => {
  test.prop([policyArb, instantArb, fc.array(offsetArb, { maxLength: 12 }), fc.array(offsetArb, { minLength: 1, maxLength: 25 })])(
    'sends made only when allowed never put more than `limit` sends in a window, nor break the extra limits',
    (policy, start, pastOffsets, futureOffsets) => {
      const history = pastOffsets.map((offset) => start - 1 - offset);
      const attempts = futureOffsets.map((offset) => start + offset).sort((a, b) => a - b);
      const sent: number[] = [];
      for (const at of attempts) {
        const all = [...history, ...sent].map((t) => ({ at: t }));
        if (checkFrequency(all, { at, policy }).allowed) sent.push(at);
      }
      const all = [...history, ...sent].sort((a, b) => a - b);
      const { limit, window, zone } = withDefaults(policy);
      for (const s of sent) {
        const inWindow =
          window === 'calendar-month'
            ? all.filter((t) => localDate(t, zone).slice(0, 7) === localDate(s, zone).slice(0, 7))
            : all.filter((t) => t > s - window.rollingDays * DAY && t <= s);
        expect(inWindow.length).toBeLessThanOrEqual(limit);
        if (policy.dailyLimit !== undefined) {
          const sameDay = all.filter((t) => localDate(t, zone) === localDate(s, zone));
          expect(sameDay.length).toBeLessThanOrEqual(policy.dailyLimit);
        }
        if (policy.minGapMinutes !== undefined) {
          const before = all.filter((t) => t < s);
          if (before.length > 0) expect(s - before[before.length - 1]!).toBeGreaterThanOrEqual(policy.minGapMinutes * MINUTE);
          expect(all.filter((t) => t === s)).toHaveLength(1);
        }
        if (policy.sendWindow !== undefined) {
          expect(checkSendWindow(s, { ...policy.sendWindow, timeZone: policy.sendWindow.timeZone ?? zone }).allowed).toBe(true);
        }
      }
    },
  );

  test.prop([policyArb, instantArb, fc.array(offsetArb, { maxLength: 12 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })])(
    'nextAllowedAt is allowed when sent at, and every earlier instant from `at` on is refused',
    (policy, at, pastOffsets, fraction) => {
      const history = pastOffsets.map((offset) => ({ at: at - offset }));
      const decision = checkFrequency(history, { at, policy });
      if (decision.allowed) {
        expect(decision.nextAllowedAt).toBeNull();
        return;
      }
      const next = decision.nextAllowedAt!.getTime();
      expect(next).toBeGreaterThan(at);
      expect(checkFrequency(history, { at: next, policy }).allowed).toBe(true);
      expect(checkFrequency(history, { at: next - 1, policy }).allowed).toBe(false);
      const between = at + Math.floor(fraction * (next - at));
      expect(checkFrequency(history, { at: between, policy }).allowed).toBe(false);
    },
  );

  test.prop([
    policyArb,
    instantArb,
    fc.array(fc.record({ to: fc.constantFrom('a', 'b', 'c'), offset: offsetArb }), { maxLength: 20 }),
    fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }),
  ])('planSends agrees with calling checkFrequency one candidate at a time', (policy, at, records, candidates) => {
    const flat = records.map(({ to, offset }) => ({ to, at: at - offset + DAY }));
    const plan = planSends(candidates, flat, { at, policy });
    const sentInBatch = new Map<string, number>();
    candidates.forEach((to, i) => {
      const own = flat.filter((record) => record.to === to).map((record) => ({ at: record.at }));
      const batch = Array.from({ length: sentInBatch.get(to) ?? 0 }, () => ({ at }));
      const expected = checkFrequency([...own, ...batch], { at, policy });
      expect(plan[i]).toEqual({
        to,
        allowed: expected.allowed,
        deferredUntil: expected.nextAllowedAt,
        ...(expected.reason === undefined ? {} : { reason: expected.reason }),
      });
      if (expected.allowed) sentInBatch.set(to, (sentInBatch.get(to) ?? 0) + 1);
    });
  });
});
