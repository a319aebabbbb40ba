// apr-disclosure reads the rate after a marker by hand instead of with a sticky regex. The regex is
// the specification: both must agree everywhere.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { findDisclosures, rateAfter, rateBefore } from '../../src/content/aprDisclosure.js';
import { makeCorpus } from '../../bench/corpus.mjs';
import { normalizeText } from '../../src/index.js';

const RATE_AFTER_MARKER = /[^0-9%]{0,12}?([0-9]{1,4}(?:\.[0-9]{1,4})?) ?%/y;

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
  return found === null ? null : { end: scanner.lastIndex, value: Number(found[1]) };
}

const PIECES = ['0', '1', '7', '24', '12345', '.', '..', ' ', '  ', '%', '利率', '(单利)', '：', '低至', '起', 'a', '\n', '7.2', '0.0500', '3.14159'];
const viewArbitrary = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((parts) => parts.join(''));

const denseArbitrary = fc.string({ unit: fc.constantFrom(...'0123456789. %利率x'), maxLength: 30 });

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
  agreesWithRegex('rateBefore', rateBefore, beforeByRegex);

  it('reads the documented shapes before a label', () => {
    expect(rateBefore('利率3.1%', 6)).toEqual({ start: 2, value: 3.1 });
    expect(rateBefore('利率36 % ', 7)).toEqual({ start: 2, value: 36 });
    expect(rateBefore('12345%', 6)).toBeNull();
    expect(rateBefore('1.2.3%', 6)).toBeNull();
    expect(rateBefore('利率%', 3)).toBeNull();
  });
});
