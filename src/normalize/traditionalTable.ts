import pack from '../../rules/traditional.json';

/**
 * Traditional → simplified for the characters the rule packs match on (generated from OpenCC by
 * `scripts/build-traditional-table.mjs`; the test suite checks it is current).
 *
 * @internal
 */
export const traditionalToSimplified: Readonly<Record<string, string>> = pack.characters;

/**
 * `text` with every traditional character of the table replaced by its simplified form (others kept).
 *
 * @internal
 * @example
 * toSimplified('XX銀行'); //=> 'XX银行'
 */
export function toSimplified(text: string): string {
  let out = '';
  for (const char of text) out += traditionalToSimplified[char] ?? char;
  return out;
}
