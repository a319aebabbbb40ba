import { z } from 'zod';
import { parseInput } from '../errors/parseInput.js';
import { classifyProfile } from './_classifyProfile.js';
import { resolveSegmentOptions } from './_resolveOptions.js';
import {
  CustomerProfileSchema,
  type ClassifySegmentOptions,
  type CustomerProfile,
  type SegmentBatchEntry,
  type SegmentBatchResult,
  type SegmentCounts,
} from './schemas.js';

const CustomersSchema = z.custom<Iterable<unknown>>(
  (value) =>
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function',
  { error: 'expected an iterable of customer profiles (an array, a Set, a generator…)' },
);

/**
 * Classifies many customers in one linear pass, as {@link classifySegment} would one by one, and
 * counts them per segment.
 *
 * Accepts any iterable (array, `Set`, generator), read once. The options are validated and the
 * window boundaries computed once for the whole batch. A bad profile throws with its index in
 * the path (`customers[3].inquiries[0].at`).
 *
 * @param customers The profiles.
 * @param options `at` and an optional `policy`, shared by every customer.
 * @returns `results` in input order (each with the customer's `id`), `counts` per segment and `total`.
 * @throws {ComplianceConfigError} When `customers` is not iterable, or a profile or the options are invalid.
 *
 * @example
 * import { classifySegments } from 'sms-compliance';
 *
 * const batch = classifySegments(
 *   [
 *     { id: 'a', hasLoanRecord: true },
 *     { id: 'b', inquiries: [{ at: '2026-11-28T09:00:00+08:00' }] },
 *     { id: 's', isStudent: true },
 *   ],
 *   { at: '2026-11-29T10:00:00+08:00' },
 * );
 * batch.results.map((r) => [r.id, r.segment]); //=> [['a', 'A'], ['b', 'B'], ['s', 'excluded']]
 * batch.counts; //=> { A: 1, B: 1, C: 0, excluded: 1, unclassified: 0 }
 * batch.total; //=> 3
 */
export function classifySegments(
  customers: Iterable<CustomerProfile>,
  options: ClassifySegmentOptions,
): SegmentBatchResult {
  const resolved = resolveSegmentOptions(options);
  const iterable = parseInput(CustomersSchema, customers, 'customers');
  const results: SegmentBatchEntry[] = [];
  const counts: SegmentCounts = { A: 0, B: 0, C: 0, excluded: 0, unclassified: 0 };
  let index = 0;
  for (const customer of iterable) {
    const profile = parseInput(CustomerProfileSchema, customer, `customers[${index}]`);
    const result = classifyProfile(profile, resolved);
    results.push({ id: profile.id, ...result });
    counts[result.segment] += 1;
    index += 1;
  }
  return { results, counts, total: index };
}
