import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../src/index.js';

describe('mandatory disclosures are not the service feature', () => {
  it('keeps the annualised-rate clause out of the feature', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道，年化利率(单利)7.2%起。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.feature?.text).toBe('您享有专属绿色通道');
    expect(report.issues.filter((issue) => issue.ruleId === 'feature-length')).toEqual([]);
  });

  it('keeps an approval disclaimer out of the feature', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道，具体以审批为准。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.feature?.text).toBe('您享有专属绿色通道');
  });

  it('ends a disclosure clause at a decorative divider, so the offer before it stays the feature', () => {
    const report = checkStructure('【XX银行】★限时福利★ 您的额度已提升☞年化利率（单利）3.6%起，回复1了解，回复2咨询。拒收请回复R');
    expect(report.layers.feature).toEqual({ text: '★限时福利★ 您的额度已提升☞', start: 6, end: 21 });
  });

  // The Advertising Law (Art. 43) asks an ad to show how to reach the sender: "详询95588" is that contact, not
  // part of the service on offer.
  it.each(['详询95588', '客服热线95588', '如有疑问请致电95588', '拨打400-820-1234咨询'])('keeps the contact clause %j out of the feature', (contact) => {
    const report = checkStructure(`【XX银行】您的公积金贷款可办理提前还款，${contact}。回复1了解详情，回复2预约回电。拒收请回复R`);
    expect(report.layers.feature?.text).toBe('您的公积金贷款可办理提前还款');
    expect(report.issues.filter((issue) => issue.ruleId === 'feature-length')).toEqual([]);
  });

  it('still counts an offer clause that only mentions consulting', () => {
    const report = checkStructure('【XX银行】专业顾问一对一咨询您的装修分期方案。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.feature?.text).toBe('专业顾问一对一咨询您的装修分期方案');
  });

  it('still counts a long offer that carries no disclosure', () => {
    const report = checkStructure('【XX银行】本月已有326位客户成功授信您享有专属通道。回复1了解，回复2回电。拒收请回复R');
    expect(report.issues.map((issue) => issue.ruleId)).toContain('feature-length');
  });
});
