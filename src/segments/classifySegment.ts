import { parseInput } from '../errors/parseInput.js';
import { classifyProfile } from './_classifyProfile.js';
import { resolveSegmentOptions } from './_resolveOptions.js';
import { CustomerProfileSchema, type ClassifySegmentOptions, type CustomerProfile, type SegmentResult } from './schemas.js';

/**
 * Puts one customer into segment A, B or C, `excluded` or `unclassified`, with the reasons, the
 * content type that fits and the lifecycle stage.
 *
 * Rules in precedence order (the first that holds decides):
 * 1. `excluded` — a student, younger than `policy.minAge` (18) at `at` in `policy.timeZone`, opted
 *    out (any `optedOutAt`), or tagged with one of `policy.excludedTags`. Every exclusion that holds
 *    is listed. No content type and no lifecycle stage.
 * 2. `A` — any loan record (`loans` non-empty or `hasLoanRecord: true`) → `renewal-reminder`.
 * 3. `B` — at least `policy.minInquiries` (1) enquiries with `at − inquiryWindowDays ≤ inquiry ≤ at`
 *    (30 calendar days, both ends inclusive) → `rate-offer`.
 * 4. `C` — registered with `at − newUserDays ≤ registeredAt ≤ at` (90 days, inclusive) → `process-intro`.
 * 5. `unclassified` — the reasons say why A, B and C did not apply; no content type.
 *
 * @param customer The profile; only `id` is required.
 * @param options `at` (the send time) and an optional `policy` of thresholds.
 * @returns Plain data: `segment`, `reasons` (at least one, in Chinese), `contentType`, `lifecycleStage`.
 * @throws {ComplianceConfigError} When the profile or options are invalid (`customer.loans[0].openedAt`).
 *
 * @example
 * import { classifySegment } from 'sms-compliance';
 *
 * classifySegment(
 *   { id: 'c-1', loans: [{ openedAt: '2026-06-01', status: 'active' }], inquiries: [{ at: '2026-11-20' }] },
 *   { at: '2026-11-29T10:00:00+08:00' },
 * );
 * //=> { segment: 'A', reasons: ['A：有借贷记录（loans 共 1 条）', '生命周期：服务期（…）'],
 * //     contentType: 'renewal-reminder', lifecycleStage: 'service' }
 *
 * classifySegment({ id: 'c-2', isStudent: true, loans: [{ openedAt: '2026-06-01', status: 'active' }] }, { at: '2026-11-29' }).segment;
 * //=> 'excluded'
 */
export function classifySegment(customer: CustomerProfile, options: ClassifySegmentOptions): SegmentResult {
  const resolved = resolveSegmentOptions(options);
  return classifyProfile(parseInput(CustomerProfileSchema, customer, 'customer'), resolved);
}
