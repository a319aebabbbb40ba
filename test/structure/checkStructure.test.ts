import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/engine/types.js';
import { ComplianceConfigError } from '../../src/errors/index.js';
import { checkStructure } from '../../src/structure/index.js';
import { applyFixes } from '../../src/engine/applyFixes.js';

const GOOD = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R';

/** The issues of one rule, reduced to what the tests pin down. */
function issuesOf(report: { issues: readonly Issue[] }, ruleId: string) {
  return report.issues
    .filter((issue) => issue.ruleId === ruleId)
    .map(({ severity, start, end, excerpt, suggestion }) => ({ severity, start, end, excerpt, ...(suggestion ? { suggestion } : {}) }));
}

/** Applies one suggestion to the text. */
function fix(text: string, issue: Issue | undefined): string {
  if (!issue?.suggestion) throw new Error('no suggestion');
  const { start, end, text: replacement } = issue.suggestion;
  return text.slice(0, start) + replacement + text.slice(end);
}

describe('checkStructure: the canonical good message', () => {
  it('passes with no issue and finds all four layers with their spans', () => {
    const report = checkStructure(GOOD);
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([]);
    expect(report.layers).toEqual({
      identity: { text: '【XX银行】', start: 0, end: 6 },
      feature: { text: '您享有专属绿色通道', start: 6, end: 15 },
      interaction: {
        text: '回复1了解详情，回复2预约回电',
        start: 16,
        end: 31,
        options: [
          { key: '1', label: '了解详情', start: 16, end: 23 },
          { key: '2', label: '预约回电', start: 24, end: 31 },
        ],
      },
      unsubscribe: { text: '拒收请回复R', start: 32, end: 38 },
    });
    expect(report.length).toEqual({ chars: 38, parts: 1, perPart: 70, encoding: 'UCS-2' });
  });

  it('returns plain JSON data', () => {
    const report = checkStructure(GOOD);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('checkStructure: identity layer', () => {
  it('reports a missing signature as an error with an empty span at the start', () => {
    const text = GOOD.slice(6);
    const report = checkStructure(text);
    expect(report.layers.identity).toBeNull();
    expect(issuesOf(report, 'identity')).toEqual([{ severity: 'error', start: 0, end: 0, excerpt: '' }]);
    expect(report.ok).toBe(false);
  });

  it('suggests inserting the configured institution as the missing signature', () => {
    const text = GOOD.slice(6);
    const report = checkStructure(text, { institution: 'XX银行' });
    const issue = report.issues.find((i) => i.ruleId === 'identity');
    expect(issue?.suggestion).toEqual({ text: '【XX银行】', start: 0, end: 0 });
    expect(checkStructure(fix(text, issue), { institution: 'XX银行' }).ok).toBe(true);
  });

  it.each([
    ['one character', '【X】', 3],
    ['thirteen characters', '【一二三四五六七八九十一二三】', 15],
    ['a space', '【XX 银行】', 7],
    ['a symbol', '【XX·银行】', 7],
  ])('reports a malformed signature with %s over the whole signature', (_label, signature, end) => {
    const report = checkStructure(signature + GOOD.slice(6));
    expect(report.layers.identity).toEqual({ text: signature, start: 0, end });
    expect(issuesOf(report, 'identity')).toEqual([{ severity: 'error', start: 0, end, excerpt: signature }]);
  });

  it('accepts 2 and 12 characters', () => {
    expect(issuesOf(checkStructure('【XX银行消费金融有限公司】' + GOOD.slice(6)), 'identity')).toEqual([]);
    expect(issuesOf(checkStructure('【招行】' + GOOD.slice(6), { allowSignatures: ['招行'] }), 'identity')).toEqual([]);
  });

  // A lender type alone (银行, 消费金融) names no institution; a neutral name in traditional characters is still one.
  it.each(['温馨提示', '客服通知', '客户您好', 'Test', '还款提醒', '尊敬的用户', '银行', '消费金融', '溫馨提示'])('rejects the neutral signature 【%s】', (name) => {
    const report = checkStructure(`【${name}】` + GOOD.slice(6));
    const end = name.length + 2;
    expect(issuesOf(report, 'identity')).toEqual([{ severity: 'error', start: 0, end, excerpt: `【${name}】` }]);
  });

  it('reports an unclosed 【 on the bracket and finds no identity layer', () => {
    const report = checkStructure('【XX银行您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.identity).toBeNull();
    expect(issuesOf(report, 'identity')).toEqual([{ severity: 'error', start: 0, end: 1, excerpt: '【' }]);
  });

  it('requires the configured institution and suggests it in place of another signature', () => {
    const text = '【YY银行】' + GOOD.slice(6);
    const report = checkStructure(text, { institution: 'XX银行' });
    expect(issuesOf(report, 'identity')).toEqual([
      { severity: 'error', start: 0, end: 6, excerpt: '【YY银行】', suggestion: { text: '【XX银行】', start: 0, end: 6 } },
    ]);
    expect(checkStructure(fix(text, report.issues[0]), { institution: 'XX银行' }).issues).toEqual([]);
  });

  it('accepts any of several institution names, given with or without 【】', () => {
    const text = '【XX消费金融】' + GOOD.slice(6);
    expect(checkStructure(text, { institution: ['XX银行', '【XX消费金融】'] }).issues).toEqual([]);
  });

  it('warns when the signature names no lender type, unless allowed', () => {
    const text = '【招联金融】' + GOOD.slice(6);
    const report = checkStructure(text);
    expect(report.ok).toBe(true);
    expect(issuesOf(report, 'identity')).toEqual([{ severity: 'warning', start: 0, end: 6, excerpt: '【招联金融】' }]);
    expect(checkStructure(text, { allowSignatures: ['招联金融'] }).issues).toEqual([]);
  });

  // Templates read from a database or a spreadsheet often carry a space, a line break or a byte-order mark
  // before the signature. The signature is still the signature: the padding is the one finding, and its
  // fix deletes it (rather than stripping the 【】 as a second signature in the body).
  it.each([' ', '\n', ' \r\n', '\uFEFF', '\u200B'])('reads the signature after the leading padding %j and suggests deleting it', (padding) => {
    const text = padding + GOOD;
    const report = checkStructure(text);
    expect(report.ok).toBe(false);
    expect(issuesOf(report, 'identity')).toEqual([
      { severity: 'error', start: 0, end: padding.length, excerpt: padding, suggestion: { text: '', start: 0, end: padding.length } },
    ]);
    expect(report.issues.map((issue) => issue.ruleId)).toEqual(['identity']);
    expect(report.layers.identity).toEqual({ text: '【XX银行】', start: padding.length, end: padding.length + 6 });
    expect(fix(text, report.issues[0])).toBe(GOOD);
  });

  it('still reports a missing signature after padding that no 【 follows', () => {
    expect(issuesOf(checkStructure(' 您好。回复1了解详情，回复2预约回电。拒收请回复R'), 'identity').map((issue) => issue.excerpt)).toEqual(['']);
  });

  it('stays silent for lender types such as 消费金融, 小额贷款 and 信托', () => {
    // 农商行 (a rural commercial bank) and 农信 (the provincial rural credit unions, "浙江农信") are banks and
    // credit cooperatives under their common short names (XX农商, XX信用联社 too); insurers lend against policies.
    for (const name of ['XX消费金融', 'XX小额贷款', 'XX信托', 'XX汽车金融', 'XX农商行', '浙江农信', 'XX农信社', 'XX农商', 'XX信用联社', '中国人寿', 'XX财险', 'XX保险']) {
      expect(checkStructure(`【${name}】` + GOOD.slice(6)).issues).toEqual([]);
    }
  });

  it('reads a lender type written in traditional characters (【XX銀行】): the characters are forbidden-characters\' finding', () => {
    expect(issuesOf(checkStructure(`【XX銀行】${GOOD.slice(6)}`), 'identity')).toEqual([]);
    expect(issuesOf(checkStructure(`【XX貸款】${GOOD.slice(6)}`), 'identity').map((issue) => issue.severity)).toEqual(['warning']);
  });

  // Regulatory basis B3: a signature must name the institution. One made only of lender types and generic words
  // names a kind of institution, not one, and is as neutral as 【客服通知】.
  it('reports a signature of lender types and generic words alone as neutral, unless the host allows it', () => {
    for (const name of ['银行客服', '商业银行', '消费金融公司', '小额贷款公司', '银行信用卡中心', '信用卡中心', '借款提醒', '官方客服', '账户通知']) {
      const report = checkStructure(`【${name}】${GOOD.slice(6)}`);
      expect(issuesOf(report, 'identity').map(({ severity, excerpt }) => [severity, excerpt]), name).toEqual([['error', `【${name}】`]]);
      expect(report.issues[0]?.message, name).toContain('中性签名');
      expect(checkStructure(`【${name}】${GOOD.slice(6)}`, { allowSignatures: [name] }).issues, name).toEqual([]);
    }
  });

  it('keeps a signature that names its institution besides the type and the generic words', () => {
    for (const name of ['中国银行', '招商银行信用卡中心', '工商银行客服', 'XX消费金融公司', '平安银行']) {
      expect(issuesOf(checkStructure(`【${name}】${GOOD.slice(6)}`), 'identity'), name).toEqual([]);
    }
  });

  // Regulatory basis D7: marketing only by a licensed entity; an SMS from an unlicensed 贷款中介 is the example.
  it('reports a loan intermediary as an error, and an agent or consultant of a lender type as no lender', () => {
    for (const name of ['XX银行贷款中介', 'XX银行卡代办', 'XX贷款居间']) {
      const report = checkStructure(`【${name}】${GOOD.slice(6)}`);
      expect(issuesOf(report, 'identity').map(({ severity }) => severity), name).toEqual(['error']);
      expect(report.issues[0]?.message, name).toContain('316号');
    }
    for (const name of ['XX保险代理', 'XX保险经纪', 'XX小额贷款咨询']) {
      expect(issuesOf(checkStructure(`【${name}】${GOOD.slice(6)}`), 'identity').map(({ severity }) => severity), name).toEqual(['warning']);
    }
    expect(checkStructure(`【XX农村信用合作社】${GOOD.slice(6)}`).issues).toEqual([]);
  });

  it('reports a second 【…】 in the body and suggests its bare text', () => {
    const text = '【XX银行】您享有【限时】专属通道。回复1了解详情，回复2预约回电。拒收请回复R';
    const report = checkStructure(text);
    expect(issuesOf(report, 'identity')).toEqual([
      { severity: 'error', start: 9, end: 13, excerpt: '【限时】', suggestion: { text: '限时', start: 9, end: 13 } },
    ]);
    expect(checkStructure(fix(text, report.issues[0])).issues).toEqual([]);
  });

  it('reports a misplaced signature as missing at the start and as a bracket in the body', () => {
    const text = '您享有专属绿色通道【XX银行】。回复1了解详情，回复2预约回电。拒收请回复R';
    const report = checkStructure(text);
    expect(report.layers.identity).toBeNull();
    expect(issuesOf(report, 'identity')).toEqual([
      { severity: 'error', start: 0, end: 0, excerpt: '' },
      { severity: 'error', start: 9, end: 15, excerpt: '【XX银行】', suggestion: { text: 'XX银行', start: 9, end: 15 } },
    ]);
  });

  // Older templates put the signature last (后置签名); carriers accept only a leading one (regulatory-basis B1).
  // It is read as a misplaced signature, not as 【】 in the body: two findings whose fixes together move it.
  it('reports a trailing signature as misplaced, with fixes that move it to the front', () => {
    const body = '您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R';
    for (const text of [`${body}【XX银行】`, `${body} 【XX银行】\n`]) {
      const report = checkStructure(text);
      const start = text.indexOf('【');
      expect(issuesOf(report, 'identity')).toEqual([
        { severity: 'error', start: 0, end: 0, excerpt: '', suggestion: { text: '【XX银行】', start: 0, end: 0 } },
        { severity: 'error', start, end: start + 6, excerpt: '【XX银行】', suggestion: { text: '', start, end: start + 6 } },
      ]);
      // Nothing else: the statement before the signature still ends the message, and the signature is no feature.
      expect(report.issues.filter((issue) => issue.ruleId !== 'identity')).toEqual([]);
      expect(report.layers.unsubscribe?.text).toBe('拒收请回复R');
      expect(applyFixes(text, report.issues).trimEnd()).toBe(GOOD);
    }
  });

  it('inserts a missing unsubscribe statement before a trailing signature', () => {
    const text = '您享有专属绿色通道。回复1了解详情，回复2预约回电。【XX银行】';
    const report = checkStructure(text);
    expect(issuesOf(report, 'unsubscribe')).toEqual([
      { severity: 'error', start: 26, end: 26, excerpt: '', suggestion: { text: '拒收请回复R', start: 26, end: 26 } },
    ]);
    expect(applyFixes(text, report.issues)).toBe(GOOD);
  });

  it('reads no trailing signature after a leading one, inside a line, or without text before it', () => {
    // With a leading signature a second one at the end is 【】 in the body.
    expect(issuesOf(checkStructure(`${GOOD}【XX银行】`), 'identity').map((issue) => issue.excerpt)).toEqual(['【XX银行】']);
    // A bracket pair followed by more text is in the body; so is one spanning a line break.
    const middle = checkStructure('您享有【XX银行】专属通道。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(issuesOf(middle, 'identity').map((issue) => [issue.excerpt, issue.suggestion?.text])).toEqual([['', undefined], ['【XX银行】', 'XX银行']]);
    const broken = checkStructure('您享有专属通道。拒收请回复R【XX\n银行】');
    expect(issuesOf(broken, 'identity').map((issue) => issue.excerpt)).toEqual(['', '【', '】']);
  });

  it('reports a lone closing bracket in the body', () => {
    const report = checkStructure('【XX银行】您享有专属】通道。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(issuesOf(report, 'identity')).toEqual([
      { severity: 'error', start: 11, end: 12, excerpt: '】', suggestion: { text: '', start: 11, end: 12 } },
    ]);
  });
});

describe('checkStructure: feature layer', () => {
  it('leaves out a salutation such as 尊敬的客户', () => {
    const report = checkStructure('【XX银行】尊敬的客户，您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.feature).toEqual({ text: '您享有专属绿色通道', start: 12, end: 21 });
  });

  // Personalised templates greet by name once filled: "{name}先生您好" becomes "张先生您好".
  it.each([
    ['张先生您好，', 12],
    ['尊敬的张先生，', 13],
    ['尊敬的王女士您好！', 15],
    ['张先生，您好！', 13],
    ['亲爱的XX会员：', 14],
    ['您好，', 9],
  ])('leaves out the salutation %j', (salutation, start) => {
    const report = checkStructure(`【XX银行】${salutation}您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R`);
    expect(report.layers.feature).toEqual({ text: '您享有专属绿色通道', start, end: start + 9 });
    expect(issuesOf(report, 'feature-length')).toEqual([]);
  });

  it('keeps a clause that only looks like a greeting at a distance', () => {
    // "...先生" more than twelve characters into the clause is no salutation.
    const report = checkStructure('【XX银行】本行为广大客户提供专属服务的理财经理李先生，回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.feature?.text).toBe('本行为广大客户提供专属服务的理财经理李先生');
  });

  it('reads a link, and a pointer to the app or website, as the interaction\'s contact, not the offer', () => {
    const cases: [string, string][] = [
      ['【XX银行】您享有专属绿色通道 https://m.xxbank.com/a 回复1了解，回复2回电。拒收请回复R', '您享有专属绿色通道'],
      ['【XX银行】您享有专属绿色通道。登录https://m.xxbank.com/loan了解。回复1了解，回复2回电。拒收请回复R', '您享有专属绿色通道'],
      ['【XX银行】您的信用卡可申请账单分期，详情请登录手机银行查看。回复1了解，回复2回电。拒收请回复R', '您的信用卡可申请账单分期'],
    ];
    for (const [text, feature] of cases) {
      const report = checkStructure(text);
      expect(report.layers.feature?.text, text).toBe(feature);
      expect(report.issues, text).toEqual([]);
    }
  });

  it('leaves out a long salutation (尊敬的XX银行信用卡持卡人，)', () => {
    const report = checkStructure('【XX银行】尊敬的XX银行信用卡持卡人，您可申请分期。回复1了解，回复2回电。拒收请回复R');
    expect(report.layers.feature?.text).toBe('您可申请分期');
    expect(report.issues).toEqual([]);
  });

  it('leaves out the anti-fraud tip sentence', () => {
    const tip = '温馨提示：本机构不会以任何理由要求转账验资，如遇可疑情况请立即拨打官方热线核实。';
    const report = checkStructure(`【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。${tip}拒收请回复R`);
    expect(report.layers.feature).toEqual({ text: '您享有专属绿色通道', start: 6, end: 15 });
    expect(issuesOf(report, 'feature-length')).toEqual([]);
  });

  // With no other text before the options, the offer is the text that opens the tip's sentence or the
  // disclosure's clause; before, such a message was warned for having no feature at all.
  it('reads the offer before a tip or a disclosure in its sentence when no other text is the feature', () => {
    const cases: [string, string][] = [
      ['【XX银行】您享有专属绿色通道，谨防诈骗。回复1了解，回复2回电。拒收请回复R', '您享有专属绿色通道'],
      ['【XX银行】消费贷年化利率(单利)3.6%起。回复1了解，回复2回电。拒收请回复R', '消费贷'],
      ['【XX银行】消费贷年化利率(单利)3.6%起。回复1了解，回复2回电。感谢支持！拒收请回复R', '消费贷'],
    ];
    for (const [text, feature] of cases) {
      const report = checkStructure(text);
      expect(report.layers.feature?.text, text).toBe(feature);
      expect(report.issues, text).toEqual([]);
    }
    // Text of its own before the options stays the feature.
    expect(checkStructure('【XX银行】专属额度已提升。消费贷年化利率(单利)3.6%起。回复1了解，回复2回电。拒收请回复R').layers.feature?.text).toBe('专属额度已提升');
    // A disclosure that opens its clause leaves nothing to read.
    expect(issuesOf(checkStructure('【XX银行】年化利率(单利)3.6%起。回复1了解，回复2回电。拒收请回复R'), 'feature-length').map(({ severity }) => severity)).toEqual(['warning']);
  });

  it('reports a missing feature with an empty span right after the signature', () => {
    const report = checkStructure('【XX银行】回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.feature).toBeNull();
    expect(issuesOf(report, 'feature-length')).toEqual([{ severity: 'warning', start: 6, end: 6, excerpt: '' }]);
  });

  it('accepts 15 counted characters, ignoring punctuation and spaces', () => {
    const report = checkStructure('【XX银行】您享有 VIP 通道，额度最高 20 万。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.feature?.text).toBe('您享有 VIP 通道，额度最高 20 万');
    expect(issuesOf(report, 'feature-length')).toEqual([]);
  });

  it('warns at 16 counted characters, spanning the excess', () => {
    const text = '【XX银行】您享有VIP通道，额度最高200万。回复1了解详情，回复2预约回电。拒收请回复R';
    const report = checkStructure(text);
    expect(report.layers.feature).toEqual({ text: '您享有VIP通道，额度最高200万', start: 6, end: 23 });
    expect(issuesOf(report, 'feature-length')).toEqual([{ severity: 'warning', start: 22, end: 23, excerpt: '万' }]);
  });

  it('follows the maxFeatureChars option', () => {
    const text = '【XX银行】您享有VIP通道，额度最高200万。回复1了解详情，回复2预约回电。拒收请回复R';
    expect(issuesOf(checkStructure(text, { maxFeatureChars: 16 }), 'feature-length')).toEqual([]);
    expect(issuesOf(checkStructure(text, { maxFeatureChars: 3 }), 'feature-length')).toEqual([
      { severity: 'warning', start: 9, end: 23, excerpt: 'VIP通道，额度最高200万' },
    ]);
  });

  it('starts the excess at the beginning of a number, date or link the limit falls inside', () => {
    const excess = (text: string, maxFeatureChars: number) =>
      issuesOf(checkStructure(text, { maxFeatureChars }), 'feature-length').map((issue) => issue.excerpt);
    const tail = '。回复1了解详情，回复2预约回电。拒收请回复R';
    // The 13th counted character is the first 0 of 200: the excess starts at the 2.
    expect(excess(`【XX银行】您享有VIP通道，额度最高200万${tail}`, 13)).toEqual(['200万']);
    expect(excess(`【XX银行】应还1,280.00元${tail}`, 4)).toEqual(['1,280.00元']);
    expect(excess(`【XX银行】活动时间2026.12.01-2026.12.31${tail}`, 8)).toEqual(['2026.12.01-2026.12.31']);
    expect(excess(`【XX银行】点击xxbank.com.cn/app下载${tail}`, 4)).toEqual(['xxbank.com.cn/app下载']);
    // A link with its scheme is the interaction's contact, no part of the feature (see the test of contacts).
    expect(excess(`【XX银行】点击 https://www.xxbank.com.cn/app 下载${tail}`, 8)).toEqual([]);
    // A limit that falls on a token's first character, or between Han characters, stays where it is.
    expect(excess(`【XX银行】您享有VIP通道，额度最高200万${tail}`, 3)).toEqual(['VIP通道，额度最高200万']);
    expect(excess(`【XX银行】额度高,利率低,审批快,到账快${tail}`, 6)).toEqual(['审批快,到账快']);
  });

  it('warns when the feature comes after the interaction', () => {
    const report = checkStructure('【XX银行】回复1了解详情，回复2预约回电。您享有专属绿色通道。拒收请回复R');
    expect(report.layers.feature).toEqual({ text: '您享有专属绿色通道', start: 22, end: 31 });
    expect(report.issues.map((i) => [i.ruleId, i.severity, i.start, i.end])).toEqual([['layer-order', 'warning', 6, 21]]);
  });
});

describe('checkStructure: interaction layer', () => {
  it('reads 回1/回2 options separated by a space', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。回1查看额度 回2人工服务。拒收请回复R');
    expect(report.layers.interaction).toEqual({
      text: '回1查看额度 回2人工服务',
      start: 16,
      end: 29,
      options: [
        { key: '1', label: '查看额度', start: 16, end: 22 },
        { key: '2', label: '人工服务', start: 23, end: 29 },
      ],
    });
    expect(report.issues).toEqual([]);
  });

  it('reads options typed with spaces around the key (回复 1 了解): the spaces belong to the option', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。回复 1 了解，回复\u30002\u3000回电。拒收请回复R');
    expect(report.layers.interaction?.options).toEqual([
      { key: '1', label: '了解', start: 16, end: 23 },
      { key: '2', label: '回电', start: 24, end: 31 },
    ]);
    expect(report.issues).toEqual([]);
    // A bare 回 takes no space: "来回 2 次" is no option.
    expect(checkStructure('【XX银行】您享有专属绿色通道，来回 2 次。回复1了解，回复2回电。拒收请回复R').layers.interaction?.options.map((o) => o.key)).toEqual(['1', '2']);
  });

  it('accepts three options', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。回复1了解，回复2预约，回复3咨询。拒收请回复R');
    expect(report.layers.interaction?.options.map((o) => o.key)).toEqual(['1', '2', '3']);
    expect(report.issues).toEqual([]);
  });

  it('warns about a single option such as 回复Y确认 over the interaction span', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。回复Y确认。拒收请回复R');
    expect(report.layers.interaction?.options).toEqual([{ key: 'Y', label: '确认', start: 16, end: 21 }]);
    expect(issuesOf(report, 'reply-options')).toEqual([{ severity: 'warning', start: 16, end: 21, excerpt: '回复Y确认' }]);
  });

  it('warns about a fourth option, spanning the extra ones', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。回复1了解，回复2预约，回复3咨询，回复4办理。拒收请回复R');
    expect(issuesOf(report, 'reply-options')).toEqual([{ severity: 'warning', start: 34, end: 39, excerpt: '回复4办理' }]);
  });

  it('reports missing options with an empty span after the feature', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。拒收请回复R');
    expect(report.layers.interaction).toBeNull();
    expect(issuesOf(report, 'reply-options')).toEqual([{ severity: 'warning', start: 15, end: 15, excerpt: '' }]);
  });

  it('follows minReplyOptions and maxReplyOptions', () => {
    expect(issuesOf(checkStructure('【XX银行】您享有专属绿色通道。拒收请回复R', { minReplyOptions: 0 }), 'reply-options')).toEqual([]);
    expect(
      issuesOf(checkStructure(GOOD, { minReplyOptions: 1, maxReplyOptions: 1 }), 'reply-options').map((i) => i.excerpt),
    ).toEqual(['回复2预约回电']);
  });

  it('reports a duplicate key as an error on the second option', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复1预约回电。拒收请回复R');
    expect(issuesOf(report, 'reply-options')).toEqual([{ severity: 'error', start: 24, end: 31, excerpt: '回复1预约回电' }]);
    expect(report.ok).toBe(false);
  });

  it.each(['R', 'r', 'T', 'TD', 'N'])('reports the key %s as colliding with an unsubscribe keyword', (key) => {
    const text = `【XX银行】您享有专属绿色通道。回复${key}了解详情，回复2预约回电。拒收请回复R`;
    const option = `回复${key}了解详情`;
    expect(issuesOf(checkStructure(text), 'reply-options')).toEqual([
      { severity: 'error', start: 16, end: 16 + option.length, excerpt: option },
    ]);
  });

  it('reads an option list written once with 回复 ("回复1了解详情，2预约回电", "、", "/")', () => {
    for (const interaction of ['回复1了解详情，2预约回电', '回复1了解详情、2预约回电、3人工服务', '回复1了解详情/2预约回电', '回复1了解详情；2预约回电']) {
      const text = `【XX银行】您享有专属绿色通道。${interaction}。拒收请回复R`;
      const report = checkStructure(text);
      expect(report.issues, interaction).toEqual([]);
      expect(report.layers.interaction?.text, interaction).toBe(interaction);
    }
    // A number after the option that is prose, not the next key, continues nothing.
    for (const prose of ['回复1了解，2天内放款', '回复1了解，3预约回电', '回复Y确认，2回电']) {
      expect(checkStructure(`【XX银行】您享有专属绿色通道。${prose}。拒收请回复R`).layers.interaction?.options, prose).toHaveLength(1);
    }
  });

  it('reads keys in Chinese quotes and after 数字 ("回复‘1’了解", "回复「1」了解", "回复数字1了解")', () => {
    for (const [one, two] of [['回复‘1’了解', '回复‘2’回电'], ['回复「1」了解', '回复「2」回电'], ['回复数字1了解', '回复数字2回电']]) {
      const report = checkStructure(`【XX银行】您享有专属绿色通道。${one}，${two}。拒收请回复R`);
      expect(report.issues, one).toEqual([]);
      expect(report.layers.interaction?.options.map((option) => [option.key, option.label]), one).toEqual([['1', '了解'], ['2', '回电']]);
    }
  });

  it('reads a clause that only leads into the first option as no part of the offer ("如需办理请回复1")', () => {
    const report = checkStructure('【XX银行】您的信用卡可申请账单分期，如需办理请回复1，咨询请回复2。拒收请回复R');
    expect(report.layers.feature?.text).toBe('您的信用卡可申请账单分期');
    expect(report.issues).toEqual([]);
    // Before the offer, it leaves the offer after the options: the layers are out of order.
    expect(issuesOf(checkStructure('【XX银行】如需办理请回复1，咨询请回复2。您的信用卡可申请分期。拒收请回复R'), 'layer-order')).toHaveLength(1);
  });

  it('does not read 返回App as a reply option', () => {
    const report = checkStructure('【XX银行】您享有专属通道，返回App查看。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.interaction?.options.map((o) => o.key)).toEqual(['1', '2']);
  });

  it('reads no option in a word that ends in 回 ("退回1期", "返回2次"), but reads 回复 after one', () => {
    const text = '【XX银行】提前结清退回1期手续费，返回2次。回复1了解，回复2回电。拒收请回复R';
    const report = checkStructure(text);
    expect(report.issues).toEqual([]);
    expect(report.layers.interaction?.options.map((o) => o.key)).toEqual(['1', '2']);
    expect(report.layers.feature?.text).toBe('提前结清退回1期手续费，返回2次');
    // A bare 回 after another character is still an option.
    expect(checkStructure('【XX银行】您享有专属绿色通道。回1了解，回2回电。拒收请回复R').layers.interaction?.options).toHaveLength(2);
  });

  it('checks no reply options in a notification', () => {
    expect(issuesOf(checkStructure('【XX银行】您的账单已出。', { kind: 'notification' }), 'reply-options')).toEqual([]);
  });
});

describe('checkStructure: unsubscribe layer', () => {
  it('reports a missing statement at the end with a fix that inserts 拒收请回复R', () => {
    const text = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。';
    const report = checkStructure(text);
    expect(issuesOf(report, 'unsubscribe')).toEqual([
      { severity: 'error', start: 32, end: 32, excerpt: '', suggestion: { text: '拒收请回复R', start: 32, end: 32 } },
    ]);
    expect(fix(text, report.issues[0])).toBe(GOOD);
  });

  it('reads a statement written in traditional characters (拒收請回復R) as present, in the wrong format, with the fix', () => {
    const text = GOOD.replace('拒收请回复R', '拒收請回復R');
    const report = checkStructure(text);
    expect(report.layers.unsubscribe).toEqual({ text: '拒收請回復R', start: 32, end: 38 });
    expect(issuesOf(report, 'unsubscribe')).toEqual([
      { severity: 'error', start: 32, end: 38, excerpt: '拒收請回復R', suggestion: { text: '拒收请回复R', start: 32, end: 38 } },
    ]);
    // Reported as missing, its fix added a second statement after it.
    expect(fix(text, report.issues.find((issue) => issue.ruleId === 'unsubscribe'))).toBe(GOOD);
  });

  // Found as a reply option "R" (an error for the wrong rule), or as absent: its fix then added a second statement.
  it.each(['拒收请回复 R', '拒收请回复“R”', '拒收请回复"R"', '拒收请回覆R', '拒收請回覆R'])(
    'reads %s as the statement, in the wrong format, with the fix',
    (statement) => {
      const text = GOOD.replace('拒收请回复R', statement);
      const report = checkStructure(text);
      expect(report.layers.unsubscribe?.text).toBe(statement);
      expect(report.issues.map(({ ruleId, severity }) => [ruleId, severity])).toEqual([['unsubscribe', 'error']]);
      expect(applyFixes(text, report.issues)).toBe(GOOD);
    },
  );

  it('reads quoted and spaced keys in the older formats too (退订回“T”, 回复 TD 退订)', () => {
    for (const statement of ['退订回“T”', '回复 TD 退订', '退订回 N']) {
      expect(checkStructure(GOOD.replace('拒收请回复R', statement)).layers.unsubscribe?.text, statement).toBe(statement);
    }
  });

  it('keeps every layer as written when the message is in traditional characters', () => {
    const text = '【XX銀行】您的賬單已出。回復1查詢，回復2分期。拒收請回復R';
    const { layers } = checkStructure(text);
    expect(layers.identity?.text).toBe('【XX銀行】');
    expect(layers.feature?.text).toBe('您的賬單已出');
    expect(layers.interaction?.options.map(({ key, label }) => [key, label])).toEqual([['1', '查詢'], ['2', '分期']]);
    expect(layers.unsubscribe?.text).toBe('拒收請回復R');
    expect(checkStructure(GOOD.replace('您享有', '您享有【限時】')).issues.find((issue) => issue.ruleId === 'identity')?.suggestion?.text).toBe('限時');
  });

  it('inserts a full stop first when the text ends with a word', () => {
    const text = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电';
    const issue = checkStructure(text).issues.find((i) => i.ruleId === 'unsubscribe');
    expect(issue?.suggestion).toEqual({ text: '。拒收请回复R', start: 31, end: 31 });
    expect(checkStructure(fix(text, issue)).issues).toEqual([]);
  });

  it('inserts the first accepted statement when the list is configured', () => {
    const text = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。';
    const issue = checkStructure(text, { acceptedUnsubscribe: ['回T退订', '拒收请回复R'] }).issues[0];
    expect(issue?.suggestion?.text).toBe('回T退订');
  });

  it('reports a statement in another format and suggests the accepted one', () => {
    const text = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。回T退订';
    const report = checkStructure(text);
    expect(report.layers.unsubscribe).toEqual({ text: '回T退订', start: 32, end: 36 });
    expect(issuesOf(report, 'unsubscribe')).toEqual([
      { severity: 'error', start: 32, end: 36, excerpt: '回T退订', suggestion: { text: '拒收请回复R', start: 32, end: 36 } },
    ]);
    expect(fix(text, report.issues[0])).toBe(GOOD);
  });

  it.each(['回T退订', '退订回T', '回TD退订', '退订回TD', '退订回N'])('accepts %s when configured', (statement) => {
    const report = checkStructure(`【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。${statement}`, {
      acceptedUnsubscribe: [statement],
    });
    expect(report.layers.unsubscribe?.text).toBe(statement);
    expect(report.issues).toEqual([]);
  });

  it('reads 退订回TD as one statement, not 退订回T followed by D', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。退订回TD', { acceptedUnsubscribe: ['退订回T'] });
    expect(report.layers.unsubscribe).toEqual({ text: '退订回TD', start: 32, end: 37 });
    expect(issuesOf(report, 'unsubscribe').map((i) => i.excerpt)).toEqual(['退订回TD']);
  });

  it('allows a closing full stop after the statement', () => {
    expect(checkStructure(GOOD + '。').issues).toEqual([]);
  });

  it('reports a statement that is not at the end', () => {
    const report = checkStructure('【XX银行】拒收请回复R。您享有专属绿色通道。回复1了解详情，回复2预约回电。');
    expect(report.layers.unsubscribe).toEqual({ text: '拒收请回复R', start: 6, end: 12 });
    expect(issuesOf(report, 'unsubscribe')).toEqual([{ severity: 'error', start: 6, end: 12, excerpt: '拒收请回复R' }]);
  });

  it('warns about a repeated statement and keeps the last one as the layer', () => {
    const report = checkStructure('【XX银行】您享有专属绿色通道。拒收请回复R。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(report.layers.unsubscribe).toEqual({ text: '拒收请回复R', start: 39, end: 45 });
    expect(issuesOf(report, 'unsubscribe')).toEqual([
      { severity: 'warning', start: 16, end: 22, excerpt: '拒收请回复R', suggestion: { text: '', start: 16, end: 22 } },
    ]);
  });

  it('rejects a statement in a notification and suggests deleting it', () => {
    const text = '【XX银行】您本月账单已出，请按时还款。拒收请回复R';
    const report = checkStructure(text, { kind: 'notification' });
    expect(issuesOf(report, 'unsubscribe')).toEqual([
      { severity: 'error', start: 20, end: 26, excerpt: '拒收请回复R', suggestion: { text: '', start: 20, end: 26 } },
    ]);
    expect(checkStructure(fix(text, report.issues[0]), { kind: 'notification' }).ok).toBe(true);
  });

  it('does not ask a notification for a statement', () => {
    const report = checkStructure('【XX银行】尊敬的客户，您本月账单已出。', { kind: 'notification' });
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([]);
  });

  it('rejects a spaced or quoted statement in a notification too', () => {
    for (const statement of ['拒收请回复 R', '退订回"T"']) {
      const report = checkStructure(`【XX银行】您的账单已出，请按时还款。${statement}`, { kind: 'notification' });
      expect(issuesOf(report, 'unsubscribe').map(({ severity, excerpt }) => [severity, excerpt]), statement).toEqual([['error', statement]]);
    }
  });

  it('reads a confirmation of an opt-out as no statement (您已回复T退订成功)', () => {
    for (const text of ['【XX银行】您已回复T退订成功。', '【XX银行】您已成功回复R拒收，将不再收到营销短信。', '【XX银行】回复TD退订已生效。']) {
      const report = checkStructure(text, { kind: 'notification' });
      expect(report.issues, text).toEqual([]);
      expect(report.layers.unsubscribe, text).toBeNull();
    }
    // The instruction itself is still one.
    expect(issuesOf(checkStructure('【XX银行】您的账单已出。回复T退订', { kind: 'notification' }), 'unsubscribe')).toHaveLength(1);
  });
});

describe('checkStructure: notifications', () => {
  it('checks only identity, length and the absence of a statement', () => {
    const text = '您本月账单已出，您可享受专属绿色通道及极速审批服务，详情请登录手机银行查看。' + '好'.repeat(40);
    const report = checkStructure(text, { kind: 'notification' });
    expect([...new Set(report.issues.map((i) => i.ruleId))].sort()).toEqual(['identity', 'message-length']);
  });
});

describe('checkStructure: message length', () => {
  const SIG = '【XX银行】';
  const marketing = (n: number) => {
    const tail = '。回复1了解详情，回复2预约回电。拒收请回复R';
    return SIG + '您享有专属绿色通道' + '好'.repeat(n - SIG.length - 9 - tail.length) + tail;
  };

  it('stays silent at 70 characters and warns at 71 over the 71st character', () => {
    expect(issuesOf(checkStructure(marketing(70)), 'message-length')).toEqual([]);
    const report = checkStructure(marketing(71));
    expect(report.length).toEqual({ chars: 71, parts: 2, perPart: 67, encoding: 'UCS-2' });
    expect(issuesOf(report, 'message-length')).toEqual([{ severity: 'warning', start: 70, end: 71, excerpt: 'R' }]);
  });

  it('follows maxParts: 134 characters fit in 2, 135 do not', () => {
    expect(issuesOf(checkStructure(marketing(134), { maxParts: 2 }), 'message-length')).toEqual([]);
    expect(issuesOf(checkStructure(marketing(135), { maxParts: 2 }), 'message-length')).toEqual([
      { severity: 'warning', start: 134, end: 135, excerpt: 'R' },
    ]);
  });

  it('counts an emoji as one character when locating the excess', () => {
    const text = SIG + '😀'.repeat(65);
    expect(issuesOf(checkStructure(text, { kind: 'notification' }), 'message-length')).toEqual([
      { severity: 'warning', start: 134, end: 136, excerpt: '😀' },
    ]);
  });

  it('reports more than 500 characters as an error from the 501st on', () => {
    expect(issuesOf(checkStructure(marketing(500), { maxParts: 8 }), 'message-length')).toEqual([]);
    expect(issuesOf(checkStructure(marketing(501)), 'message-length')).toEqual([
      { severity: 'error', start: 500, end: 501, excerpt: 'R' },
    ]);
  });

  it('uses GSM-7 billing on request', () => {
    const report = checkStructure('[Bank] Your card is ready. ' + 'x'.repeat(140), { kind: 'notification', billing: 'international' });
    expect(report.length).toEqual({ chars: 169, parts: 2, perPart: 153, encoding: 'GSM-7' });
    expect(issuesOf(report, 'message-length')).toEqual([{ severity: 'warning', start: 158, end: 167, excerpt: 'x'.repeat(9) }]);
  });
});

describe('checkStructure input validation', () => {
  it.each([
    ['a non-string text', 42, undefined, 'text'],
    ['an unknown option', 'x', { foo: 1 }, 'options'],
    ['an unknown kind', 'x', { kind: 'promo' }, 'options.kind'],
    ['a statement that is not one', 'x', { acceptedUnsubscribe: ['请致电客服'] }, 'options.acceptedUnsubscribe[0]'],
    ['an empty accepted list', 'x', { acceptedUnsubscribe: [] }, 'options.acceptedUnsubscribe'],
    ['minReplyOptions above maxReplyOptions', 'x', { minReplyOptions: 3, maxReplyOptions: 2 }, 'options.minReplyOptions'],
    ['a zero maxParts', 'x', { maxParts: 0 }, 'options.maxParts'],
  ])('rejects %s with ComplianceConfigError naming the path', (_label, text, options, path) => {
    try {
      checkStructure(text as string, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ComplianceConfigError);
      expect((error as ComplianceConfigError).path).toBe(path);
    }
  });
});
