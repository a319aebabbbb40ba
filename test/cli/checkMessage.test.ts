import { describe, expect, it } from 'vitest';
import { applyFixes, createLinter, defineRule, lint } from '../../src/index.js';
import { checkMessage } from '../../src/cli/index.js';

const message = (text: string) => ({ id: 'm', line: 3, text, options: {} });

describe('checkMessage', () => {
  it('returns the library verdict without --fix', () => {
    const text = '【XX银行】最低利息，50万额度';
    expect(checkMessage(createLinter(), message(text), false)).toEqual({ id: 'm', line: 3, text, ...lint(text) });
  });

  it('with --fix applies suggestions until nothing changes and judges the fixed text', () => {
    const text = '【XX银行】最低利息，50万额度';
    const result = checkMessage(createLinter(), message(text), true);
    if (!('fixed' in result) || result.fixed === undefined) throw new Error('expected a fixed text');
    expect(result.fixed).toBe(applyFixes(result.fixed, lint(result.fixed).issues));
    expect(result.issues).toEqual(lint(result.fixed).issues);
    expect(result.fixed).toContain('基准利率起');
  });

  it('leaves a text without suggestions as it is', () => {
    const text = '【XX银行】您尾号1234的账户本期账单已出，请按时还款。';
    const result = checkMessage(createLinter(), { ...message(text), options: { kind: 'notification' } }, true);
    expect(result).toMatchObject({ fixed: text, ok: true });
  });

  it('turns an error thrown by a rule into a lint-failed result instead of throwing', () => {
    const linter = createLinter({
      customRules: [defineRule({ id: 'boom', meta: { description: 'x', defaultSeverity: 'error', fixable: false }, check: () => { throw new Error('kaput'); } })],
    });
    expect(checkMessage(linter, message('hi'), false)).toEqual({ id: 'm', line: 3, error: { code: 'lint-failed', message: 'rules.boom: the rule threw: kaput' } });
  });
});
