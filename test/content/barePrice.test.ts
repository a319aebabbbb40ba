import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compileBarePrice, findBarePrices } from '../../src/content/_barePrice.js';
import { normalizeText } from '../../src/index.js';
import pack from '../../rules/apr-disclosure.json';

const { clauseBreaks } = pack.settings;
const barePrice = compileBarePrice(pack.settings.barePrice);
const prices = (text: string) => {
  const view = normalizeText(text).text;
  return findBarePrices(view, clauseBreaks, barePrice).map((price) => ({ excerpt: view.slice(price.viewStart, price.viewEnd), periodic: price.periodic }));
};

describe('findBarePrices', () => {
  it('reads a percentage after a fee word, or after a loan word with a lead or a tail', () => {
    expect(prices('分期手续费0.6%')).toEqual([{ excerpt: '0.6%', periodic: false }]);
    expect(prices('贷款低至3.6%')).toEqual([{ excerpt: '3.6%', periodic: false }]);
    expect(prices('借款3.6%起')).toEqual([{ excerpt: '3.6%', periodic: false }]);
    expect(prices('信用卡手续费：仅需0.3%')).toEqual([{ excerpt: '0.3%', periodic: false }]);
  });

  it('marks daily and monthly rates periodic, by their unit or their lead', () => {
    expect(prices('借款0.05%/天')).toEqual([{ excerpt: '0.05%', periodic: true }]);
    expect(prices('借款每天仅需万分之五')).toEqual([{ excerpt: '万分之五', periodic: true }]);
    expect(prices('借款0.03%每天')).toEqual([{ excerpt: '0.03%', periodic: true }]);
    expect(prices('借款3厘/月')).toEqual([{ excerpt: '3厘', periodic: true }]);
  });

  it('reads a price only in a clause about credit: a debit card, a transfer or a trade has fees, not prices of credit', () => {
    for (const text of ['借记卡境外取现手续费1%', '跨行汇款手续费0%', '股票交易手续费万分之一', '加油立减5% 日限1次']) expect(prices(text), text).toEqual([]);
    expect(prices('信用卡取现手续费1%')).toEqual([{ excerpt: '1%', periodic: false }]);
  });

  it('leaves a bare loan figure without a lead or tail alone, and shares, rewards and down payments', () => {
    for (const text of ['贷款额度30%', '贷款额度提升30%', '购车首付低至20%', '借款通过率95%', '借款满1万返现5%', '满意度99%', '100%下款', '%', '.5%', '厘',
      '分期低至20%首付', '借款仅5%的客户', '房贷可贷70%期限30年', '贷款0.5%月月返', '分期手续费0%', '分期手续费0.00%']) {
      expect(prices(text), text).toEqual([]);
    }
  });

  // The reader clears most numbers by the unit before them; a reader that looks at every number must agree.
  test.prop([fc.string({ unit: fc.constantFrom(...'0123456789.% 万分之五厘借款贷低至起天月每仅需：:，手续费首付'), maxLength: 60 })])(
    'finds what a reader without the one-look shortcut finds',
    (text) => {
      const view = normalizeText(text).text;
      const everyNumber = { settings: barePrice.settings, lastUnits: { has: () => true } as unknown as ReadonlySet<number> };
      expect(findBarePrices(view, clauseBreaks, barePrice)).toEqual(findBarePrices(view, clauseBreaks, everyNumber));
    },
  );

  test.prop([fc.string({ unit: fc.constantFrom(...'0123456789.% 万分之五厘借款贷低至起天，手续费首付'), maxLength: 60 })])(
    'finds, in text order, only spans of the view that end in %, 厘 or a numeral after 万分之',
    (text) => {
      const view = normalizeText(text).text;
      let last = 0;
      for (const price of findBarePrices(view, clauseBreaks, barePrice)) {
        expect(price.viewStart).toBeGreaterThanOrEqual(last);
        expect(price.viewEnd).toBeLessThanOrEqual(view.length);
        expect(price.viewStart).toBeLessThan(price.viewEnd);
        expect(/(%|厘|^万分之.+)$/.test(view.slice(price.viewStart, price.viewEnd))).toBe(true);
        last = price.viewEnd;
      }
    },
  );
});
