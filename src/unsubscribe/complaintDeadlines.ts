import { addMilliseconds } from 'date-fns';
import { DateInputSchema, type DateInput } from '../_lib/dateInput.js';
import { parseInput } from '../errors/parseInput.js';
import { complaintLevels } from './_complaintLevels.js';
import { ComplaintPolicySchema, type ComplaintDeadlines, type ComplaintPolicy } from './schemas.js';

/**
 * The three response deadlines of a complaint received at `receivedAt`: level 1 automated reply within 5
 * minutes (智能客服即时处理), level 2 human follow-up within 2 hours (人工专员跟进), level 3 filing with the
 * risk department within 12 hours, for serious complaints only (风控部门备案). These are industry practice,
 * not law, so every figure is configurable. Deadlines count from receipt, in elapsed time.
 *
 * @param receivedAt - When the complaint came in.
 * @param policy - `{ level1Minutes?, level2Minutes?, level3Minutes? }`.
 * @returns `{ receivedAt, levels: { level, name, deadline, seriousOnly }[] }`.
 * @throws {ComplianceConfigError} On an invalid date or a non-positive number of minutes.
 *
 * @example
 * import { complaintDeadlines } from 'sms-compliance';
 *
 * complaintDeadlines('2026-11-30T09:00:00+08:00').levels.map((level) => level.deadline.toISOString());
 * //=> ['2026-11-30T01:05:00.000Z', '2026-11-30T03:00:00.000Z', '2026-11-30T13:00:00.000Z']
 */
export function complaintDeadlines(receivedAt: DateInput, policy?: ComplaintPolicy): ComplaintDeadlines {
  const received = parseInput(DateInputSchema, receivedAt, 'receivedAt');
  const resolved = parseInput(ComplaintPolicySchema, policy ?? {}, 'policy');
  return {
    receivedAt: received,
    levels: complaintLevels(resolved).map((level) => ({
      level: level.level,
      name: level.name,
      deadline: addMilliseconds(received, Math.round(level.minutes * 60_000)),
      seriousOnly: level.seriousOnly,
    })),
  };
}
