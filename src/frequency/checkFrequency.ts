import { z } from 'zod';
import { parseInput } from '../errors/parseInput.js';
import { buildFrame, decide, inCap, inDay } from './_capCore.js';
import {
  CheckFrequencyOptionsSchema,
  SendRecordSchema,
  type CheckFrequencyOptions,
  type FrequencyDecision,
  type SendRecord,
} from './schemas.js';

const HistorySchema = z.array(SendRecordSchema, { error: 'expected an array of { at, signature? } records' });

/**
 * May one more marketing SMS go to this number at `at`, and if not, when?
 *
 * `history` holds the sends to ONE number under every signature of the operator: the cap is per person,
 * not per brand (SAMR Order 37 Art. 16). The default policy is 5 per calendar month in `Asia/Shanghai`, so
 * a send at `2026-11-30T16:30Z` counts in December. Records later than `at` have not happened yet as of
 * `at` and are ignored, which makes the function usable for replaying an audit.
 *
 * `nextAllowedAt` is exact: the earliest instant at which a send would pass every limit of the policy
 * (cap, `dailyLimit`, `minGapMinutes` and, when given, `sendWindow`) assuming nothing else is sent.
 *
 * @param history - Past sends to this number: `{ at, signature? }[]`.
 * @param options - `{ at, policy? }`; see {@link FrequencyPolicy}.
 * @returns `{ allowed, used, remaining, windowStart, windowEnd, nextAllowedAt, reason? }`.
 * @throws {ComplianceConfigError} When a date, the time zone or a limit is invalid (`history[2].at`, `options.policy.limit`).
 *
 * @example
 * import { checkFrequency } from 'sms-compliance';
 *
 * const history = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-27'].map((at) => ({ at }));
 *
 * checkFrequency(history, { at: '2026-11-30T12:00:00+08:00' });
 * //=> { allowed: false, used: 5, remaining: 0,
 * //     windowStart: 2026-10-31T16:00:00.000Z, windowEnd: 2026-11-30T16:00:00.000Z,
 * //     nextAllowedAt: 2026-11-30T16:00:00.000Z, reason: 'limit-reached' }
 *
 * checkFrequency(history, { at: '2026-11-30T16:30:00Z' }).allowed; // already December in Shanghai
 * //=> true
 */
export function checkFrequency(history: readonly SendRecord[], options: CheckFrequencyOptions): FrequencyDecision {
  const records = parseInput(HistorySchema, history, 'history');
  const { at, policy } = parseInput(CheckFrequencyOptionsSchema, options, 'options');
  const frame = buildFrame(at.getTime(), policy);

  let count = 0;
  let dayCount = 0;
  let last = Number.NEGATIVE_INFINITY;
  const rollingTimes: number[] | undefined = frame.rolling ? [] : undefined;
  for (const record of records) {
    const t = record.at.getTime();
    if (t > frame.at) continue;
    if (t > last) last = t;
    if (inCap(frame, t)) {
      count += 1;
      rollingTimes?.push(t);
    }
    if (inDay(frame, t)) dayCount += 1;
  }

  const core = decide(frame, count, rollingTimes, dayCount, last);
  return {
    allowed: core.allowed,
    used: core.used,
    remaining: core.remaining,
    windowStart: new Date(frame.capStart),
    windowEnd: new Date(frame.capEnd),
    nextAllowedAt: core.nextAllowedAt === null ? null : new Date(core.nextAllowedAt),
    ...(core.reason === undefined ? {} : { reason: core.reason }),
  };
}
