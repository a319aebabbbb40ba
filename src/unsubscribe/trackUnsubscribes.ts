import { z } from 'zod';
import { parseInput } from '../errors/parseInput.js';
import { deadlineFunction, DEFAULT_UNSUBSCRIBE_POLICY } from './_deadline.js';
import {
  TrackUnsubscribesOptionsSchema,
  UnsubscribeRequestSchema,
  type TrackUnsubscribesOptions,
  type UnsubscribeItem,
  type UnsubscribeReport,
  type UnsubscribeRequest,
} from './schemas.js';

const RequestsSchema = z.array(UnsubscribeRequestSchema, { error: 'expected an array of unsubscribe requests' });

/**
 * Where every opt-out stands as of `at`: `pending` (open, deadline not passed), `effective` (took effect by
 * the deadline), `overdue` (open past the deadline) or `late` (took effect after the deadline).
 *
 * Status is evaluated as of `at`: an `effectiveAt` or `resubscribedAt` later than `at` is not yet known and
 * is ignored. A re-subscription closes the request at that moment (the obligation to stop ends there). A
 * request dated after `at` is reported as `pending`.
 *
 * @param requests - `{ to, requestedAt, effectiveAt?, resubscribedAt?, signature? }[]`.
 * @param options - `{ at, policy? }`; the policy is the one of `unsubscribeDeadline` (default 24 h).
 * @returns `{ items, summary }`: items in input order, and counts per status with the oldest overdue request.
 * @throws {ComplianceConfigError} On an invalid request, date or policy (`requests[1].requestedAt`).
 *
 * @example
 * import { trackUnsubscribes } from 'sms-compliance';
 *
 * const report = trackUnsubscribes(
 *   [
 *     { to: '13800000001', requestedAt: '2026-11-29T09:00:00+08:00', effectiveAt: '2026-11-29T09:05:00+08:00' },
 *     { to: '13800000002', requestedAt: '2026-11-29T10:00:00+08:00' },
 *     { to: '13800000003', requestedAt: '2026-11-30T08:00:00+08:00' },
 *   ],
 *   { at: '2026-11-30T12:00:00+08:00' },
 * );
 * report.items.map((item) => item.status);
 * //=> ['effective', 'overdue', 'pending']
 * report.summary.oldestOverdue?.to;
 * //=> '13800000002'
 */
export function trackUnsubscribes(
  requests: readonly UnsubscribeRequest[],
  options: TrackUnsubscribesOptions,
): UnsubscribeReport {
  const parsed = parseInput(RequestsSchema, requests, 'requests');
  const { at, policy } = parseInput(TrackUnsubscribesOptionsSchema, options, 'options');
  const now = at.getTime();
  const deadlineOf = deadlineFunction(policy ?? DEFAULT_UNSUBSCRIBE_POLICY);

  const summary: UnsubscribeReport['summary'] = {
    total: parsed.length,
    pending: 0,
    effective: 0,
    overdue: 0,
    late: 0,
    oldestOverdue: null,
  };
  const items = parsed.map((request, index): UnsubscribeItem => {
    const requestedAt = request.requestedAt.getTime();
    const deadline = deadlineOf(requestedAt);
    const effective = known(request.effectiveAt, now);
    const resubscribed = known(request.resubscribedAt, now);
    const closedByResubscribe = resubscribed !== undefined && resubscribed >= requestedAt ? resubscribed : undefined;
    const settledAt = minDefined(effective, closedByResubscribe);

    const status =
      settledAt !== undefined
        ? settledAt <= deadline
          ? 'effective'
          : 'late'
        : now > deadline
          ? 'overdue'
          : 'pending';
    summary[status] += 1;
    if (status === 'overdue') {
      const oldest = summary.oldestOverdue;
      if (oldest === null || requestedAt < oldest.requestedAt.getTime()) {
        summary.oldestOverdue = {
          index,
          to: request.to,
          requestedAt: new Date(requestedAt),
          deadline: new Date(deadline),
          overdueMs: now - deadline,
        };
      }
    }
    return {
      to: request.to,
      requestedAt: new Date(requestedAt),
      deadline: new Date(deadline),
      status,
      remainingMs: deadline - (settledAt ?? now),
      effectiveAt: effective === undefined ? null : new Date(effective),
      resubscribed: closedByResubscribe !== undefined,
    };
  });
  return { items, summary };
}

function known(date: Date | undefined, now: number): number | undefined {
  if (date === undefined) return undefined;
  const ms = date.getTime();
  return ms <= now ? ms : undefined;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
