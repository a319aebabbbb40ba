import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { pinyinVariants } from '../../src/match/pinyinVariants.js';
import { createLinter, lint, normalizeText } from '../../src/index.js';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildPack, buildTable } from '../../scripts/build-pinyin-table.mjs';
import pinyin from '../../rules/pinyin.json';
import { expectSpellingsOfShippedTermsToBeViews, spellableText } from '../support/spellings.js';

describe('pinyinVariants', () => {
  it('spells each Han character of a two-character term in pinyin, one at a time', () => {
    expect(pinyinVariants('秒批').sort()).toEqual(['miao批', '秒pi'].sort());
  });

  it('adds the all-pinyin spelling for three Han characters or more', () => {
    expect(pinyinVariants('加微信')).toEqual(expect.arrayContaining(['jia微信', '加wei信', '加微xin', 'jiaweixin', 'jia wei xin']));
    expect(pinyinVariants('加微信')).toHaveLength(5);
    // A term with a Latin part has no syllable-by-syllable spelling ("100%" has no syllables to space).
    expect(pinyinVariants('qq群号码').filter((variant) => variant.includes(' '))).toEqual([]);
  });

  it('gives no all-pinyin spelling of a two-character term (jiawei, huixin are names)', () => {
    expect(pinyinVariants('加薇')).not.toContain('jiawei');
    expect(pinyinVariants('徽信')).not.toContain('huixin');
  });

  it('keeps the reading a character has inside a term as well as its common one', () => {
    // 行 is xing alone and hang in 银行: a term with 银行 needs both, one with 行动 only xing.
    const readingsOf = (table: Record<string, string>, char: string): string[] =>
      Object.entries(table).filter(([, chars]) => chars.includes(char)).map(([syllable]) => syllable).sort();
    expect(readingsOf(buildTable(['银行卡']), '行')).toEqual(['hang', 'xing']);
    expect(readingsOf(buildTable(['行动']), '行')).toEqual(['xing']);
  });

  it('keeps ASCII parts and leaves a term with one Han character alone', () => {
    expect(pinyinVariants('加v')).toEqual([]);
    expect(pinyinVariants('qq群')).toEqual([]);
    expect(pinyinVariants('100%下款')).toEqual(expect.arrayContaining(['100%xia款', '100%下kuan']));
  });

  it('keeps characters outside the table as written', () => {
    // 龘 is in no shipped term, so only 秒 is spelled out.
    expect(pinyinVariants('秒龘')).toEqual(['miao龘']);
    expect(pinyinVariants('秒龘批')).not.toContain('miaopi');
  });
});

describe('pinyinVariants of a view', () => {
  it('are views themselves, for every term of the shipped packs that has them', () => {
    expect(expectSpellingsOfShippedTermsToBeViews('pinyin', pinyinVariants)).toBeGreaterThan(500);
  });

  it('are views themselves next to kept separators, digits and ASCII words', () => {
    for (const term of ['100%下款', '秒批 。', '。秒批', 'vip秒批', '秒批app', '1 2秒批', '最·低·利·息', 'Ａ貸款']) {
      const view = normalizeText(term).text;
      for (const variant of pinyinVariants(view)) expect(normalizeText(variant).text, `${term} → ${variant}`).toBe(variant);
    }
  });
});

describe('pinyinVariants, property', () => {
  test.prop([spellableText])('every spelling of a view is a view', (text) => {
    const view = normalizeText(text).text;
    for (const variant of pinyinVariants(view)) expect(normalizeText(variant).text).toBe(variant);
  });
});

describe('pinyin spellings in lint()', () => {
  it('reports a pinyin spelling as the term it spells, with its span, and as an evasion', () => {
    const text = '【XX银行】加wei信了解详情，年化利率(单利)7.2%起。拒收请回复R';
    const issues = lint(text).issues;
    const contact = issues.find((issue) => issue.ruleId === 'contact-channel');
    expect(contact?.excerpt).toBe('加wei信');
    expect(text.slice(contact!.start, contact!.end)).toBe('加wei信');
    const evasion = issues.find((issue) => issue.ruleId === 'evasion');
    expect(evasion?.message).toContain('「加微信」');
  });

  it('matches across case and a space between the pinyin and the Han character', () => {
    expect(lint('【XX贷】Miao 批到账。').issues.map((issue) => issue.ruleId)).toContain('misleading-claims');
  });

  it('matches a term of three Han characters typed a syllable at a time, one space between', () => {
    const contact = (text: string) => lint(text).issues.filter((issue) => issue.ruleId === 'contact-channel').map((issue) => issue.excerpt);
    expect(contact('【XX银行】详情 Jia Wei Xin 咨询。')).toEqual(['Jia Wei Xin']);
    expect(contact('【XX银行】详情 jia  wei xin 咨询。')).toEqual([]);
  });

  it('does not flag pinyin that spells no term, or a pinyin run glued to other letters', () => {
    const ids = (text: string): string[] => lint(text).issues.map((issue) => issue.ruleId);
    expect(ids('【XX银行】客户经理Jiawei与Huixin合作。')).not.toContain('contact-channel');
    expect(ids('【XX银行】关注Weibo信息。')).not.toContain('contact-channel');
    expect(ids('【XX贷】emiao批到账。')).not.toContain('misleading-claims');
  });

  it('matches a host term spelled in pinyin only when the entry asks for it', () => {
    const term = { term: '电审快放', pinyin: true } as const;
    const withPinyin = createLinter({ terms: { 'misleading-claims': [term] } });
    const without = createLinter({ terms: { 'misleading-claims': ['电审快放'] } });
    const reported = (linter: typeof without, text: string): string[] =>
      linter.lint(text).issues.filter((issue) => issue.ruleId === 'misleading-claims').map((issue) => issue.excerpt);
    expect(reported(withPinyin, '【XX贷】dian审快放。')).toEqual(['dian审快放']);
    // Tone marks fold to the base letter in the view, so pinyin typed with tones is the same spelling.
    expect(reported(withPinyin, '【XX贷】diànshěnkuàifàng。')).toEqual(['diànshěnkuàifàng']);
    expect(reported(withPinyin, '【XX贷】dianshenkuaifang。')).toEqual(['dianshenkuaifang']);
    expect(reported(without, '【XX贷】dian审快放。')).toEqual([]);
    // A character outside rules/pinyin.json (瞬) keeps only its Han form.
    const outside = createLinter({ terms: { 'misleading-claims': [{ term: '瞬时放款', pinyin: true }] } });
    expect(reported(outside, '【XX贷】shun时放款。')).toEqual([]);
    expect(reported(outside, '【XX贷】瞬shi放款。')).toEqual(['瞬shi放款']);
  });

  it('refuses a pinyin flag that is not a boolean', () => {
    expect(() => createLinter({ terms: { 'misleading-claims': [{ term: '电审快放', pinyin: 'yes' as never }] } })).toThrow(/pinyin/);
  });
});

describe('rules/pinyin.json', () => {
  it('is exactly what scripts/build-pinyin-table.mjs generates from the rule packs (run it after editing rules/)', () => {
    expect(pinyin).toEqual(buildPack());
  });
});
