/**
 * The normalised matching view of a text, with a map back to the original.
 *
 * `text` is the NFKC-folded, lower-cased, simplified-Chinese text with zero-width/format
 * characters dropped and separators between CJK characters removed. For every UTF-16 unit `i` of
 * `text`, `[starts[i], ends[i])` is the span of the original text it came from.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/**
 * The result of `normalizeText`: the matching view and, for every UTF-16 unit `i` of `text`, the span
 * `[starts[i], ends[i])` of the original text it came from. Plain, JSON-serialisable data.
 *
 * @example
 * import { normalizeText, type NormalizedView } from 'sms-compliance';
 *
 * const view: NormalizedView = normalizeText('貸 款');
 * view.text; //=> '贷款'
 */
export interface NormalizedView {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}
