// The view string is decoded with a UTF-16 TextDecoder when the view has no surrogate (a lone one
// would turn into U+FFFD) and with String.fromCharCode otherwise. Either way it must be exactly the
// units the normaliser wrote.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sharedNormalizer } from '../../src/normalize/_sharedNormalizer.js';
import { createViewBuffer, unitsToString } from '../../src/normalize/createNormalizer.js';

function viewOf(text: string): { text: string; expected: string; surrogates: boolean } {
  const buffer = createViewBuffer(4);
  const size = sharedNormalizer().into(buffer, text);
  let expected = '';
  for (let k = 0; k < size; k++) expected += String.fromCharCode(buffer.units[k]!);
  return { text: unitsToString(buffer, size), expected, surrogates: buffer.surrogates };
}

describe('unitsToString', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 60 })], { numRuns: 3000 })('is the units the normaliser wrote', (text) => {
    const view = viewOf(text);
    expect(view.text).toBe(view.expected);
  });

  test.prop([fc.string({ unit: 'binary-ascii', maxLength: 60 }), fc.constantFrom('\ud800', '\udfff', '😀', '\ufeff', '')], { numRuns: 1000 })(
    'keeps lone surrogates, pairs and a leading U+FEFF',
    (text, extra) => {
      for (const variant of [extra + text, text + extra, `中${extra}文`]) {
        const view = viewOf(variant);
        expect(view.text).toBe(view.expected);
      }
    },
  );

  it('takes the decoder for ordinary messages and the char-code path for surrogates (both paths are exercised)', () => {
    expect(viewOf('【XX银行】年化利率7.2%起，拒收请回复R').surrogates).toBe(false);
    expect(viewOf('额度\ud800提升').surrogates).toBe(true);
    expect(viewOf('额度\ud800提升').text).toBe('额度\ud800提升');
    expect(viewOf('好😀').text).toBe('好😀');
  });

  it('decodes views longer than one chunk', () => {
    const long = '贷款'.repeat(9000);
    expect(viewOf(long).text).toBe(long);
    const withPair = `${long}😀${long}`;
    expect(viewOf(withPair).text).toBe(viewOf(withPair).expected);
  });
});
