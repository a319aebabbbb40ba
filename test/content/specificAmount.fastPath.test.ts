// specific-amount skips the regex where a match is certain to be rejected (bare numbers below 100,
// numerals without a unit). The skip must be invisible: findAmounts with and without it agree.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { findAmounts } from '../../src/content/specificAmount.js';
import { makeCorpus } from '../../bench/corpus.mjs';
import { normalizeText } from '../../src/index.js';

// Pieces that exercise every branch: digits, separators, decimals, thousands commas, numerals, units,
// currencies, spaces, context words, count units and words after which a number is not an amount.
const PIECES = [
  '0', '1', '7', '9', '12', '99', '100', '5000', '.', ',', ' ', '  ', ':', '%', '一', '五', '十', '百', '千', '两', '零', '壹',
  '万', '亿', '元', '千元', '块', '块钱', 'w', 'k', '¥', 'rmb', '人民币', '额度', '可借', '最高', '最高可达', '至', '人', '位',
  '期', '天', '个月', '回复', '年化利率', 'a', '额度最高', '7.2', '0.05', '1,000', '12,345', '3.14159', '千万', '多', '余', '名',
];
const piecesArbitrary = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('specific-amount fast path', () => {
  test.prop([piecesArbitrary], { numRuns: 3000 })('finds exactly what the regex at every start position finds', (view) => {
    expect(findAmounts(view)).toEqual(findAmounts(view, false));
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'0123456789.,% 一二十百千万元wk额度') , maxLength: 40 })], { numRuns: 2000 })(
    'agrees on dense digit/numeral strings too',
    (view) => {
      expect(findAmounts(view)).toEqual(findAmounts(view, false));
    },
  );

  it('agrees on the benchmark corpus, where it finds amounts (the comparison is not vacuous)', () => {
    let found = 0;
    for (const text of makeCorpus(3_000).messages) {
      const view = normalizeText(text).text;
      const amounts = findAmounts(view);
      expect(amounts).toEqual(findAmounts(view, false));
      found += amounts.length;
    }
    expect(found).toBeGreaterThan(20);
  });

  it('still fires where the skip must not apply', () => {
    for (const view of ['额度50万', '可借20000元', '可借五十万', '¥50,000', '7.25万', '最高 5w', '12,345元']) {
      expect(findAmounts(view).length, view).toBeGreaterThan(0);
    }
    for (const view of ['年化利率7.2%', '回复1了解', '3天到账', '一键申请', '326位客户']) {
      expect(findAmounts(view), view).toEqual([]);
    }
  });
});
