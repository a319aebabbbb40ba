import { sharedNormalizer } from './_sharedNormalizer.js';
import type { NormalizedView } from './types.js';
import { assertText } from '../errors/assertText.js';

/**
 * Builds the matching view of a text: NFKC (full-width → half-width, ① → 1), lower case,
 * traditional → simplified (for the characters the rules use), zero-width/format characters
 * dropped, and separators between CJK characters removed — with an offset map back to the
 * original, so that anything found in `text` can be reported at the original characters.
 * The result is plain data: `starts[i]`/`ends[i]` are the original span of `text[i]`.
 *
 * @example
 * import { normalizeText } from 'sms-compliance';
 *
 * const view = normalizeText('最 低 利\u200b息');
 * view.text; //=> '最低利息'
 * [view.starts[3], view.ends[3]]; //=> [6, 7] (息 in the original)
 */
export function normalizeText(text: string): NormalizedView {
  assertText(text);
  const view = sharedNormalizer()(text);
  // Rules get typed arrays (no copies on the hot path); callers get JSON-serialisable arrays, copied
  // by index (Array.from walks the iterator protocol, several times slower on short views).
  return { text: view.text, starts: toPlainArray(view.starts), ends: toPlainArray(view.ends) };
}

function toPlainArray(values: Uint32Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return out;
}
