import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { homophoneVariants } from '../../src/match/homophoneVariants.js';
import { createLinter, lint, normalizeText } from '../../src/index.js';
import homophones from '../../rules/homophones.json';
import { expectSpellingsOfShippedTermsToBeViews, spellableText } from '../support/spellings.js';

describe('homophoneVariants', () => {
  it('swaps one character at a time for each of its homophones', () => {
    expect(homophoneVariants('黑户可贷')).toEqual(['嘿户可贷', '黑护可贷', '黑户可代', '黑户可袋', '黑户可带']);
    expect(homophoneVariants('最低利率')).toEqual(['醉低利率', '最底利率']);
  });

  it('gives a term of fewer than three Han characters none (淘现货 is no 套现)', () => {
    expect(homophoneVariants('套现')).toEqual([]);
    expect(homophoneVariants('加v')).toEqual([]);
    expect(homophoneVariants('qq群')).toEqual([]);
  });

  it('keeps characters outside the table, and ASCII, as written', () => {
    expect(homophoneVariants('qq加微信')).toEqual(['qq家微信', 'qq嘉微信', 'qq加薇信', 'qq加威信', 'qq加徽信', 'qq加危信', 'qq加溦信', 'qq加微心']);
    expect(homophoneVariants('100%下款')).toEqual([]);
    expect(homophoneVariants('龘龘龘')).toEqual([]);
  });
});

describe('rules/homophones.json', () => {
  it('maps a character to other characters that the normaliser leaves as they are', () => {
    for (const [char, swaps] of Object.entries(homophones.characters)) {
      expect(normalizeText(char).text, char).toBe(char);
      for (const swap of swaps) {
        expect(swap, char).not.toBe(char);
        // A swap the normaliser changes (a traditional form of the character itself) could never be matched.
        expect(normalizeText(swap).text, `${char} → ${swap}`).toBe(swap);
      }
    }
  });
});

describe('homophoneVariants of a view', () => {
  it('are views themselves, for every term of the shipped packs that has them', () => {
    expect(expectSpellingsOfShippedTermsToBeViews('homophones', homophoneVariants)).toBeGreaterThan(100);
  });

  test.prop([spellableText])('every spelling of a view is a view', (text) => {
    const view = normalizeText(text).text;
    for (const variant of homophoneVariants(view)) expect(normalizeText(variant).text).toBe(variant);
  });
});

describe('homophone spellings in lint()', () => {
  it('reports a homophone spelling as the term it spells, with its span, and as an evasion', () => {
    const text = '【XX贷】黑户可代，不看正信。';
    const issues = lint(text).issues;
    const claims = issues.filter((issue) => issue.ruleId === 'misleading-claims').map((issue) => issue.excerpt);
    expect(claims).toEqual(['黑户可代', '不看正信']);
    const evasion = issues.filter((issue) => issue.ruleId === 'evasion');
    expect(evasion.map((issue) => issue.excerpt)).toEqual(['黑户可代', '不看正信']);
    expect(evasion[0]?.message).toContain('「黑户可贷」');
  });

  it('matches a host term with homophones only when the entry asks for it', () => {
    const reported = (linter: ReturnType<typeof createLinter>, text: string): string[] =>
      linter.lint(text).issues.filter((issue) => issue.ruleId === 'misleading-claims').map((issue) => issue.excerpt);
    const asked = createLinter({ terms: { 'misleading-claims': [{ term: '秒批贷', homophones: true }] } });
    const notAsked = createLinter({ terms: { 'misleading-claims': ['秒批贷'] } });
    expect(reported(asked, '【XX贷】妙批贷。')).toEqual(['妙批贷']);
    expect(reported(notAsked, '【XX贷】妙批贷。')).toEqual([]);
  });

  it('refuses a homophones flag that is not a boolean', () => {
    expect(() => createLinter({ terms: { 'misleading-claims': [{ term: '秒批贷', homophones: 'yes' as never }] } })).toThrow(/homophones/);
  });
});
