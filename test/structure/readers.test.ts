// The hand-written readers of reply options and unsubscribe statements replace anchored regexes; the
// regexes stay here as the reference, and the readers must answer exactly what they answer, on fuzzed
// text dense in the characters both grammars care about.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readOption, readUnsubscribe } from '../../src/structure/_readers.js';
import { isUnsubscribeStatement } from '../../src/structure/dataSchema.js';

// Digits and letters may be full width ("拒收请回复Ｒ"); keys are returned as ASCII (NFKC of the key).
// A space (ASCII or U+3000) may follow 回复 ("回复 1"), and one may stand before the label ("回复 1 了解").
// Quotes: " ' and the Chinese “ ‘ 「 『 (opening), ” ’ 」 』 (closing). "数字" may name the key after 回复.
const OPEN = `["'“‘「『]`;
const CLOSE = `["'”’」』]`;
const NEXT_OPTION = `回(?:[复覆][ \u3000]?(?:数字)?)?${OPEN}?[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]`;
const OPTION = new RegExp(
  `^(?:回[复覆][ \u3000]?(?:数字)?${OPEN}?(?<k1>[0-9０-９]{1,2}|[A-Za-zＡ-Ｚａ-ｚ]{1,4})|回${OPEN}?(?<k2>[0-9０-９]{1,2}))${CLOSE}?(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])` +
    `(?:[ \u3000](?=(?!${NEXT_OPTION})\\p{Script=Han}))?(?<label>(?:(?!${NEXT_OPTION})\\p{Script=Han}){0,12})`,
  'u',
);
// The unsubscribe grammar as the regex the structure check used before the reader, with full-width keys,
// 覆 for 复, a space after 回(复) and quotes around the key added.
const KEY_LETTERS = '[A-Za-zＡ-Ｚａ-ｚ]';
const UNSUBSCRIBE_SOURCE =
  `(?:拒收|退订)请?回[复覆]?[ \u3000]?${OPEN}?(?<k1>${KEY_LETTERS}{1,4})(?!${KEY_LETTERS})${CLOSE}?` +
  `|回[复覆]?[ \u3000]?${OPEN}?(?<k2>${KEY_LETTERS}{1,4})${CLOSE}?[ \u3000]?(?:退订|拒收)`;
const UNSUBSCRIBE_AT = new RegExp(`^(?:${UNSUBSCRIBE_SOURCE})`, 'u');
const UNSUBSCRIBE_WHOLE = new RegExp(`^(?:${UNSUBSCRIBE_SOURCE})$`, 'u');

// Pieces of both grammars, their near misses, Han inside and outside the fast range, astral Han (𠀀),
// a lone surrogate and a NUL.
const PIECES = [
  '回', '复', '回复', '请', '拒收', '退订', '拒', '订', '1', '12', '123', 'R', 'T', 'TD', 'td', 'ABCDE', 'x', '"', "'", '“', '”',
  '了解', '详情', '了解详情预约回电了解详情', '⺀', '㐀', '々', '！', 'ａ', 'Ｒ', 'ｔｄ', '１', '１２', '＠', '一', '龥', '鿿', '〇', '𠀀', '\ud800', '\u0000', '。', '，', ' ', '\u3000', '回复 ', ' 了解', 'a1', '9', '覆', '回覆', 'R"', ' R', '‘', '’', '「', '」', '数字', '回复数字',
];
const piecesArbitrary = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));
// Near-grammatical sequences: an opener, maybe a quote, a key-like run, maybe a quote, what follows.
const pick = (...options: string[]) => fc.constantFrom(...options);
const nearMiss = fc
  .tuple(
    pick('回', '回复', '回复 ', '回 ', '拒收请回复', '退订回', '拒收回', '退订请回', '回覆', '拒收请回覆 ', '退订回 '),
    pick('', '"', "'", '“', '”', '‘', '「', '数字', '数字“'),
    pick('1', '12', '123', 'R', 'TD', 'ABCD', 'ABCDE', '1A', '', 'Ｒ', '１', 'Ｔd', '１２３'),
    pick('', '"', "'", '“', '”', '’', '」'),
    pick('', 'x', '7', '退订', '拒收', ' 退订', '了解详情', ' 了解', ' 回复 2', '𠀀𠀀', '回复2', '回3', '，'),
  )
  .map((parts) => parts.join(''));
const textArbitrary = fc.oneof(piecesArbitrary, fc.array(nearMiss, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')));

function referenceOption(text: string, at: number, limit: number) {
  const m = OPTION.exec(text.slice(at, limit));
  if (!m) return null;
  return { end: at + m[0].length, key: (m.groups!['k1'] ?? m.groups!['k2']!).normalize('NFKC'), label: m.groups!['label']! };
}

function referenceUnsubscribe(text: string, at: number, limit: number, blocked: ReadonlySet<number>) {
  let masked = '';
  for (let i = 0; i < limit; i++) masked += blocked.has(i) ? '\u0000' : text[i];
  const m = UNSUBSCRIBE_AT.exec(masked.slice(at));
  if (!m) return null;
  return { end: at + m[0].length, key: (m.groups!['k1'] ?? m.groups!['k2']!).normalize('NFKC').toUpperCase() };
}

describe('readOption', () => {
  test.prop([textArbitrary, fc.nat()], { numRuns: 3000 })('reads what the anchored option pattern matches, at every offset', (text, b) => {
    for (let at = 0; at < text.length; at++) {
      for (const limit of [text.length, at + (b % (text.length - at + 1))]) {
        expect(readOption(text, at, limit)).toEqual(referenceOption(text, at, limit));
      }
    }
  });

  it('reads keys, quotes and labels (the comparison is not vacuous)', () => {
    expect(readOption('回复1了解详情，回复2', 0, 11)).toEqual({ end: 7, key: '1', label: '了解详情' });
    expect(readOption('回复“TD”退订', 0, 8)).toEqual({ end: 8, key: 'TD', label: '退订' });
    expect(readOption('回1查看额度回2预约', 0, 10)).toEqual({ end: 6, key: '1', label: '查看额度' });
    expect(readOption('返回App', 1, 5)).toBeNull();
    expect(readOption('回复123', 0, 5)).toBeNull();
    expect(readOption('回复１了解', 0, 5)).toEqual({ end: 5, key: '1', label: '了解' });
    expect(readUnsubscribe('拒收请回复ｒ', 0)).toEqual({ end: 6, key: 'R' });
  });
});

describe('readUnsubscribe', () => {
  test.prop([textArbitrary, fc.nat(), fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 6 })], { numRuns: 3000 })(
    'reads what the unsubscribe pattern matches at every offset, masked units read as NUL',
    (text, b, blockedList) => {
      const blocked = new Set(blockedList);
      for (let at = 0; at < text.length; at++) {
        for (const limit of [text.length, at + (b % (text.length - at + 1))]) {
          expect(readUnsubscribe(text, at, limit, (index) => blocked.has(index))).toEqual(referenceUnsubscribe(text, at, limit, blocked));
        }
      }
    },
  );

  test.prop([textArbitrary])('decides whole statements (accepted formats in config) as the whole-text pattern does', (text) => {
    expect(isUnsubscribeStatement(text)).toBe(UNSUBSCRIBE_WHOLE.test(text));
  });

  it('reads both word orders and refuses near misses (the comparison is not vacuous)', () => {
    expect(readUnsubscribe('拒收请回复R', 0)).toEqual({ end: 6, key: 'R' });
    expect(readUnsubscribe('回td退订', 0)).toEqual({ end: 5, key: 'TD' });
    expect(readUnsubscribe('退订回TDX', 0)).toEqual({ end: 6, key: 'TDX' });
    expect(readUnsubscribe('退订回ABCDE', 0)).toBeNull();
    expect(readUnsubscribe('回R拒', 0)).toBeNull();
    expect(readUnsubscribe('拒收请回复R', 0, 6, (index) => index === 3)).toBeNull();
  });
});
