import { charWidth } from './displayWidth.js';

/** Texts up to this many UTF-16 units are shown whole; longer ones as a window around the span. */
const FULL_TEXT_MAX = 240;
/** Units of context shown on each side of the span in a window. */
const CONTEXT = 40;
/** A longer span is cut in a window, so a 10 MB line never prints 10 MB per issue. */
const SPAN_MAX = 160;
const ELLIPSIS = '...';

/**
 * How one code point is shown: control characters as their Unicode control pictures (␊ ␉ ␛), so
 * hostile input can neither break the caret alignment nor send escape sequences to the terminal;
 * invisible format characters (zero-width space, bidi controls) as `·`, so an evasion is visible
 * and cannot reorder the line; a lone surrogate as U+FFFD, as it would be written anyway.
 *
 * @internal
 */
export function displayChar(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code >= 0x80 && code < 0xa0) return '\ufffd';
  if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
  if (code === 0x2028 || code === 0x2029) return '\u2424';
  if (/^\p{Cf}$/u.test(char)) return '\u00b7';
  return char;
}

/**
 * Makes `text` safe to print on one terminal line (see {@link displayChar}).
 *
 * @internal
 */
export function displayText(text: string): string {
  // Fast path: nothing to replace in the usual message.
  if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Cs}]/u.test(text)) return text;
  let out = '';
  for (const char of text) out += displayChar(char);
  return out;
}

/**
 * The text line and the caret line drawn under `[start, end)` of `text` (UTF-16 offsets). Columns
 * are counted per code point with East Asian widths, so carets line up under 汉字 (2 columns each).
 * An empty span (something missing) gets one caret where it belongs. A long text is shown as a
 * window around the span, with `...` where it was cut.
 *
 * @internal
 */
export function renderSpan(text: string, start: number, end: number): { readonly text: string; readonly carets: string } {
  let from = 0;
  let to = text.length;
  let spanEnd = end;
  if (text.length > FULL_TEXT_MAX) {
    from = backToCodePoint(text, Math.max(0, start - CONTEXT));
    spanEnd = forwardToCodePoint(text, Math.min(end, start + SPAN_MAX));
    to = forwardToCodePoint(text, Math.min(text.length, spanEnd + CONTEXT));
  }
  let shown = from > 0 ? ELLIPSIS : '';
  let column = shown.length;
  let caretStart = -1;
  let caretWidth = 0;
  let index = from;
  for (const char of text.slice(from, to)) {
    const display = displayChar(char);
    let width = 0;
    for (const part of display) width += charWidth(part.codePointAt(0)!);
    const charEnd = index + char.length;
    if (caretStart === -1 && charEnd > start) caretStart = column;
    if (charEnd > start && index < spanEnd) caretWidth += width;
    shown += display;
    column += width;
    index = charEnd;
  }
  if (caretStart === -1) caretStart = column;
  if (to < text.length) shown += ELLIPSIS;
  return { text: shown, carets: ' '.repeat(caretStart) + '^'.repeat(Math.max(1, caretWidth)) };
}

function backToCodePoint(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}

function forwardToCodePoint(text: string, index: number): number {
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1))
    ? index + 1
    : index;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
