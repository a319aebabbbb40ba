import { describe, expect, it } from 'vitest';
import type { MessageKind, ReportDescriptor, RuleContext, Segment } from '../../src/engine/types.js';
import { segmentFitRule } from '../../src/segments/segmentFitRule.js';

const RATE_OFFER = '【XX消费金融】新用户专享年化利率(单利)7.2%起，详询95xxx。拒收请回复R';
const RENEWAL = '【XX消费金融】您的借款将于12月5日到期，如需续期请登录APP办理。拒收请回复R';
const PROCESS = '【XX消费金融】欢迎注册！申请流程仅需三步：实名认证、绑定银行卡、获取额度。拒收请回复R';
const NEUTRAL = '【XX消费金融】感谢您的支持。拒收请回复R';

/** Runs `check` with a minimal hand-built context: the rule reads only `text` and `options`. */
function run(text: string, segment?: Segment, kind: MessageKind = 'marketing'): ReportDescriptor[] {
  const reports: ReportDescriptor[] = [];
  const context: RuleContext = {
    text,
    normalized: { original: text, text, starts: new Uint32Array(0), ends: new Uint32Array(0) },
    options: segment === undefined ? { kind } : { kind, segment },
    ruleOptions: undefined,
    termMatches: [],
    allTermMatches: [],
    toOriginal: (start, end) => ({ start, end }),
    report: (descriptor) => reports.push(descriptor),
  };
  segmentFitRule.check(context);
  return reports;
}

describe('segmentFitRule', () => {
  it('is the `segment-fit` rule, a warning by default, for marketing messages', () => {
    expect(segmentFitRule.id).toBe('segment-fit');
    expect(segmentFitRule.meta.defaultSeverity).toBe('warning');
    expect(segmentFitRule.meta.kinds).toEqual(['marketing']);
  });

  it('stays silent when no segment is given', () => {
    expect(run(RATE_OFFER)).toEqual([]);
  });

  it.each<[string, string, Segment]>([
    ['a renewal reminder to A', RENEWAL, 'A'],
    ['a rate offer to B', RATE_OFFER, 'B'],
    ['a process introduction to C', PROCESS, 'C'],
  ])('stays silent on %s', (_label, text, segment) => {
    expect(run(text, segment)).toEqual([]);
  });

  it('warns on a rate offer to a C customer, at the first rate-offer evidence, saying what fits', () => {
    const [issue, ...rest] = run(RATE_OFFER, 'C');
    expect(rest).toEqual([]);
    expect(issue!.severity).toBeUndefined(); // the rule's default, `warning`
    expect(RATE_OFFER.slice(issue!.start, issue!.end)).toBe('专享');
    // Scores: rate-offer 专享 1 + 年化 3 + 利率 3 + 单利 2 = 9, process-intro 新用户 1 → (9 − 1) / (9 + 2).
    expect(issue!.message).toBe(
      '内容被识别为「利率优惠信息」（置信度 0.73，依据：“专享”“年化”“利率”“单利”），' +
        '与C类客户（新注册）不匹配，该类客户宜发送「服务流程介绍」',
    );
  });

  it.each<[string, string, Segment, string]>([
    ['a process introduction to A', PROCESS, 'A', '服务流程介绍'],
    ['a renewal reminder to B', RENEWAL, 'B', '产品续期提醒'],
    ['a renewal reminder to C', RENEWAL, 'C', '产品续期提醒'],
  ])('warns on %s', (_label, text, segment, label) => {
    const issues = run(text, segment);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(`内容被识别为「${label}」`);
  });

  it('warns on any recognised content type for an unclassified customer', () => {
    const [issue] = run(RENEWAL, 'unclassified');
    expect(issue!.message).toMatch(/该客户不属于 A\/B\/C 任何一类，没有适配的营销内容$/);
  });

  it('stays silent when the content type is not recognised', () => {
    expect(run(NEUTRAL, 'C')).toEqual([]);
    expect(run('续期流程', 'B')).toEqual([]); // a tie is not a recognition
  });

  it('reports an error over the whole message when the segment is excluded, whatever the content', () => {
    for (const text of [RATE_OFFER, NEUTRAL]) {
      const issues = run(text, 'excluded');
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ start: 0, end: text.length, severity: 'error' });
      expect(issues[0]!.message).toMatch(/^该客户属于排除人群/);
    }
  });

  it('leaves notifications alone, even to an excluded customer', () => {
    expect(run(RENEWAL, 'excluded', 'notification')).toEqual([]);
    expect(run(RATE_OFFER, 'C', 'notification')).toEqual([]);
  });
});
