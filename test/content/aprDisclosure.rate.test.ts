// apr-disclosure reads the rate after a marker by hand instead of with a sticky regex. The regex is
// the specification: both must agree everywhere.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { findDisclosures, rateAfter, rateBefore } from '../../src/content/aprDisclosure.js';
import { makeCorpus } from '../../bench/corpus.mjs';
import { normalizeText } from '../../src/index.js';

// A rate in digits with "%" — perhaps a range, "7.2%-36%" or "7.2-36%", whose value is its higher rate — or spelled
// after 百分之 ("百分之七点二"): whichever starts first after the gap.
const RATE_AFTER_MARKER =
  /[^0-9%]{0,12}?(?:([0-9]{1,4}(?:\.[0-9]{1,4})?) ?%(?: ?[-~至到—–]? ?([0-9]{1,4}(?:\.[0-9]{1,4})?) ?%)?|([0-9]{1,4}(?:\.[0-9]{1,4})?) ?[-~至到—–] ?([0-9]{1,4}(?:\.[0-9]{1,4})?) ?%|百分之((?:[一二两三四五六七八九]?十[一二两三四五六七八九]?|[零〇一二两三四五六七八九])(?:点[零〇一二三四五六七八九]{1,4})?))/y;

/** The value of a spelled rate, read the long way: each numeral's digit, 十 as a place. */
function spelledValue(spelled: string): number {
  const digit = (char: string): number => (char === '两' ? 2 : char === '〇' ? 0 : '零一二三四五六七八九'.indexOf(char));
  const [integer, decimals] = spelled.split('点') as [string, string | undefined];
  const ten = integer.indexOf('十');
  const whole = ten < 0 ? digit(integer) : (ten === 0 ? 1 : digit(integer[0]!)) * 10 + (integer.length > ten + 1 ? digit(integer[ten + 1]!) : 0);
  return decimals === undefined ? whole : Number(`${whole}.${[...decimals].map(digit).join('')}`);
}

// The label after the rate ("7.2%（年化）"): a rate that ends, with an optional space, right before `end`.
const RATE_BEFORE_LABEL = /(?<![0-9.])([0-9]{1,4}(?:\.[0-9]{1,4})?) ?% ?$/;

function beforeByRegex(view: string, end: number): { start: number; value: number } | null {
  const found = RATE_BEFORE_LABEL.exec(view.slice(0, end));
  return found === null ? null : { start: found.index, value: Number(found[1]) };
}

function byRegex(view: string, from: number): { end: number; value: number } | null {
  const scanner = new RegExp(RATE_AFTER_MARKER);
  scanner.lastIndex = from;
  const found = scanner.exec(view);
  if (found === null) return null;
  if (found[3] !== undefined) return { end: scanner.lastIndex, value: Math.max(Number(found[3]), Number(found[4])) };
  if (found[1] === undefined) return { end: scanner.lastIndex, value: spelledValue(found[5]!) };
  return { end: scanner.lastIndex, value: Math.max(Number(found[1]), found[2] === undefined ? 0 : Number(found[2])) };
}

const PIECES = ['0', '1', '7', '24', '12345', '.', '..', ' ', '  ', '%', '-', '~', '至', '36%', '利率', '(单利)', '：', '低至', '起', 'a', '\n', '7.2', '0.0500', '3.14159',
  '百分之', '百分', '百', '七', '十', '二', '两', '零', '〇', '点', '八'];
const viewArbitrary = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((parts) => parts.join(''));

const denseArbitrary = fc.string({ unit: fc.constantFrom(...'0123456789. %利率x-至'), maxLength: 30 });
const spelledArbitrary = fc
  .array(fc.constantFrom('百分之', ...'百分之零〇一二两七十点八%1 利'), { maxLength: 24 })
  .map((parts) => parts.join(''));

/** Both readers against their regex: at random offsets of piece-built views, and at every offset of dense ones. */
function agreesWithRegex(name: string, read: (view: string, at: number) => unknown, reference: (view: string, at: number) => unknown): void {
  test.prop([viewArbitrary, fc.nat(40)], { numRuns: 20000 })(`${name}: matches the regex at every offset`, (view, offset) => {
    const at = Math.min(offset, view.length);
    expect(read(view, at)).toEqual(reference(view, at));
  });

  test.prop([denseArbitrary], { numRuns: 5000 })(`${name}: matches the regex on dense digit strings`, (view) => {
    for (let at = 0; at <= view.length; at++) expect(read(view, at)).toEqual(reference(view, at));
  });
}

describe('apr-disclosure: the rate after a marker', () => {
  agreesWithRegex('rateAfter', rateAfter, byRegex);

  test.prop([spelledArbitrary], { numRuns: 5000 })('rateAfter: matches the regex on dense spelled rates', (view) => {
    for (let at = 0; at <= view.length; at++) expect(rateAfter(view, at)).toEqual(byRegex(view, at));
  });

  it('reads a rate spelled after 百分之', () => {
    expect(rateAfter('利率百分之七点二起', 0)).toEqual({ end: 8, value: 7.2 });
    expect(rateAfter('利率(单利)百分之十八', 0)).toEqual({ end: 11, value: 18 });
    expect(rateAfter('：百分之二十四', 0)).toEqual({ end: 7, value: 24 });
    expect(rateAfter('百分之零点零五', 0)).toEqual({ end: 7, value: 0.05 });
    expect(rateAfter('百分之点五', 0)).toBeNull();
    expect(rateAfter('百分百', 0)).toBeNull();
  });

  it('reads a range as its higher rate, whatever joins the two, with or without a % after the lower rate', () => {
    for (const view of ['利率7.2%-36%起', '利率7.2%36%起', '利率7.2%至36%起', '利率7.2% 到 36%起', '利率7.2%~36%起', '利率7.2%—36%起', '利率7.2-36%起', '利率7.2至36%起', '利率7.2 - 36%起']) {
      expect(rateAfter(view, 0), view).toEqual({ end: view.length - 1, value: 36 });
    }
    expect(rateAfter('利率18%至7.2%', 0)).toEqual({ end: 10, value: 18 });
    expect(rateAfter('利率7.2%，最高36期', 0)).toEqual({ end: 6, value: 7.2 });
  });

  it('finds the disclosures of the benchmark corpus exactly where the regex does', () => {
    let found = 0;
    for (const text of makeCorpus(2_000).messages) {
      const view = normalizeText(text).text;
      for (let from = view.indexOf('年化'); from >= 0; from = view.indexOf('年化', from + 1)) {
        expect(rateAfter(view, from + 2)).toEqual(byRegex(view, from + 2));
      }
      found += findDisclosures(view).length;
    }
    expect(found).toBeGreaterThan(200);
  });

  it('reads the documented shapes', () => {
    expect(rateAfter('利率(单利)7.2%起', 0)).toEqual({ end: 10, value: 7.2 });
    expect(rateAfter('：18 %', 0)).toEqual({ end: 5, value: 18 });
    expect(rateAfter('12345%', 0)).toBeNull();
    expect(rateAfter('一二三四五六七八九十一二三7%', 0)).toBeNull();
  });

});

describe('apr-disclosure: the rate before a label ("7.2%（年化）")', () => {
  it('reads a ceiling in the next clause as part of the disclosure (年化利率低至7.2%，最高35.9%)', () => {
    const found = (text: string) => findDisclosures(normalizeText(text).text).map((apr) => [apr.rate, apr.viewEnd]);
    expect(found('年化利率低至7.2%，最高35.9%')).toEqual([[35.9, 18]]);
    expect(found('年化利率7.2% 最高18%起')).toEqual([[18, 13]]);
    // 最高 that names no rate is no ceiling; nor is a rate further away.
    expect(found('年化利率7.2%，最高可借5万')).toEqual([[7.2, 8]]);
    expect(found('年化利率7.2%，额度最高36%')).toEqual([[7.2, 8]]);
    // Written with words, after a label, or after a semicolon; a share after the number is no rate.
    expect(found('年化利率7.2%，最高不超过35.9%')).toEqual([[35.9, 19]]);
    expect(found('年化利率7.2%(单利)起;最高36%')).toEqual([[36, 19]]);
    expect(found('年化利率7.2%起，上限为36%')).toEqual([[36, 16]]);
    expect(found('年化利率7.2%，最高80%贷款比例')).toEqual([[7.2, 8]]);
  });

  it('finds a labelled rate with 起 before the label, or label words before the marker', () => {
    const rates = (text: string) => findDisclosures(normalizeText(text).text).map((apr) => apr.rate);
    expect(rates('利率3.1%（年化，单利）')).toEqual([3.1]);
    expect(rates('利率3.1%起（年化，单利）')).toEqual([3.1]);
    expect(rates('利率3.1%（单利，年化）')).toEqual([3.1]);
    expect(rates('利率3.1%起（单利、年化）')).toEqual([3.1]);
    // Anything else between the rate and the marker is no label of that rate.
    expect(rates('利率3.1%（以合同为准，年化）')).toEqual([]);
    expect(rates('利率3.1%起步（年化）')).toEqual([]);
  });

  agreesWithRegex('rateBefore', rateBefore, beforeByRegex);

  it('reads the documented shapes before a label', () => {
    expect(rateBefore('利率3.1%', 6)).toEqual({ start: 2, value: 3.1 });
    expect(rateBefore('利率36 % ', 7)).toEqual({ start: 2, value: 36 });
    expect(rateBefore('12345%', 6)).toBeNull();
    expect(rateBefore('1.2.3%', 6)).toBeNull();
    expect(rateBefore('利率%', 3)).toBeNull();
  });
});
