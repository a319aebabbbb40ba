import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ComplianceConfigError, normalizeText } from '../../src/index.js';
import { textArbitrary } from '../support/arbitraries.js';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildPack } from '../../scripts/build-traditional-table.mjs';
import traditional from '../../rules/traditional.json';
import { toSimplified } from '../../src/normalize/traditionalTable.js';

describe('normalizeText', () => {
  it.each([
    ['最 低 利 息', '最低利息'],
    ['最*低*利*息', '最低利息'],
    ['最低利\u200b息', '最低利息'],
    ['贷💰款', '贷款'],
    ['貸款', '贷款'],
    ['１００％下款', '100%下款'],
    ['1 0 0 % 下款', '100%下款'],
    ['①②③', '123'],
    ['ＶＸ加我', 'vx加我'],
    ['最\u3000低', '最低'],
    // Combining marks on a Han character decorate it and split the word like any symbol.
    ['秒\u0301批', '秒批'],
    ['秒\u20dd批', '秒批'],
    // houbb/sensitive-word's own example of a symbol evasion is 傻@冒 (regulatory-basis F1).
    ['最@低@利@率', '最低利率'],
    ['不&看&征$信', '不看征信'],
    ['１３８＠１２３４＠５６７８', '13812345678'],
    // Hangul fillers are letters by category but render as nothing: default-ignorable, like zero-width spaces.
    ['秒\u3164批', '秒批'],
    ['秒\uffa0批', '秒批'],
    ['秒+批', '秒批'],
    ['秒 + 批', '秒批'],
    // Dashes split a word like a hyphen; a Latin letter with a tone mark is its base letter (pinyin).
    ['秒—批', '秒批'],
    ['秒–批', '秒批'],
    ['miǎo批', 'miao批'],
    // NFKC spells Ǆ as two letters, one with a mark: each is folded, as if typed one by one (found by idempotence).
    ['Ǆ', 'dz'],
    ['Jiā Wēi Xìn', 'jia wei xin'],
    ['1—0—0%', '100%'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it.each([
    ['年化利率7.2%', '年化利率7.2%'],
    ['t.cn/abc', 't.cn/abc'],
    ['dai kuan', 'dai kuan'],
    ['详询 95588', '详询95588'],
    ['0.5 %', '0.5%'],
    ['v 1', 'v 1'],
    ['abc@qq.com', 'abc@qq.com'],
    ['xxbank.com/a#b', 'xxbank.com/a#b'],
    // `#` marks template variables, so it stays even between Han characters.
    ['尊敬的#name#您好', '尊敬的#name#您好'],
    ['秒#批', '秒#批'],
    ['r&d', 'r&d'],
    // A plus before a Latin letter belongs to a contact handle ("咨询+V：abc123"), not to a spacing trick.
    ['咨询+V', '咨询+v'],
    ['详情➕Q', '详情➕q'],
    ['咨询 +V', '咨询 +v'],
    ['7.2-36%', '7.2-36%'],
    ['7.2—36%', '7.2—36%'],
    ['10~20万', '10~20万'],
    ['2026-12-05', '2026-12-05'],
  ])('keeps meaningful separators: %j → %j', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps every unit of the view back to the characters it came from', () => {
    const view = normalizeText('最 低 利\u200b息');
    expect(view.text).toBe('最低利息');
    expect([...view.starts]).toEqual([0, 2, 4, 6]);
    expect([...view.ends]).toEqual([1, 3, 5, 7]);
  });

  it('maps both units of an NFKC expansion to the one original character', () => {
    const view = normalizeText('㎡');
    expect(view.text).toBe('m2');
    expect([...view.starts]).toEqual([0, 0]);
    expect([...view.ends]).toEqual([1, 1]);
  });

  it('keeps lone surrogates and emoji without throwing', () => {
    expect(normalizeText('\ud800a\udc00').text).toBe('\ud800a\udc00');
    expect(normalizeText('😀').text).toBe('😀');
  });

  // ･ (half-width katakana middle dot) is no separator itself but folds to ・, which is one: judged on the
  // folded character, it is dropped between Han characters like ・, so normalising is idempotent and
  // "最･低利息" cannot slip past the term rules. (Found by the idempotence property below.)
  it('treats a character that folds to a separator as a separator', () => {
    expect(normalizeText('最･低利息').text).toBe('最低利息');
    expect(normalizeText('豈･Ⰰ').text).toBe(normalizeText(normalizeText('豈･Ⰰ').text).text);
    expect(normalizeText('a･b').text).toBe('a・b');
  });

  it('rejects a non-string with ComplianceConfigError', () => {
    expect(() => normalizeText(5 as never)).toThrowError(ComplianceConfigError);
  });

  test.prop([textArbitrary])('offsets are ordered and inside the original', (text) => {
    const view = normalizeText(text);
    expect(view.starts.length).toBe(view.text.length);
    for (let i = 0; i < view.text.length; i++) {
      expect(view.starts[i]!).toBeLessThan(view.ends[i]!);
      expect(view.ends[i]!).toBeLessThanOrEqual(text.length);
      if (i > 0) expect(view.starts[i]!).toBeGreaterThanOrEqual(view.starts[i - 1]!);
    }
  });

  it('keeps the offsets of a view much longer than its text (NFKC expansion past the scratch)', () => {
    // U+FDFA is one character that NFKC spells with 18: the view outgrows a buffer sized for the text.
    const text = `【${'\ufdfa'.repeat(3)}】`;
    const view = normalizeText(text);
    expect(view.text.length).toBeGreaterThan(text.length + 16);
    expect(view.ends.length).toBe(view.text.length);
    expect(view.starts.slice(1, 4)).toEqual([1, 1, 1]);
    expect(view.ends.slice(1, 4)).toEqual([2, 2, 2]);
    expect(view.ends[view.ends.length - 1]).toBe(text.length);
  });

  // The normaliser records only where each unit's code point starts; the end follows from the original.
  test.prop([fc.string({ unit: 'binary', maxLength: 60 })], { numRuns: 2000 })(
    'maps every view unit to exactly the code point it came from',
    (text) => {
      const view = normalizeText(text);
      for (let i = 0; i < view.text.length; i++) {
        const start = view.starts[i]!;
        expect(view.ends[i]! - start).toBe(text.codePointAt(start)! > 0xffff ? 2 : 1);
      }
    },
  );

  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 })])('is idempotent on text without separators to fold', (text) => {
    const once = normalizeText(text).text;
    expect(normalizeText(once).text).toBe(once);
  });
});

describe('rules/traditional.json', () => {
  it('is exactly what scripts/build-traditional-table.mjs generates from the rule packs (run it after editing rules/)', () => {
    expect(traditional).toEqual(buildPack());
  });

  it('maps one unit of U+4E00–U+9FFF to one unit of that range, so a reading keeps every offset', () => {
    const inRange = (char: string) => char.length === 1 && char >= '\u4e00' && char <= '\u9fff';
    for (const [from, to] of Object.entries(traditional.characters)) expect([from, to].every(inRange), `${from} → ${to}`).toBe(true);
  });
});

describe('toSimplified', () => {
  it('swaps each traditional character of the table for its simplified form, in place', () => {
    expect(toSimplified('拒收請回復R')).toBe('拒收请回复R');
    expect(toSimplified('【XX銀行】賬單')).toBe('【XX银行】账单');
  });

  it('returns the text itself when there is nothing to swap (覆 is a simplified character too)', () => {
    for (const text of ['', '拒收请回复R', '回覆1', '😀\ud800a']) expect(toSimplified(text)).toBe(text);
  });

  const mixed = fc
    .array(fc.oneof(fc.constantFrom(...Object.keys(traditional.characters)), fc.constantFrom('拒', '回', 'R', '😀', '\ud800', '')), { maxLength: 40 })
    .map((parts) => parts.join(''));
  /** The table applied one code point at a time: the definition the fast reader must agree with. */
  const byCodePoint = (text: string): string => [...text].map((char) => (traditional.characters as Record<string, string>)[char] ?? char).join('');
  test.prop([fc.oneof(textArbitrary, mixed)])('has the length of the text and maps it code point by code point', (text) => {
    const reading = toSimplified(text);
    expect(reading.length).toBe(text.length);
    expect(reading).toBe(byCodePoint(text));
  });
});
