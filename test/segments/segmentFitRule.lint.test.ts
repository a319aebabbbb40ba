import { describe, expect, it } from 'vitest';
import { createLinter, defineRule, type LinterConfig } from '../../src/engine/index.js';
import { ComplianceConfigError } from '../../src/errors/index.js';
import { segmentFitRule } from '../../src/segments/segmentFitRule.js';

/** The built-in linter, which runs `segment-fit`. */
function linterWith(config: Omit<LinterConfig, 'customRules'> = {}) {
  return createLinter(config);
}

const OFFER = '【XX消费金融】新用户专享年化利率(单利)7.2%起，详询95xxx。拒收请回复R';
const fitIssues = (report: ReturnType<ReturnType<typeof linterWith>['lint']>) =>
  report.issues.filter((issue) => issue.ruleId === 'segment-fit');

describe('segment-fit through createLinter', () => {
  it('is a valid rule definition', () => {
    expect(defineRule(segmentFitRule)).toBe(segmentFitRule);
  });

  it('warns on a rate offer linted for a C customer', () => {
    const report = linterWith().lint(OFFER, { segment: 'C' });
    const issues = fitIssues(report);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', start: 11, end: 13, excerpt: '专享' });
    expect(issues[0]!.message).toContain('该类客户宜发送「服务流程介绍」');
  });

  it('stays silent for the fitting segment and when no segment is given', () => {
    const linter = linterWith();
    expect(fitIssues(linter.lint(OFFER, { segment: 'B' }))).toEqual([]);
    expect(fitIssues(linter.lint(OFFER))).toEqual([]);
  });

  it('fails the report with an error over the whole message for an excluded customer', () => {
    const report = linterWith().lint(OFFER, { segment: 'excluded' });
    expect(report.ok).toBe(false);
    expect(fitIssues(report)).toEqual([
      expect.objectContaining({ severity: 'error', start: 0, end: OFFER.length, excerpt: OFFER }),
    ]);
  });

  it('does not run on notifications', () => {
    const notice = '【XX消费金融】您的借款将于12月5日到期，请按时还款。';
    expect(fitIssues(linterWith().lint(notice, { segment: 'excluded', kind: 'notification' }))).toEqual([]);
  });

  it('follows the configured severity or can be turned off', () => {
    expect(fitIssues(linterWith({ rules: { 'segment-fit': 'error' } }).lint(OFFER, { segment: 'C' }))[0]!.severity).toBe('error');
    expect(fitIssues(linterWith({ rules: { 'segment-fit': 'off' } }).lint(OFFER, { segment: 'excluded' }))).toEqual([]);
  });

  it('rejects an unknown segment with ComplianceConfigError on options.segment', () => {
    expect(() => linterWith().lint(OFFER, { segment: 'D' as never })).toThrowError(ComplianceConfigError);
    expect(() => linterWith().lint(OFFER, { segment: 'D' as never })).toThrowError(/^options\.segment: /);
  });
});
