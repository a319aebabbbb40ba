import { describe, expect, it } from 'vitest';
import { trackUnsubscribes } from '../../src/unsubscribe/trackUnsubscribes.js';
import { configError } from '../support/configError.js';

const HOUR = 3_600_000;
const t0 = Date.parse('2026-11-29T09:00:00+08:00');

describe('trackUnsubscribes', () => {
  it('reports each status in input order with the signed time to the deadline', () => {
    const requests = [
      { to: 'effective', requestedAt: t0, effectiveAt: t0 + HOUR },
      { to: 'late', requestedAt: t0, effectiveAt: t0 + 25 * HOUR },
      { to: 'overdue', requestedAt: t0 },
      { to: 'pending', requestedAt: t0 + 20 * HOUR },
    ];
    const { items, summary } = trackUnsubscribes(requests, { at: t0 + 30 * HOUR });
    expect(items.map((item) => [item.to, item.status, item.remainingMs])).toEqual([
      ['effective', 'effective', 23 * HOUR],
      ['late', 'late', -HOUR],
      ['overdue', 'overdue', -6 * HOUR],
      ['pending', 'pending', 14 * HOUR],
    ]);
    expect(items[0]!.deadline.getTime()).toBe(t0 + 24 * HOUR);
    expect(summary).toMatchObject({ total: 4, pending: 1, effective: 1, overdue: 1, late: 1 });
  });

  it('is pending at the deadline itself and overdue one millisecond later', () => {
    const requests = [{ to: 'x', requestedAt: t0 }];
    expect(trackUnsubscribes(requests, { at: t0 + 24 * HOUR }).items[0]!.status).toBe('pending');
    expect(trackUnsubscribes(requests, { at: t0 + 24 * HOUR + 1 }).items[0]!.status).toBe('overdue');
  });

  it('counts taking effect exactly at the deadline as on time', () => {
    const requests = [{ to: 'x', requestedAt: t0, effectiveAt: t0 + 24 * HOUR }];
    expect(trackUnsubscribes(requests, { at: t0 + 48 * HOUR }).items[0]).toMatchObject({ status: 'effective', remainingMs: 0 });
  });

  it('ignores an effectiveAt later than `at`: it is not yet known', () => {
    const requests = [{ to: 'x', requestedAt: t0, effectiveAt: t0 + 2 * HOUR }];
    const item = trackUnsubscribes(requests, { at: t0 + HOUR }).items[0]!;
    expect(item).toMatchObject({ status: 'pending', effectiveAt: null, remainingMs: 23 * HOUR });
  });

  it('closes a request when the person re-subscribes before it took effect', () => {
    const requests = [{ to: 'x', requestedAt: t0, resubscribedAt: t0 + 3 * HOUR }];
    expect(trackUnsubscribes(requests, { at: t0 + 48 * HOUR }).items[0]).toMatchObject({
      status: 'effective',
      resubscribed: true,
      remainingMs: 21 * HOUR,
    });
    expect(trackUnsubscribes(requests, { at: t0 + 2 * HOUR }).items[0]).toMatchObject({ status: 'pending', resubscribed: false });
  });

  it('names the oldest overdue request in the summary', () => {
    const requests = [
      { to: 'newer', requestedAt: t0 + HOUR },
      { to: 'done', requestedAt: t0 - HOUR, effectiveAt: t0 },
      { to: 'older', requestedAt: t0 },
    ];
    expect(trackUnsubscribes(requests, { at: t0 + 48 * HOUR }).summary.oldestOverdue).toEqual({
      index: 2,
      to: 'older',
      requestedAt: new Date(t0),
      deadline: new Date(t0 + 24 * HOUR),
      overdueMs: 24 * HOUR,
    });
    expect(trackUnsubscribes(requests, { at: t0 + 2 * HOUR }).summary.oldestOverdue).toBeNull();
  });

  it('uses the business-days policy when given one', () => {
    const requests = [{ to: 'x', requestedAt: '2026-11-27T10:00:00+08:00' }]; // a Friday
    const item = trackUnsubscribes(requests, { at: '2026-11-30T12:00:00+08:00', policy: { kind: 'business-days', days: 1 } }).items[0]!;
    expect(item.deadline.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(item.status).toBe('pending');
  });

  it('returns an empty report for no requests', () => {
    expect(trackUnsubscribes([], { at: t0 })).toEqual({
      items: [],
      summary: { total: 0, pending: 0, effective: 0, overdue: 0, late: 0, oldestOverdue: null },
    });
  });

  it.each([
    ['an invalid requestedAt', () => trackUnsubscribes([{ to: 'x', requestedAt: t0 }, { to: 'y', requestedAt: 'now' }], { at: t0 }), 'requests[1].requestedAt'],
    ['a missing `to`', () => trackUnsubscribes([{ requestedAt: t0 } as never], { at: t0 }), 'requests[0].to'],
    ['an invalid `at`', () => trackUnsubscribes([], { at: 'today' }), 'options.at'],
    ['an invalid policy', () => trackUnsubscribes([], { at: t0, policy: { kind: 'hours', hours: -3 } }), 'options.policy.hours'],
  ])('rejects %s with ComplianceConfigError naming the field', (_label, call, path) => {
    expect(configError(call).path).toBe(path);
  });
});
