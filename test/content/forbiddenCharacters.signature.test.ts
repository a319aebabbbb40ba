// forbidden-characters skips the leading signature, found by hand instead of with the regex below (a
// signature after at most 16 units of leading padding: whitespace, a byte-order mark, zero-width
// characters); the two must agree on where it ends.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { leadingSignatureEnd } from '../../src/content/forbiddenCharacters.js';

const reference = (text: string): number => /^[\s\p{Z}\p{Cf}]{0,16}【[^【】]{1,30}】/u.exec(text)?.[0].length ?? 0;

describe('forbidden-characters: the leading signature', () => {
  test.prop([fc.array(fc.constantFrom('【', '】', '银', 'X', ' ', '😀', '\n', '\uFEFF', '\u200B'), { maxLength: 40 }).map((parts) => parts.join(''))], {
    numRuns: 5000,
  })('ends where the regex says', (text) => {
    expect(leadingSignatureEnd(text)).toBe(reference(text));
  });

  it('agrees at the length limits', () => {
    for (let inner = 0; inner <= 33; inner++) {
      const text = `【${'银'.repeat(inner)}】正文`;
      expect(leadingSignatureEnd(text), String(inner)).toBe(reference(text));
    }
    expect(leadingSignatureEnd('【XX银行】正文')).toBe(6);
  });
});
