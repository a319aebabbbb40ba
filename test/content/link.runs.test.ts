// The link rule reads the view's runs of printable ASCII by hand instead of with the global regex
// /[!-~]{3,4096}/g. The hand reader must hand over every piece the regex finds that can hold a link
// (one with "." or ":"), at the same offset, and nothing the regex does not find.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { forEachLinkRun } from '../../src/content/link.js';
import { makeCorpus } from '../../bench/corpus.mjs';
import { normalizeText } from '../../src/index.js';

type Piece = readonly [string, number];

function regexPieces(view: string): Piece[] {
  return [...view.matchAll(/[!-~]{3,4096}/g)].map((match) => [match[0], match.index] as const);
}

function readerPieces(view: string): Piece[] {
  const pieces: Piece[] = [];
  forEachLinkRun(view, (run, start) => pieces.push([run, start]));
  return pieces;
}

function expectSameLinkPieces(view: string): number {
  const expected = regexPieces(view);
  const actual = readerPieces(view);
  const key = ([run, start]: Piece): string => `${start}:${run}`;
  const expectedKeys = new Set(expected.map(key));
  // Nothing invented...
  for (const piece of actual) expect(expectedKeys.has(key(piece)), key(piece)).toBe(true);
  // ...and nothing that can hold a link left out.
  const actualKeys = new Set(actual.map(key));
  const mayLink = expected.filter(([run]) => run.includes('.') || run.includes(':'));
  for (const piece of mayLink) expect(actualKeys.has(key(piece)), key(piece)).toBe(true);
  return mayLink.length;
}

const PIECES = ['a', 'Z', '0', '9', '.', ':', '/', '//', 'http://', 't.cn', ' ', '，', '中', '%', '~', '!', '\u007f', '\u0020', '\n', 'é'];

describe('link: the hand reader of printable-ASCII runs', () => {
  test.prop([fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''))], { numRuns: 3000 })(
    'hands over what the regex finds that can hold a link',
    (view) => {
      expectSameLinkPieces(view);
    },
  );

  test.prop([fc.string({ maxLength: 60 })], { numRuns: 2000 })('agrees on arbitrary strings', (view) => {
    expectSameLinkPieces(view);
  });

  it('cuts runs longer than 4,096 where the regex does, and drops a rest under 3', () => {
    for (const length of [4095, 4096, 4097, 4098, 4099, 8192, 8194, 8195]) {
      const view = `中${'a.'.repeat(Math.ceil(length / 2)).slice(0, length)}中`;
      expectSameLinkPieces(view);
      expect(readerPieces(view).map(([run]) => run.length)).toEqual(regexPieces(view).map(([run]) => run.length));
    }
  });

  it('agrees on the benchmark corpus, which has links and rates (the comparison is not vacuous)', () => {
    let pieces = 0;
    for (const text of makeCorpus(2_000).messages) pieces += expectSameLinkPieces(normalizeText(text).text);
    expect(pieces).toBeGreaterThan(1_000);
  });
});
