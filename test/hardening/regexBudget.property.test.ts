import { fc, test } from '@fast-check/vitest';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { checkPathBudget } from '../../src/engine/_regexBudget.js';

// Small regexes over a two-letter alphabet, where overlapping branches and quantifiers are likely.
// Only bounded quantifiers: unbounded ones are refused outright (patterns.test.ts).
const regex = fc.letrec((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', '[ab]', '\\w', '.', '[^a]'),
    tie('group'),
  ),
  group: fc.tuple(fc.constantFrom('(?:', '(', '(?=', '(?!'), tie('alternation')).map(([open, body]) => `${open}${body as string})`),
  quantified: fc
    .tuple(tie('atom'), fc.constantFrom('', '', '', '?', '?', '{2}', '{0,3}', '{1,6}', '{0,8}', '??', '{1,3}?'))
    .map(([atom, quantifier]) => `${atom as string}${quantifier}`),
  sequence: fc.array(tie('quantified'), { minLength: 1, maxLength: 4 }).map((items) => (items as string[]).join('')),
  alternation: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((items) => (items as string[]).join('|')),
})).alternation;

describe('the built-in pattern check is sound against recheck', () => {
  it('every pattern the built-in check accepts, recheck proves safe (and it accepts a fair share)', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(regex, fc.constantFrom('', 'u', 's'), (source, flags) => {
        runs += 1;
        if (!checkPathBudget(source, flags).safe) return;
        accepted += 1;
        const diagnostics = checkSync(source, flags, { timeout: 5_000 });
        expect(diagnostics.status, `/${source}/${flags}`).toBe('safe');
      }),
      { numRuns: 400 },
    );
    console.info(`[regex-budget] ${runs} generated patterns, ${accepted} accepted by the built-in check, all proved safe by recheck`);
    expect(accepted).toBeGreaterThan(runs / 20);
  });

  test.prop([fc.string({ maxLength: 40 }), fc.constantFrom('', 'u')])(
    'never throws on any string that compiles as a regex',
    (source, flags) => {
      let compiles = true;
      try {
        new RegExp(source, flags);
      } catch {
        compiles = false;
      }
      fc.pre(compiles);
      const verdict = checkPathBudget(source, flags);
      expect(typeof verdict.safe).toBe('boolean');
    },
  );
});
