import { DateInputSchema, type DateInput } from '../_lib/dateInput.js';
import { parseInput } from '../errors/parseInput.js';
import { deadlineFunction, DEFAULT_UNSUBSCRIBE_POLICY } from './_deadline.js';
import { UnsubscribePolicySchema, type UnsubscribePolicy } from './schemas.js';

/**
 * The instant by which an opt-out received at `requestedAt` must have taken effect.
 *
 * Default: 24 hours later. Chinese rules say "stop" with no number of hours (MIIT Order 31, SAMR Order 37
 * Art. 16), so 24 h is a project policy; `isSuppressed` stops sends at once regardless. The
 * `business-days` policy models rules like the US "within 10 business days": the deadline is the end
 * (next local midnight) of the N-th business day after the day of the request, in `timeZone`, skipping
 * the `weekend` days and the `holidays` you pass, and counting `workdays` (调休) as business days.
 *
 * @param requestedAt - When the refusal was received.
 * @param policy - `{ kind: 'hours', hours? }` or `{ kind: 'business-days', days?, timeZone?, holidays?, workdays?, weekend? }`.
 * @returns The deadline.
 * @throws {ComplianceConfigError} On an invalid date, zone, holiday or number.
 *
 * @example
 * import { unsubscribeDeadline } from 'sms-compliance';
 *
 * unsubscribeDeadline('2026-11-30T09:00:00+08:00');
 * //=> 2026-12-01T01:00:00.000Z
 *
 * unsubscribeDeadline('2026-11-25T15:00:00Z', {
 *   kind: 'business-days', days: 10, timeZone: 'America/New_York', holidays: ['2026-11-26'],
 * });
 * //=> 2026-12-11T05:00:00.000Z (end of Thursday 10 December, New York)
 */
export function unsubscribeDeadline(requestedAt: DateInput, policy?: UnsubscribePolicy): Date {
  const instant = parseInput(DateInputSchema, requestedAt, 'requestedAt');
  const resolved = policy === undefined ? DEFAULT_UNSUBSCRIBE_POLICY : parseInput(UnsubscribePolicySchema, policy, 'policy');
  return new Date(deadlineFunction(resolved)(instant.getTime()));
}
