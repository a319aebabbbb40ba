// Code points of UTF-16 text as `for…of` reads it: a well-formed surrogate pair is one code point of
// two units, a lone surrogate one of its own. One place for the structure check's counts, the billing
// length and the normaliser's offsets.

// A native scan for a high surrogate is about twice as fast as reading every unit in JavaScript,
// and almost every message has none. Not global and not sticky: `test` keeps no state.
const HIGH_SURROGATE = /[\ud800-\udbff]/;

/**
 * UTF-16 width of the code point at `i`: 2 for a well-formed surrogate pair, else 1.
 *
 * @internal
 * @example
 * pointWidth('a😀', 1); //=> 2
 */
export function pointWidth(text: string, i: number): number {
  return (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * How many well-formed surrogate pairs `text` has, so `text.length - surrogatePairs(text)` is
 * `Array.from(text).length`.
 *
 * @internal
 * @example
 * surrogatePairs('😀\ud800好'); //=> 1
 */
export function surrogatePairs(text: string): number {
  if (!HIGH_SURROGATE.test(text)) return 0;
  let pairs = 0;
  const last = text.length - 1;
  for (let i = 0; i < last; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      pairs++;
      i++;
    }
  }
  return pairs;
}
