import type { NormalizedText } from '../normalize/types.js';

/**
 * The light matching view used by `classifyContent`: NFKC + lower-case, one code point at a
 * time, with an offset map back to the original text.
 *
 * Normalising per code point (not the whole string) is what keeps the map exact and the pass
 * linear; the price is that combining sequences are not composed, which no content phrase needs.
 *
 * @internal
 */
export function normalizedView(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const folded = char.normalize('NFKC').toLowerCase();
    const end = index + char.length;
    text += folded;
    for (let k = 0; k < folded.length; k++) {
      starts.push(index);
      ends.push(end);
    }
    index = end;
  }
  return { original, text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
