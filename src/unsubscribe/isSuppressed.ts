import { z } from 'zod';
import { DateInputSchema, type DateInput } from '../_lib/dateInput.js';
import { parseInput } from '../errors/parseInput.js';
import { UnsubscribeRequestSchema, type UnsubscribeRequest } from './schemas.js';

const RequestsSchema = z.array(UnsubscribeRequestSchema, { error: 'expected an array of unsubscribe requests' });
const ToSchema = z.string().min(1, { error: 'expected a non-empty phone number' });

/**
 * Whether marketing to `to` must be held back at `at` because the person refused it.
 *
 * True from the instant of the request onward, whatever its deadline: the 24-hour SLA is how long the
 * system may take to catch up, not permission to keep sending (MIIT Order 31: stop once the user refuses).
 * A refusal covers every signature of the operator (SAMR Order 37 Art. 16: not under another name). It
 * ends only when the person re-subscribes after it (`resubscribedAt` ≤ `at`); a refusal and a
 * re-subscription at the same instant leave the number suppressed.
 *
 * @param to - The number, compared exactly with each request's `to`.
 * @param requests - Opt-out requests (any numbers; only `to`'s are read).
 * @param at - The instant of the intended send.
 * @returns `true` if the number must not be messaged.
 * @throws {ComplianceConfigError} On an invalid number, request or date.
 *
 * @example
 * import { isSuppressed } from 'sms-compliance';
 *
 * const requests = [{ to: '13800000001', requestedAt: '2026-11-30T10:00:00+08:00', signature: '甲贷' }];
 * isSuppressed('13800000001', requests, '2026-11-30T09:59:59+08:00');
 * //=> false
 * isSuppressed('13800000001', requests, '2026-11-30T10:00:00+08:00');
 * //=> true
 */
export function isSuppressed(to: string, requests: readonly UnsubscribeRequest[], at: DateInput): boolean {
  const number = parseInput(ToSchema, to, 'to');
  const parsed = parseInput(RequestsSchema, requests, 'requests');
  const now = parseInput(DateInputSchema, at, 'at').getTime();

  let lastRefusal = Number.NEGATIVE_INFINITY;
  let lastConsent = Number.NEGATIVE_INFINITY;
  for (const request of parsed) {
    if (request.to !== number) continue;
    const requestedAt = request.requestedAt.getTime();
    if (requestedAt > now) continue;
    if (requestedAt > lastRefusal) lastRefusal = requestedAt;
    const resubscribedAt = request.resubscribedAt?.getTime();
    if (resubscribedAt !== undefined && resubscribedAt >= requestedAt && resubscribedAt <= now && resubscribedAt > lastConsent) {
      lastConsent = resubscribedAt;
    }
  }
  return lastRefusal > Number.NEGATIVE_INFINITY && lastRefusal >= lastConsent;
}
