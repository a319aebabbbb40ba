// Character codes and digit runs for the rules that read numbers by hand (specific-amount,
// apr-disclosure, absolute-terms' caps) instead of running a regex at every candidate position.

/** @internal */
export const SPACE = 0x20;
/** @internal */
export const PERCENT = 0x25;
/** @internal */
export const COMMA = 0x2c;
/** @internal */
export const DOT = 0x2e;
/** @internal */
export const OPEN_PARENTHESIS = 0x28;
/** @internal */
export const CLOSE_PARENTHESIS = 0x29;

/**
 * Whether a UTF-16 code is an ASCII digit.
 *
 * @internal
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a UTF-16 code is a character of the common Han block (U+4E00–U+9FFF).
 *
 * @internal
 */
export function isHanUnit(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * Where the run of ASCII digits starting at `from` ends, reading at most up to `limit` (`from` when
 * there is no digit there).
 *
 * @internal
 * @example
 * endOfDigits('年化7.25%', 2); //=> 3
 */
export function endOfDigits(text: string, from: number, limit = text.length): number {
  let end = from;
  while (end < limit && isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}
