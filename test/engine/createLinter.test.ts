import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLinter, defineRule } from '../../src/index.js';
import { configError } from '../support/configError.js';


describe('createLinter', () => {
  it('rejects an unknown rule id, naming the path and a close match', () => {
    const error = configError(() => createLinter({ rules: { 'absolute-term': 'off' } }));
    expect(error.path).toBe('config.rules.absolute-term');
    expect(error.message).toContain('did you mean "absolute-terms"');
  });

  it('rejects unknown keys and wrong types with their paths', () => {
    expect(configError(() => createLinter({ rule: {} } as never)).message).toMatch(/rule/);
    expect(configError(() => createLinter({ rules: { link: 'loud' } } as never)).path).toBe('config.rules.link');
    expect(configError(() => createLinter(42 as never)).path).toBe('config');
  });

  it('rejects prototype-polluting keys in configs parsed from JSON', () => {
    const config = JSON.parse('{"rules": {"__proto__": {"severity": "off"}}}') as object;
    const error = configError(() => createLinter(config));
    expect(error.path).toBe('config.rules.__proto__');
    expect(({} as Record<string, unknown>).severity).toBeUndefined();
  });

  it('turns a rule off and overrides severities', () => {
    const text = '【XX银行】最低利息';
    const off = createLinter({ rules: { 'absolute-terms': 'off' } }).lint(text);
    expect(off.issues.some((issue) => issue.ruleId === 'absolute-terms')).toBe(false);
    const warn = createLinter({ rules: { 'absolute-terms': { severity: 'warning' } } }).lint(text);
    expect(warn.issues.find((issue) => issue.ruleId === 'absolute-terms')?.severity).toBe('warning');
  });

  it('validates rule options and applies them', () => {
    expect(configError(() => createLinter({ rules: { link: { options: { allowedDomains: 'x.com' } } } })).path).toBe(
      'config.rules.link.options.allowedDomains',
    );
    expect(configError(() => createLinter({ rules: { placeholder: { options: {} } } })).message).toContain('takes no options');
    const linter = createLinter({ rules: { link: { options: { allowedDomains: ['example.com'] } } } });
    const issues = linter.lint('【XX银行】访问 https://www.other.cn/a 了解').issues.filter((issue) => issue.ruleId === 'link');
    expect(issues.map((issue) => [issue.severity, issue.excerpt])).toEqual([['warning', 'https://www.other.cn/a']]);
    expect(linter.lint('【XX银行】访问 https://loan.example.com/a 了解').issues.some((issue) => issue.ruleId === 'link')).toBe(false);
  });

  it('adds extra terms to a term rule, found through the same normalisation', () => {
    const linter = createLinter({ terms: { 'misleading-claims': ['闪电放款', { term: '贷款', severity: 'warning', message: '测试：{term}' }] } });
    const issues = linter.lint('【XX银行】闪 电 放 款，貸款').issues.filter((issue) => issue.ruleId === 'misleading-claims');
    expect(issues.map((issue) => [issue.excerpt, issue.severity])).toEqual([
      ['闪 电 放 款', 'error'],
      ['貸款', 'warning'],
    ]);
    expect(issues[1]!.message).toBe('测试：貸款');
  });

  it('rejects extra terms for an unknown rule or a rule that matches no terms', () => {
    expect(configError(() => createLinter({ terms: { nope: ['x'] } })).path).toBe('config.terms.nope');
    expect(configError(() => createLinter({ terms: { placeholder: ['x'] } })).message).toContain('does not match terms');
  });

  it('allow-lists phrases per rule and for every rule', () => {
    const text = '【XX银行】第一时间为您服务，首选银行';
    expect(createLinter({ allow: { 'absolute-terms': ['首选银行'] } }).lint(text).issues.some((i) => i.excerpt === '首选')).toBe(false);
    expect(createLinter({ allow: { '*': ['首选银行'] } }).lint(text).issues.some((i) => i.excerpt === '首选')).toBe(false);
    expect(createLinter().lint(text).issues.some((i) => i.excerpt === '首选')).toBe(true);
  });

  it('runs custom rules defined with defineRule, with options and terms', () => {
    const rule = defineRule({
      id: 'house-words',
      meta: {
        description: 'House words',
        defaultSeverity: 'warning',
        fixable: true,
        options: z.strictObject({ replacement: z.string().default('贷款') }).default({ replacement: '贷款' }),
        terms: [{ terms: ['借钱'] }],
      },
      check(context) {
        for (const match of context.termMatches) {
          context.report({ start: match.start, end: match.end, message: `用「${context.ruleOptions.replacement}」`, suggestion: context.ruleOptions.replacement });
        }
      },
    });
    const linter = createLinter({ customRules: [rule], rules: { 'house-words': { options: { replacement: '借款' } } } });
    const issue = linter.lint('【XX银行】急用借钱').issues.find((found) => found.ruleId === 'house-words');
    expect(issue).toMatchObject({ excerpt: '借钱', severity: 'warning', suggestion: { text: '借款' } });
    expect(linter.rules.find((info) => info.id === 'house-words')?.severity).toBe('warning');
  });

  it('rejects invalid custom rules and duplicate ids', () => {
    expect(configError(() => defineRule({ id: 'Bad Id', meta: { description: 'x', defaultSeverity: 'error', fixable: false }, check() {} })).path).toBe('rule.id');
    expect(configError(() => defineRule({ id: 'x', meta: { description: 'x', defaultSeverity: 'error', fixable: false } } as never)).path).toBe('rule.check');
    const duplicate = { id: 'link', meta: { description: 'x', defaultSeverity: 'error' as const, fixable: false }, check() {} };
    expect(configError(() => createLinter({ customRules: [duplicate] })).path).toBe('config.customRules[0].id');
  });

  it('turns a throwing or misreporting custom rule into ComplianceConfigError', () => {
    const throwing = defineRule({ id: 'boom', meta: { description: 'x', defaultSeverity: 'error', fixable: false }, check() { throw new TypeError('oops'); } });
    expect(configError(() => createLinter({ customRules: [throwing] }).lint('x')).message).toBe('rules.boom: the rule threw: oops');
    const outside = defineRule({ id: 'outside', meta: { description: 'x', defaultSeverity: 'error', fixable: false }, check(context) { context.report({ start: 0, end: 99, message: 'x' }); } });
    expect(configError(() => createLinter({ customRules: [outside] }).lint('abc')).message).toContain('not inside the text');
  });

  it('lists the rules it runs with their effective severities', () => {
    const linter = createLinter({ rules: { evasion: 'error', 'anti-fraud-tip': 'off' } });
    expect(linter.rules.find((rule) => rule.id === 'evasion')?.severity).toBe('error');
    expect(linter.rules.some((rule) => rule.id === 'anti-fraud-tip')).toBe(false);
  });
});
