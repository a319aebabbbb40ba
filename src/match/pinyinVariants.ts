import { syllables } from '../../rules/pinyin.json';
import { once } from '../_lib/once.js';

/** A term with more all-pinyin spellings than this (its polyphones multiply them) gets none of them. */
const MAX_FULL_SPELLINGS = 8;
const HAN = /^\p{Script=Han}$/u;

// Character → its readings, inverted once from the table's syllable → characters.
const readingsByChar: () => ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ once(() => {
  const map = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(syllables as Readonly<Record<string, string>>)) {
    for (const char of chars) {
      const list = map.get(char);
      if (list === undefined) map.set(char, [syllable]);
      else list.push(syllable);
    }
  }
  return map;
});

/**
 * The spellings of `term` that evaders type in its place: each Han character in turn written in toneless
 * pinyin (`加wei信`, `加微xin`), and, for a term of three Han characters or more, every Han character in
 * pinyin (`jiaweixin`, and `jia wei xin` when the term is all Han). A two-character word all in pinyin is too often a name or a brand (`jiawei`,
 * `huixin`) to flag, and a term with one Han character has no variant. Characters outside
 * `rules/pinyin.json` (the characters of the shipped terms) stay as written.
 *
 * @example
 * pinyinVariants('秒批'); //=> ['miao批', '秒pi']
 *
 * @internal
 */
export function pinyinVariants(term: string): string[] {
  const chars = [...term];
  const readings = chars.map((char) => readingsByChar().get(char));
  const hanCount = chars.filter((char) => HAN.test(char)).length;
  if (hanCount < 2) return [];
  const variants = new Set<string>();
  readings.forEach((list, index) => {
    for (const syllable of list ?? []) variants.add([...chars.slice(0, index), syllable, ...chars.slice(index + 1)].join(''));
  });
  const fullCount = readings.reduce((count, list) => count * (list?.length ?? 1), 1);
  if (hanCount >= 3 && fullCount <= MAX_FULL_SPELLINGS && readings.every((list, index) => list !== undefined || !HAN.test(chars[index]!))) {
    let spellings: string[][] = [[]];
    chars.forEach((char, index) => {
      const options = readings[index] ?? [char];
      spellings = spellings.flatMap((prefix) => options.map((option) => [...prefix, option]));
    });
    // A term all of Han characters is also typed a syllable at a time ("jia wei xin"): one space between.
    const allHan = hanCount === chars.length;
    for (const parts of spellings) {
      variants.add(parts.join(''));
      if (allHan) variants.add(parts.join(' '));
    }
  }
  variants.delete(term);
  return [...variants];
}
