import { describe, expect, it } from 'vitest';
import { ComplianceConfigError, lint } from '../../src/index.js';

const GOOD =
  '【XX消费金融】您享有专属绿色通道，年化利率(单利)7.2%起。回复1了解详情，回复2预约回电。本机构不会要求转账。拒收请回复R';

describe('lint', () => {
  it('passes a compliant marketing message with no issues', () => {
    expect(lint(GOOD)).toEqual({ ok: true, issues: [] });
  });

  it('is not ok when some issue is an error, with issues sorted by position', () => {
    const text = '【XX银行】最低利息，50万额度秒批！拒收请回复R';
    const report = lint(text);
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => [issue.ruleId, issue.excerpt])).toEqual([
      ['absolute-terms', '最低利息'],
      ['apr-disclosure', '利息'],
      ['specific-amount', '50万额度'],
      ['misleading-claims', '秒批'],
      ['reply-options', ''],
      ['anti-fraud-tip', ''],
    ]);
    for (const issue of report.issues) expect(issue.excerpt).toBe(text.slice(issue.start, issue.end));
  });

  it('is ok when the only findings are warnings or infos', () => {
    const report = lint('【XX银行】您享有专属绿色通道。拒收请回复R');
    expect(report.issues.map((issue) => [issue.ruleId, issue.severity])).toEqual([
      ['reply-options', 'warning'],
      ['anti-fraud-tip', 'info'],
    ]);
    expect(report.ok).toBe(true);
  });

  it('reports spans in the original text even through evasions', () => {
    const text = '【XX银行】最 低 利\u200b息';
    const issue = lint(text).issues.find((found) => found.ruleId === 'absolute-terms')!;
    expect(issue.excerpt).toBe('最 低 利\u200b息');
    expect([issue.start, issue.end]).toEqual([6, 13]);
  });

  it('skips marketing-only rules for notifications', () => {
    const report = lint('【XX银行】您本期应还利息120元，请按时还款。', { kind: 'notification' });
    expect(report.issues.map((issue) => issue.ruleId)).toEqual([]);
  });

  it('checks the sender number when one is given', () => {
    expect(lint(GOOD, { sender: '10690000123' }).issues).toEqual([]);
    const personal = lint(GOOD, { sender: '138 1234 5678' }).issues;
    expect(personal.map((issue) => [issue.ruleId, issue.severity, issue.start, issue.end])).toEqual([['sender-number', 'error', 0, 0]]);
  });

  it('throws ComplianceConfigError, not TypeError, for a non-string text', () => {
    for (const bad of [42, null, undefined, {}, ['x']]) {
      expect(() => lint(bad as unknown as string)).toThrowError(ComplianceConfigError);
    }
    expect(() => lint(42 as unknown as string)).toThrowError('text: expected a string, received a number');
  });

  it('throws ComplianceConfigError naming the option for invalid options', () => {
    expect(() => lint('x', { kind: 'promo' as 'marketing' })).toThrowError(/^options\.kind: /);
    expect(() => lint('x', { sendr: '106' } as never)).toThrowError(ComplianceConfigError);
  });

  it('checks an empty message without throwing, reporting every missing layer at 0', () => {
    const report = lint('');
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => issue.ruleId).sort()).toEqual(
      ['anti-fraud-tip', 'feature-length', 'identity', 'reply-options', 'unsubscribe'],
    );
    expect(report.issues.every((issue) => issue.start === 0 && issue.end === 0)).toBe(true);
  });
});
