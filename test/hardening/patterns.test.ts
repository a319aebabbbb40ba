import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { ComplianceConfigError, applyFixes, createLinter, type PatternChecker } from '../../src/index.js';
import { configError } from '../support/configError.js';

/** The checker a Node host would inject: recheck, with a time budget; anything but `safe` is refused. */
const recheckChecker: PatternChecker = (source, flags) => {
  const diagnostics = checkSync(source, flags, { timeout: 5_000 });
  if (diagnostics.status === 'safe') return { safe: true };
  return {
    safe: false,
    reason:
      diagnostics.status === 'vulnerable'
        ? `recheck: ${diagnostics.complexity.summary} backtracking, e.g. ${diagnostics.attack.pattern}`
        : `recheck could not decide (${diagnostics.error.kind})`,
  };
};

const qq = { 'no-qq': [{ pattern: 'qq ?[0-9]{5,11}', message: '请勿在短信中留QQ号：{match}', suggestion: '官方客服' }] };


const only = (ruleId: string, text: string, linter = createLinter({ patterns: qq })) =>
  linter.lint(text).issues.filter((issue) => issue.ruleId === ruleId);

describe('config.patterns: host-supplied regular expressions become rules', () => {
  it('reports a match with the rule id, the default severity error and a span into the original text', () => {
    const text = '【XX银行】加QQ 12345678 咨询';
    const [issue, ...rest] = only('no-qq', text);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ ruleId: 'no-qq', severity: 'error', excerpt: 'QQ 12345678' });
    expect(text.slice(issue!.start, issue!.end)).toBe('QQ 12345678');
    expect(issue!.message).toBe('请勿在短信中留QQ号：QQ 12345678');
  });

  it('matches on the normalised view, so full-width letters and digits cannot slip past', () => {
    const text = '【XX银行】加ＱＱ１２３４５６７ 咨询';
    expect(only('no-qq', text).map((issue) => issue.excerpt)).toEqual(['ＱＱ１２３４５６７']);
  });

  it('stays silent on text that does not match', () => {
    expect(only('no-qq', '【XX银行】QQ音乐会员 1234 元')).toEqual([]);
  });

  it('carries the suggestion, which applyFixes applies', () => {
    const text = '【XX银行】加QQ 12345678 咨询';
    expect(applyFixes(text, only('no-qq', text))).toBe('【XX银行】加官方客服 咨询');
  });

  it('uses the entry severity, and a rules setting overrides it or turns the rule off', () => {
    const patterns = { 'no-vip': [{ pattern: 'vip', message: '慎用VIP', severity: 'info' as const }] };
    expect(only('no-vip', '【X】VIP专享', createLinter({ patterns }))[0]?.severity).toBe('info');
    expect(only('no-vip', '【X】VIP专享', createLinter({ patterns, rules: { 'no-vip': 'warning' } }))[0]?.severity).toBe('warning');
    expect(only('no-vip', '【X】VIP专享', createLinter({ patterns, rules: { 'no-vip': 'off' } }))).toEqual([]);
  });

  it('lists the pattern rule among the linter rules', () => {
    expect(createLinter({ patterns: qq }).rules.find((rule) => rule.id === 'no-qq')).toMatchObject({
      severity: 'error',
      fixable: true,
    });
  });

  it('skips empty matches without looping forever', () => {
    const linter = createLinter({ patterns: { 'maybe-a': [{ pattern: 'a?', message: 'a' }] } });
    expect(only('maybe-a', 'bab'.repeat(1000), linter)).toHaveLength(1000);
  });
});

describe('config.patterns: unsafe or broken patterns are rejected when the linter is built', () => {
  it('rejects an unbounded quantifier with the built-in check, naming the path and catastrophic backtracking', () => {
    const error = configError(() => createLinter({ patterns: { 'my-rule': [{ pattern: '\\d+元', message: 'x' }] } }));
    expect(error.path).toBe('config.patterns.my-rule[0].pattern');
    expect(error.message).toMatch(/^config\.patterns\.my-rule\[0\]\.pattern: .*catastrophic backtracking/);
    expect(error.message).toContain('unbounded quantifier "+"');
  });

  it('rejects nested quantifiers and chained alternations whose paths exceed the budget of 1000', () => {
    const nested = configError(() => createLinter({ patterns: { 'my-rule': [{ pattern: '(?:a{1,9}){1,9}b', message: 'x' }] } }));
    expect(nested.message).toContain('backtracking paths per position');
    const choice = '(?:a|b|c|d)';
    expect(() => createLinter({ patterns: { 'ok-rule': [{ pattern: `${choice.repeat(4)}x`, message: 'x' }] } })).not.toThrow();
    const chained = configError(() => createLinter({ patterns: { 'my-rule': [{ pattern: `${choice.repeat(5)}x`, message: 'x' }] } }));
    expect(chained.message).toContain('up to 1024 backtracking paths');
  });

  it('accepts quantifier bounds adding up to 30 and rejects 31', () => {
    expect(() => createLinter({ patterns: { 'ok-rule': [{ pattern: 'a{0,15}a{0,15}b', message: 'x' }] } })).not.toThrow();
    const error = configError(() => createLinter({ patterns: { 'bad-rule': [{ pattern: 'a{0,16}a{0,15}b', message: 'x' }] } }));
    expect(error.message).toContain('add up to 31 repetitions');
  });

  it('rejects backreferences', () => {
    const error = configError(() => createLinter({ patterns: { 'my-rule': [{ pattern: '(a)\\1', message: 'x' }] } }));
    expect(error.message).toContain('backreference');
  });

  it('rejects a pattern that does not compile', () => {
    const error = configError(() => createLinter({ patterns: { 'my-rule': [{ pattern: '[a-', message: 'x' }] } }));
    expect(error.message).toMatch(/config\.patterns\.my-rule\[0\]\.pattern: does not compile/);
  });

  it.each(['g', 'y', 'd', 'v', 'ii', 'uu', 'x'])('rejects the flags %j', (flags) => {
    const error = configError(() => createLinter({ patterns: { 'my-rule': [{ pattern: 'a', flags, message: 'x' }] } }));
    expect(error.path).toBe('config.patterns.my-rule[0].flags');
  });

  it.each(['i', 'u', 's', 'm', 'imsu'])('accepts the flags %j', (flags) => {
    expect(() => createLinter({ patterns: { 'my-rule': [{ pattern: 'a', flags, message: 'x' }] } })).not.toThrow();
  });

  it('rejects ids that clash with a built-in rule or a custom rule', () => {
    const error = configError(() => createLinter({ patterns: { 'absolute-terms': [{ pattern: 'a', message: 'x' }] } }));
    expect(error.path).toBe('config.patterns.absolute-terms');
    expect(error.message).toContain('already exists');
  });

  it('rejects ids that are not kebab-case', () => {
    expect(configError(() => createLinter({ patterns: { My_Rule: [{ pattern: 'a', message: 'x' }] } })).path).toBe(
      'config.patterns.My_Rule',
    );
  });

  it('rejects unknown keys, empty lists and missing messages', () => {
    expect(configError(() => createLinter({ patterns: { 'my-rule': [{ pattern: 'a', message: 'x', regex: 'b' }] } } as never)).path).toBe(
      'config.patterns.my-rule[0]',
    );
    expect(configError(() => createLinter({ patterns: { 'my-rule': [] } })).path).toBe('config.patterns.my-rule');
    expect(configError(() => createLinter({ patterns: { 'my-rule': [{ pattern: 'a' }] } } as never)).path).toBe(
      'config.patterns.my-rule[0].message',
    );
  });

  it('reports every bad pattern at once, one problem per path', () => {
    const error = configError(() =>
      createLinter({ patterns: { 'my-rule': [{ pattern: 'a+', message: 'x' }, { pattern: 'ok', message: 'x' }, { pattern: '(', message: 'x' }] } }),
    );
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'config.patterns.my-rule[0].pattern',
      'config.patterns.my-rule[2].pattern',
    ]);
  });
});

describe('host.patternChecker: an injected analyser replaces the built-in check', () => {
  it('lets recheck accept a linear pattern the built-in check refuses', () => {
    const patterns = { 'no-wechat-id': [{ pattern: 'wx[a-z0-9_-]+', message: '请勿留微信号' }] };
    expect(() => createLinter({ patterns })).toThrow(ComplianceConfigError);
    const linter = createLinter({ patterns }, { patternChecker: recheckChecker });
    expect(only('no-wechat-id', '【X】加wxabc_123咨询', linter).map((issue) => issue.excerpt)).toEqual(['wxabc_123']);
  });

  it('lets recheck reject a catastrophic pattern with its own reason', () => {
    const error = configError(() =>
      createLinter({ patterns: { 'my-rule': [{ pattern: '^(a|a)*$', message: 'x' }] } }, { patternChecker: recheckChecker }),
    );
    expect(error.message).toMatch(/config\.patterns\.my-rule\[0\]\.pattern: .*catastrophic backtracking.*recheck: exponential/);
  });

  it('reports a checker that throws or answers nonsense as a config problem, not a crash', () => {
    const patterns = { 'my-rule': [{ pattern: 'a', message: 'x' }] };
    const throwing: PatternChecker = () => {
      throw new RangeError('boom');
    };
    expect(configError(() => createLinter({ patterns }, { patternChecker: throwing })).message).toContain('the pattern checker threw: boom');
    const nonsense = (() => 'yes') as unknown as PatternChecker;
    expect(configError(() => createLinter({ patterns }, { patternChecker: nonsense })).message).toContain('must return { safe: boolean');
  });

  it('rejects a non-function checker and unknown host keys', () => {
    expect(configError(() => createLinter({}, { patternChecker: 'recheck' } as never)).path).toBe('host.patternChecker');
    expect(configError(() => createLinter({}, { checker: recheckChecker } as never)).path).toBe('host');
  });
});
