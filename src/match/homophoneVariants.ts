import { characters } from '../../rules/homophones.json';

const HAN = /^\p{Script=Han}$/u;
const table: Readonly<Record<string, string>> = characters;

/**
 * The spellings of `term` with one character swapped for a homophone or a look-alike from
 * `rules/homophones.json` (黑户可代, 不看正信, 醉低利率), one position at a time. Only a term of three Han
 * characters or more has them: a two-character word with one character swapped is too often another word
 * (淘现货, 妙笔).
 *
 * @example
 * homophoneVariants('黑户可贷'); //=> ['嘿户可贷', '黑户可代', '黑户可袋', '黑户可带']
 * homophoneVariants('套现'); //=> []
 *
 * @internal
 */
export function homophoneVariants(term: string): string[] {
  const chars = [...term];
  if (chars.filter((char) => HAN.test(char)).length < 3) return [];
  const variants: string[] = [];
  chars.forEach((char, index) => {
    for (const swap of table[char] ?? '') variants.push([...chars.slice(0, index), swap, ...chars.slice(index + 1)].join(''));
  });
  return variants;
}
