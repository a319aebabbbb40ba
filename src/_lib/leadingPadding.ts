// What a template picks up before its 【signature】 on the way from a database or a spreadsheet:
// whitespace, line breaks, a byte-order mark, zero-width and other format characters. Bounded, so a
// text of a million spaces costs no more than one of sixteen.
const PADDING = /^[\s\p{Z}\p{Cf}]{1,16}(?=【)/u;
const OPEN_SIGNATURE = 0x3010;

/**
 * How many units of padding stand before the leading `【` of `text`; 0 when it starts with `【`, or when
 * no `【` follows the padding (then there is no signature to read).
 *
 * @internal
 * @example
 * leadingPadding('\uFEFF【XX银行】您好'); //=> 1
 * leadingPadding('【XX银行】您好'); //=> 0
 * leadingPadding(' 您好'); //=> 0
 */
export function leadingPadding(text: string): number {
  if (text.charCodeAt(0) === OPEN_SIGNATURE) return 0;
  return PADDING.exec(text.slice(0, 17))?.[0].length ?? 0;
}
