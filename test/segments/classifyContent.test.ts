import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/index.js';
import { ContentClassificationSchema, classifyContent, type ContentType } from '../../src/segments/index.js';

describe('classifyContent', () => {
  it.each<[string, string, ContentType]>([
    ['a due-date reminder', '【XX消费金融】您的借款将于12月5日到期，如需续期请登录APP。拒收请回复R', 'renewal-reminder'],
    ['a re-borrow invitation', '【XX消费金融】尊敬的老客户，您的额度恢复可用，支持续借。拒收请回复R', 'renewal-reminder'],
    ['a rate offer', '【XX消费金融】您的专属利率券已到账，年化利率(单利)7.2%起。拒收请回复R', 'rate-offer'],
    ['a discount', '【XX消费金融】限时息费立减，折扣仅限本周。拒收请回复R', 'rate-offer'],
    ['a process introduction', '【XX消费金融】欢迎注册！申请流程仅需三步：实名认证、绑定银行卡、获取额度。拒收请回复R', 'process-intro'],
    ['a how-to', '【XX消费金融】如何申请？点开新手指南了解所需材料。拒收请回复R', 'process-intro'],
  ])('recognises %s', (_label, text, type) => {
    expect(classifyContent(text).contentType).toBe(type);
  });

  // Every loan marketing message must show its APR (PBOC 2021 No. 3), so "年化利率(单利)X%" says nothing about
  // which of the three types a message is: a compliant renewal reminder is not a rate offer.
  it.each<[string, string, ContentType | null]>([
    ['a renewal reminder', '【XX银行】您的消费贷将于12月5日到期，可申请续期，年化利率（单利）4%起。拒收请回复R', 'renewal-reminder'],
    ['a process introduction', '【XX银行】欢迎注册！三步完成申请：实名认证、填写资料，年化利率（单利）4%起。拒收请回复R', 'process-intro'],
    ['a rate offer', '【XX银行】利率优惠：年化利率(单利)3.6%起，限时申请。拒收请回复R', 'rate-offer'],
    ['a message with nothing but the disclosure', '【XX银行】您享有专属额度，年化利率（单利）3.6%起。拒收请回复R', null],
    ['a rate labelled after it', '【XX银行】您的借款即将到期，可申请续期，利率3.6%（年化，单利）。拒收请回复R', 'renewal-reminder'],
  ])('does not count the APR disclosure in %s', (_label, text, type) => {
    const result = classifyContent(text);
    expect(result.contentType).toBe(type);
    expect(result.evidence.map((item) => item.phrase)).not.toContain('单利');
  });

  it('gives evidence with UTF-16 spans into the original text', () => {
    const text = '【XX消费金融】您的借款将于12月5日到期，如需续期请登录APP。拒收请回复R';
    const { evidence } = classifyContent(text);
    expect(evidence.map(({ phrase, excerpt, start, end }) => ({ phrase, excerpt, start, end }))).toEqual([
      { phrase: '到期', excerpt: '到期', start: 19, end: 21 },
      { phrase: '续期', excerpt: '续期', start: 24, end: 26 },
    ]);
    for (const item of evidence) expect(text.slice(item.start, item.end)).toBe(item.excerpt);
  });

  it('matches on the NFKC + lower-cased view but reports spans in the original', () => {
    // ㍻ folds to two characters and 😀 is two UTF-16 units, so view and original offsets differ.
    const text = '😀㍻⽇息0.02%';
    const [item] = classifyContent(text).evidence;
    expect(item).toMatchObject({ contentType: 'rate-offer', phrase: '日息', excerpt: '⽇息', start: 3, end: 5 });
  });

  it('lets the longer of two overlapping phrases win', () => {
    const { evidence, scores } = classifyContent('领取利率券');
    expect(evidence.map((item) => item.phrase)).toEqual(['利率券']);
    expect(scores['rate-offer']).toBe(3);
  });

  it('lists every occurrence but scores a repeated phrase once', () => {
    const { evidence, scores } = classifyContent('到期提醒：明日到期');
    expect(evidence.map((item) => item.start)).toEqual([0, 7]);
    expect(scores['renewal-reminder']).toBe(3);
  });

  it('computes confidence as (top − second) / (top + prior)', () => {
    const result = classifyContent('新用户专享年化利率');
    // rate-offer: 专享 1 + 年化 3 + 利率 3 = 7; process-intro: 新用户 1; prior 2.
    expect(result.scores).toEqual({ 'renewal-reminder': 0, 'rate-offer': 7, 'process-intro': 1 });
    expect(result.confidence).toBeCloseTo((7 - 1) / (7 + 2), 12);
  });

  it('recognises nothing, with confidence 0, when two types tie', () => {
    const tie = classifyContent('续期流程');
    expect(tie.scores).toEqual({ 'renewal-reminder': 3, 'rate-offer': 0, 'process-intro': 3 });
    expect(tie.contentType).toBeNull();
    expect(tie.confidence).toBe(0);
    expect(tie.evidence).toHaveLength(2);
  });

  it('recognises nothing when the top score is below minScore', () => {
    const result = classifyContent('限时活动');
    expect(result.contentType).toBeNull();
    expect(result.confidence).toBe(0);
    expect(result.evidence.map((item) => item.phrase)).toEqual(['限时']);
  });

  it('stays silent on unrelated or empty text', () => {
    expect(classifyContent('')).toEqual({
      contentType: null,
      confidence: 0,
      scores: { 'renewal-reminder': 0, 'rate-offer': 0, 'process-intro': 0 },
      evidence: [],
    });
    expect(classifyContent('【XX消费金融】天气转凉，注意保暖。').contentType).toBeNull();
  });

  it('returns data matching ContentClassificationSchema', () => {
    const result = classifyContent('【XX消费金融】年化利率7.2%起');
    expect(ContentClassificationSchema.parse(result)).toEqual(result);
  });

  it('rejects a non-string with ComplianceConfigError on `text`', () => {
    expect(() => classifyContent(42 as unknown as string)).toThrowError(ComplianceConfigError);
    expect(() => classifyContent(undefined as unknown as string)).toThrowError(/^text: /);
  });
});
