/**
 * Whether a UTF-16 code is a symbol that can stand between the two numbers of a range or the parts of a date:
 * hyphen, tilde, the dashes of General Punctuation (‐ ‑ ‒ – — ―) and the wave dash 〜 (full-width ～ and － are
 * folded to ~ and - before any rule reads the text).
 *
 * The normaliser keeps such a mark after a number of two characters or more ("7.2-36%", "2026-12-05"), so the
 * rules that read ranges must accept every mark it keeps, not a subset of them.
 *
 * @internal
 * @example
 * isRangeSymbol('〜'.charCodeAt(0)); //=> true
 * isRangeSymbol('至'.charCodeAt(0)); //=> false
 */
export function isRangeSymbol(unit: number): boolean {
  return unit === 0x2d || unit === 0x7e || (unit >= 0x2010 && unit <= 0x2015) || unit === 0x301c;
}

/**
 * Whether a UTF-16 code marks a range in a rule's reading of the normalised text: a range symbol, 至 or 到
 * ("7.2%至36%", "10到20万").
 *
 * @internal
 * @example
 * isRangeMark('至'.charCodeAt(0)); //=> true
 */
export function isRangeMark(unit: number): boolean {
  return isRangeSymbol(unit) || unit === 0x81f3 || unit === 0x5230;
}
