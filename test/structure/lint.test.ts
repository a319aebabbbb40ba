import { describe, expect, it } from 'vitest';
import { applyFixes, createLinter, lint } from '../../src/engine/index.js';
import { checkStructure } from '../../src/structure/index.js';
import { structureRules } from '../../src/structure/rules.js';

const STRUCTURE_IDS = new Set<string>(structureRules.map((rule) => rule.id));
const linterWith = (rules: Record<string, unknown> = {}) => createLinter({ rules: rules as never });
const structureIssues = <T extends { ruleId: string }>(issues: readonly T[]): T[] => issues.filter((i) => STRUCTURE_IDS.has(i.ruleId));

const GOOD = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R';
const SAMPLES = [
  GOOD,
  '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。',
  '您享有【限时】专属绿色通道。回复R了解详情，回复R预约回电。回T退订',
  '【温馨提示】回复1了解详情，回复2预约回电，回复3咨询，回复4办理。您享有VIP通道，额度最高200万。拒收请回复R。再见',
  '【招联金融】' + '好'.repeat(520),
];

describe('structure rules through lint()', () => {
  it.each(SAMPLES)('report the same findings as checkStructure for %s', (text) => {
    const linter = linterWith();
    for (const kind of ['marketing', 'notification'] as const) {
      expect(structureIssues(linter.lint(text, { kind }).issues)).toEqual(checkStructure(text, { kind }).issues);
    }
  });

  it('pass the canonical good message with no structure issue', () => {
    expect(structureIssues(linterWith().lint(GOOD).issues)).toEqual([]);
  });

  it('take rule options from the config, with the same names as checkStructure', () => {
    const text = '【YY银行】您享有VIP通道，额度最高200万。回复1了解详情。回T退订';
    const linter = linterWith({
      identity: { options: { institution: 'XX银行' } },
      'feature-length': { options: { maxFeatureChars: 20 } },
      'reply-options': { options: { minReplyOptions: 1 } },
      unsubscribe: { options: { acceptedUnsubscribe: ['回T退订'] } },
    });
    const issues = structureIssues(linter.lint(text).issues);
    expect(issues.map((i) => [i.ruleId, i.excerpt])).toEqual([['identity', '【YY银行】']]);
  });

  it('reject an invalid rule option at config time, naming the path', () => {
    expect(() => linterWith({ 'feature-length': { options: { maxFeatureChars: 0 } } })).toThrowError(
      /config\.rules\.feature-length\.options\.maxFeatureChars/,
    );
  });

  it('let a config severity override the finding severity', () => {
    const text = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。';
    const issues = structureIssues(linterWith({ unsubscribe: 'warning' }).lint(text).issues);
    expect(issues.map((i) => [i.ruleId, i.severity])).toEqual([['unsubscribe', 'warning']]);
  });

  it('repair a missing unsubscribe statement with applyFixes', () => {
    const text = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。';
    const linter = linterWith();
    const fixed = applyFixes(text, structureIssues(linter.lint(text).issues));
    expect(fixed).toBe(GOOD);
    expect(structureIssues(linter.lint(fixed).issues)).toEqual([]);
  });

  // A full-width key (an IME in full-width mode) is the same statement in the wrong form, not a missing one:
  // appending a second statement would leave the first in place.
  it('read a full-width key as the statement it is, and fix it in place', () => {
    const text = '【XX银行】您享有专属绿色通道。回复１了解详情，回复２预约回电。拒收请回复Ｒ';
    const issues = structureIssues(lint(text).issues);
    expect(issues.map((issue) => [issue.ruleId, issue.excerpt, issue.suggestion?.text])).toEqual([['unsubscribe', '拒收请回复Ｒ', '拒收请回复R']]);
    expect(structureIssues(lint(applyFixes(text, issues)).issues)).toEqual([]);
    expect(checkStructure(text).layers.interaction?.options.map((option) => option.key)).toEqual(['1', '2']);
  });

  it('see the reserved key in a full-width reply option', () => {
    const issues = structureIssues(lint('【XX银行】您享有专属绿色通道。回复Ｒ了解详情，回复2预约回电。拒收请回复R').issues);
    expect(issues.map((issue) => [issue.ruleId, issue.severity, issue.excerpt])).toEqual([['reply-options', 'error', '回复Ｒ了解详情']]);
  });

  it('are built into the default lint()', () => {
    const text = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。';
    expect(structureIssues(lint(text).issues)).toEqual(checkStructure(text).issues);
  });
});
