// Dates at the edges, empty histories and 100,000-record histories, with answers checked by hand.
import { describe, expect, it } from 'vitest';
import {
  ComplianceConfigError,
  checkFrequency,
  checkSendWindow,
  classifySegments,
  complaintDeadlines,
  isSuppressed,
  planSends,
  trackComplaints,
  trackUnsubscribes,
  unsubscribeDeadline,
} from '../../src/index.js';

const HOUR = 3_600_000;
const N = 100_000;

describe('dates at the edges', () => {
  it('counts a send at the epoch in the Shanghai month that started on 1970-01-01 local time', () => {
    const decision = checkFrequency([{ at: 0 }], { at: 0, policy: { limit: 1 } });
    expect(decision.windowStart.toISOString()).toBe('1969-12-31T16:00:00.000Z');
    expect(decision).toMatchObject({ allowed: false, used: 1, reason: 'limit-reached' });
  });

  it('closes the December 2100 window at local midnight on 2101-01-01', () => {
    const decision = checkFrequency([], { at: '2100-12-31T23:59:59Z', policy: { timeZone: 'Asia/Shanghai' } });
    expect(decision.windowEnd.toISOString()).toBe('2101-01-31T16:00:00.000Z');
  });

  it('gives the leap day its own calendar day for the daily limit', () => {
    const decision = checkFrequency([{ at: '2028-02-29T09:00:00+08:00' }], {
      at: '2028-02-29T20:00:00+08:00',
      policy: { dailyLimit: 1, timeZone: 'Asia/Shanghai' },
    });
    expect(decision.nextAllowedAt?.toISOString()).toBe('2028-02-29T16:00:00.000Z'); // 2028-03-01 00:00 in Shanghai
  });

  it('skips a send window that falls into New York’s DST gap to the next day', () => {
    // 2026-03-08: 02:00–03:00 does not exist in New York.
    const decision = checkSendWindow('2026-03-08T06:00:00Z', { start: '02:00', end: '03:00', timeZone: 'America/New_York' });
    expect(decision.allowed).toBe(false);
    expect(decision.nextWindowStart?.toISOString()).toBe('2026-03-09T06:00:00.000Z'); // 02:00 EDT on the 9th
  });

  it('keeps a 24-hour deadline 24 real hours long across New York’s fall-back night', () => {
    expect(unsubscribeDeadline('2026-10-31T12:00:00Z', { kind: 'hours', hours: 24 }).toISOString()).toBe('2026-11-01T12:00:00.000Z');
  });

  it('computes business-day deadlines at both ends of the accepted range', () => {
    expect(unsubscribeDeadline('1000-01-01T00:00:00Z', { kind: 'business-days' }).getTime()).toBeGreaterThan(Date.UTC(1000, 0, 1));
    expect(unsubscribeDeadline(253_402_300_799_999, { kind: 'business-days' }).getFullYear()).toBe(10_000);
  });

  it.each([8.64e15, -8.64e15, 253_402_300_800_000, '2026-02-30', '2026-11-30T10:00:00'])(
    'rejects the instant %j with a ComplianceConfigError naming the argument',
    (at) => {
      expect(() => complaintDeadlines(at)).toThrow(ComplianceConfigError);
      expect(() => complaintDeadlines(at)).toThrow(/^receivedAt: /);
    },
  );
});

describe('empty histories', () => {
  const at = '2026-11-30T10:00:00+08:00';

  it('allows the first send and counts nothing', () => {
    expect(checkFrequency([], { at })).toMatchObject({ allowed: true, used: 0, remaining: 5, nextAllowedAt: null });
    expect(planSends(['13800000000'], [], { at })).toEqual([{ to: '13800000000', allowed: true, deferredUntil: null }]);
    expect(planSends([], new Map(), { at })).toEqual([]);
  });

  it('reports empty summaries', () => {
    expect(trackUnsubscribes([], { at }).summary).toEqual({ total: 0, pending: 0, effective: 0, overdue: 0, late: 0, oldestOverdue: null });
    expect(trackComplaints([], { at }).summary).toEqual({ total: 0, pending: 0, done: 0, overdue: 0, late: 0, oldestOverdue: null });
    expect(classifySegments([], { at })).toEqual({ results: [], counts: { A: 0, B: 0, C: 0, excluded: 0, unclassified: 0 }, total: 0 });
    expect(isSuppressed('13800000000', [], at)).toBe(false);
  });
});

describe('100,000-record histories', () => {
  const at = Date.UTC(2026, 10, 30, 2);
  const start = Date.UTC(2026, 10, 1); // 2026-11-01 08:00 in Shanghai: every record is in November

  it('counts every send of a 100,000-send history', () => {
    const history = Array.from({ length: N }, (_, i) => ({ at: start + i * 10_000 }));
    const decision = checkFrequency(history, { at, policy: { limit: N + 1 } });
    expect(decision).toMatchObject({ allowed: true, used: N, remaining: 1 });
    expect(checkFrequency(history, { at, policy: { limit: N } })).toMatchObject({ allowed: false, reason: 'limit-reached' });
  });

  it('plans a batch against a 100,000-record flat history, counting each number’s sends', () => {
    const history = Array.from({ length: N }, (_, i) => ({ to: `1380000${String(i % 1_000).padStart(4, '0')}`, at: start + i * 1_000 }));
    const plan = planSends(['13800000000', '13800000999', '13900000000'], history, { at, policy: { limit: 101 } });
    expect(plan.map((item) => item.allowed)).toEqual([true, true, true]);
    const capped = planSends(['13800000000', '13900000000'], history, { at, policy: { limit: 100 } });
    expect(capped.map((item) => item.allowed)).toEqual([false, true]);
  });

  it('tracks 100,000 unsubscribe requests and finds the oldest overdue one', () => {
    const requests = Array.from({ length: N }, (_, i) => ({ to: String(i), requestedAt: at - 48 * HOUR + i }));
    const report = trackUnsubscribes(requests, { at });
    expect(report.summary).toMatchObject({ total: N, overdue: N });
    expect(report.summary.oldestOverdue?.index).toBe(0);
    expect(isSuppressed(String(N - 1), requests, at)).toBe(true);
  });

  it('tracks 100,000 complaints', () => {
    const complaints = Array.from({ length: N }, (_, i) => ({ receivedAt: at - i * 60_000, level1At: at - i * 60_000 + 1 }));
    const report = trackComplaints(complaints, { at });
    expect(report.summary.total).toBe(N);
    expect(report.items).toHaveLength(N);
  });

  it('classifies 100,000 customers and the counts add up', () => {
    const customers = Array.from({ length: N }, (_, i) => ({ id: String(i), hasLoanRecord: i % 2 === 0 }));
    const batch = classifySegments(customers, { at });
    expect(batch.total).toBe(N);
    expect(Object.values(batch.counts).reduce((sum, count) => sum + count, 0)).toBe(N);
  });
});
