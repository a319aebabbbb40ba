// The structure check counts code points (billing) and content characters (the feature's length)
// with hand-written loops and lookup tables; these properties hold them to the definitions they
// replace: `[...text].length` and the code points matching /[\p{L}\p{N}]/u.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { messageLength } from '../../src/structure/index.js';
import { contentLength, contentOffset } from '../../src/structure/_recognize.js';

const CONTENT = /[\p{L}\p{N}]/u;
const contentPoints = (text: string): string[] => Array.from(text).filter((point) => CONTENT.test(point));

// Han, Latin, digits, Latin-1 letters and signs, CJK and full-width punctuation and letters, lone
// and paired surrogates: every branch of the counting code.
const UNITS = [
  '中', 'a', 'Z', '7', 'é', '×', '²', '¼', '，', '。', '、', '〇', '〆', '「', 'Ａ', '０', '！', '～', 'ｱ', '￥',
  '\ud83d', '\ude00', '😀', '𠀀', '\u0000', ' ', '\u3000', '①', 'Ⅻ',
];
const mixed = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((parts) => parts.join(''));

describe('counting code points and content characters', () => {
  test.prop([fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 40 }))], { numRuns: 3000 })(
    'China billing counts code points, a lone surrogate as one',
    (text) => {
      expect(messageLength(text).chars).toBe(Array.from(text).length);
    },
  );

  test.prop([fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 40 }))], { numRuns: 3000 })(
    'contentLength counts the code points that are letters or digits',
    (text) => {
      expect(contentLength(text)).toBe(contentPoints(text).length);
    },
  );

  test.prop([mixed, fc.nat({ max: 40 })], { numRuns: 2000 })('contentOffset points at the n-th content code point', (text, n) => {
    const offset = contentOffset(text, n);
    const points = contentPoints(text);
    if (n >= points.length) {
      expect(offset).toBeNull();
      return;
    }
    expect(offset).not.toBeNull();
    expect(contentLength(text.slice(0, offset!))).toBe(n);
    expect(CONTENT.test(String.fromCodePoint(text.codePointAt(offset!)!))).toBe(true);
  });

  it('agrees with the definition on every BMP unit of the tabled blocks', () => {
    for (const [from, to] of [[0x80, 0x100], [0x3000, 0x3040], [0xff00, 0xfff0]] as const) {
      for (let code = from; code < to; code++) {
        const char = String.fromCharCode(code);
        expect(contentLength(char), code.toString(16)).toBe(CONTENT.test(char) ? 1 : 0);
      }
    }
  });
});
