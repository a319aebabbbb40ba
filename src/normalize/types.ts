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
