import { createNormalizer, type Normalizer } from './createNormalizer.js';
import { traditionalToSimplified } from './traditionalTable.js';

// A write-once memo, as for the default linter: the normaliser is built on first use (its tables
// take a few milliseconds) and is read-only afterwards, so callers cannot observe the sharing.
let shared: Normalizer | undefined;

/**
 * The normaliser of the rule packs' traditional → simplified table, built once per process and
 * shared by `normalizeText` and every linter.
 *
 * @internal
 * @example
 * sharedNormalizer()('最 低 利 息').text; //=> '最低利息'
 */
export function sharedNormalizer(): Normalizer {
  shared ??= createNormalizer(traditionalToSimplified);
  return shared;
}
