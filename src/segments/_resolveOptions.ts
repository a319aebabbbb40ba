import { subDays } from 'date-fns';
import { tz } from '@date-fns/tz';
import { parseInput } from '../errors/parseInput.js';
import { ClassifySegmentOptionsSchema, type ResolvedSegmentPolicy } from './schemas.js';

/**
 * Validated options with the window boundaries computed once, so a batch costs one pass.
 *
 * @internal
 */
export interface ResolvedSegmentOptions {
  /** Epoch ms of `at`. */
  readonly at: number;
  readonly policy: ResolvedSegmentPolicy;
  /** Epoch ms of `at` minus `inquiryWindowDays` calendar days in `policy.timeZone` (inclusive). */
  readonly inquirySince: number;
  /** Epoch ms of `at` minus `newUserDays` calendar days in `policy.timeZone` (inclusive). */
  readonly registeredSince: number;
}

/**
 * Validates the options of `classifySegment(s)` and precomputes the window starts.
 *
 * Windows are counted in calendar days of the policy's zone (DST-aware through `@date-fns/tz`),
 * so "30 days ago" is the same wall-clock time 30 days earlier, not 30 × 24 h.
 *
 * @internal
 */
export function resolveSegmentOptions(options: unknown): ResolvedSegmentOptions {
  const { at, policy } = parseInput(ClassifySegmentOptionsSchema, options, 'options');
  const zone = tz(policy.timeZone);
  return {
    at: at.getTime(),
    policy,
    inquirySince: subDays(at, policy.inquiryWindowDays, { in: zone }).getTime(),
    registeredSince: subDays(at, policy.newUserDays, { in: zone }).getTime(),
  };
}
