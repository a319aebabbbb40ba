// East Asian Wide (W) and Fullwidth (F) ranges of UAX #11 that matter in a terminal, as
// [first, last] code points, sorted. Emoji are handled by `\p{Emoji_Presentation}` below.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2329, 0x232a], // angle brackets 〈〉
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, CJK symbols and punctuation (【】、。「」 …)
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility jamo, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // full-width ASCII and punctuation (，！：（）１００％ …)
  [0xffe0, 0xffe6], // full-width signs (￥ ￡ …)
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18aff], // Tangut
  [0x1b000, 0x1b2ff], // kana supplement and extensions
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x2fffd], // CJK extensions B–F
  [0x30000, 0x3fffd], // CJK extension G and later
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE_RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = WIDE_RANGES[mid]!;
    if (codePoint < first) high = mid - 1;
    else if (codePoint > last) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The number of terminal columns one code point takes: 2 for East Asian wide and full-width
 * characters (汉字, 【】, ，！, １００％) and emoji, 0 for combining marks and format characters
 * (zero-width space, joiners), 1 for everything else (ambiguous-width characters such as “ ” …
 * count 1, as most terminals outside CJK locales draw them).
 *
 * @internal
 * @example
 * charWidth('利'.codePointAt(0)!); //=> 2
 * charWidth('a'.codePointAt(0)!); //=> 1
 * charWidth(0x200b); //=> 0
 */
export function charWidth(codePoint: number): number {
  if (codePoint < 0x300) return 1; // ASCII and Latin-1: the common case, no lookups
  if (isWide(codePoint)) return 2;
  // A lone surrogate is written out as U+FFFD, one column.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 1;
  const char = String.fromCodePoint(codePoint);
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI.test(char)) return 2;
  return 1;
}

/**
 * The number of terminal columns `text` takes, counted per code point with {@link charWidth}, so
 * that carets drawn under a span line up under Chinese text.
 *
 * @example
 * import { displayWidth } from './displayWidth.js';
 *
 * displayWidth('【XX银行】'); //=> 10
 * displayWidth('APR 7.2%'); //=> 8
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}
