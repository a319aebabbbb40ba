import { describe, expect, it } from 'vitest';
import { applyFixes, createLinter, lint, type Issue } from '../../src/index.js';

const only = (ruleId: string, issues: readonly Issue[]) => issues.filter((issue) => issue.ruleId === ruleId);
const pick = (issue: Issue) => ({ severity: issue.severity, excerpt: issue.excerpt, fix: issue.suggestion?.text });

describe('absolute-terms', () => {
  it('suggests 基准利率起 for 最低利息 and reports it as an error', () => {
    expect(only('absolute-terms', lint('【XX银行】最低利息').issues).map(pick)).toEqual([
      { severity: 'error', excerpt: '最低利息', fix: '基准利率起' },
    ]);
  });

  it('warns on a bare generic absolute and raises it to an error next to a rate or approval word', () => {
    expect(only('absolute-terms', lint('【XX银行】首选服务').issues).map(pick)).toEqual([{ severity: 'warning', excerpt: '首选', fix: undefined }]);
    expect(only('absolute-terms', lint('【XX银行】利率首选').issues).map(pick)).toEqual([{ severity: 'error', excerpt: '首选', fix: undefined }]);
  });

  // "最高20万" states a cap (the amount itself is specific-amount's finding), and "第一季度" is an ordinal.
  it.each(['额度提升至最高20万', '利率最高24%', '第一季度信用贷活动', '第一批客户', '第一年免年费'])('stays silent on %j', (phrase) => {
    expect(only('absolute-terms', lint(`【XX银行】${phrase}，欢迎咨询`).issues)).toEqual([]);
  });

  it.each([
    ['最划算的贷款', '最划算', 'error'],
    ['利息最实惠', '最实惠', 'error'],
    ['最受欢迎的信贷产品', '最受欢迎', 'warning'],
    ['最专业的团队', '最专业', 'warning'],
  ])('reports the superlative in %j as %j (%s)', (phrase, excerpt, severity) => {
    expect(only('absolute-terms', lint(`【XX银行】${phrase}，欢迎咨询`).issues).map(pick)).toEqual([{ severity, excerpt, fix: undefined }]);
  });

  it.each([['最高品质服务', '最高'], ['销量第一', '第一'], ['最高收益8%', '最高收益']])('still reports %j', (phrase, excerpt) => {
    expect(only('absolute-terms', lint(`【XX银行】${phrase}，欢迎咨询`).issues).map((issue) => issue.excerpt)).toEqual([excerpt]);
  });

  it('reports the longest term only, not the terms nested in it', () => {
    expect(only('absolute-terms', lint('【XX银行】全国第一').issues).map((issue) => issue.excerpt)).toEqual(['全国第一']);
  });
});

describe('specific-amount', () => {
  it('reports a range as one amount, so its fix replaces the whole range', () => {
    const issues = only('specific-amount', lint('【XX银行】贷款额度10-20万元，欢迎申请。').issues);
    expect(issues.map((issue) => issue.excerpt)).toEqual(['额度10-20万元']);
  });

  it.each([
    ['50万额度', '50万额度', '最高可申请额度'],
    ['最高50万额度', '最高50万额度', '最高可申请额度'],
    ['额度最高30万', '额度最高30万', '最高可申请额度'],
    ['最高5w', '最高5w', '最高可申请额度'],
    ['可借20000元', '20000元', undefined],
    ['¥50,000', '¥50,000', undefined],
  ])('in %j reports %j with suggestion %j', (phrase, excerpt, fix) => {
    expect(only('specific-amount', lint(`【XX银行】${phrase}，欢迎咨询`).issues).map(pick)).toEqual([{ severity: 'error', excerpt, fix }]);
  });

  // Chinese numerals are also adverbs (千万别错过), idioms (十万火急) and names (王一万): they count as an
  // amount only with a money unit, a currency, or a credit word before or after them.
  it.each([
    ['可借五十万', '五十万'],
    ['最高两万', '最高两万'],
    ['五十万额度', '五十万额度'],
    ['三万元红包', '三万元'],
    ['¥五千', '¥五千'],
    ['五万现金', '五万'],
    ['五万块钱应急', '五万'],
    ['借一万还一万', '一万'],
    ['领取五万', '五万'],
    // A numeral of a hundred or more without a unit is an amount where a bare number of digits would be one:
    // after a context word ("可借五千" as "可借5000").
    ['可借五千', '五千'],
    ['最高八千', '八千'],
    ['借一千', '一千'],
    ['可借两百', '两百'],
    ['可借一千五百', '一千五百'],
  ])('in %j reports the Chinese-numeral amount %j', (phrase, excerpt) => {
    expect(only('specific-amount', lint(`【XX银行】${phrase}，欢迎咨询`).issues).map((issue) => issue.excerpt)).toEqual([excerpt]);
  });

  it.each([
    '注册资本100亿元的持牌机构',
    '资产规模超过5000亿元',
    '首刷满88元送10元立减金',
    '开卡返现100元',
    '绑卡即领10元红包',
    '借款送50元话费',
    '¥20红包',
  ])('stays silent on a figure about the institution, a small reward or a spending threshold: %j', (phrase) => {
    expect(only('specific-amount', lint(`【XX银行】${phrase}，欢迎咨询`).issues)).toEqual([]);
  });

  it.each([
    ['三万元红包待领取', '三万元'],
    ['2000元红包待领取', '2000元'],
    ['额度满5万元可分期', '5万元'],
    ['5万元立减金', '5万元'],
  ])('still reports a credit line dressed as a reward, or a reward of 1,000元 or more: %j', (phrase, excerpt) => {
    expect(only('specific-amount', lint(`【XX银行】${phrase}，欢迎咨询`).issues).map((issue) => issue.excerpt)).toEqual([excerpt]);
  });

  it.each(['可借十五', '王五千您好', '五千年历史', '借一千次'])('stays silent on a unit-less numeral that is no amount: %j', (phrase) => {
    expect(only('specific-amount', lint(`【XX银行】${phrase}，欢迎咨询`).issues)).toEqual([]);
  });

  it.each(['千万别错过', '十万火急', '王一万您好', '一万一您好', '千千万万的家庭', '万一逾期'])(
    'stays silent on Chinese numerals that are no amount: %j',
    (phrase) => {
      expect(only('specific-amount', lint(`【XX银行】${phrase}，欢迎咨询`).issues)).toEqual([]);
    },
  );

  // Amounts written one after another are one finding: fixed one at a time, the suggestion's 额度 would
  // turn the next amount into a new credit line ("最高可申请额度5万"), and a second round of fixes would
  // change the text again. (Found by the fix-idempotence property.)
  it.each([
    ['最高30万5万', '最高30万5万'],
    ['50万额度30万五十万', '50万额度30万五十万'],
    ['额度30万:五十万', '额度30万:五十万'],
    ['最高30万500', '最高30万500'],
  ])('reports the adjacent amounts in %j as one finding', (phrase, excerpt) => {
    const text = `【XX银行】${phrase}。拒收请回复R`;
    expect(only('specific-amount', lint(text).issues).map((issue) => issue.excerpt)).toEqual([excerpt]);
    const fixed = applyFixes(text, lint(text).issues);
    expect(fixed).toBe('【XX银行】最高可申请额度。拒收请回复R');
    expect(applyFixes(fixed, lint(fixed).issues)).toBe(fixed);
  });

  it('keeps amounts apart when something but filler stands between them', () => {
    expect(only('specific-amount', lint('【XX银行】额度30万，5万').issues).map((issue) => issue.excerpt)).toEqual(['额度30万', '5万']);
    expect(only('specific-amount', lint('【XX银行】最高30万，五十万').issues).map((issue) => issue.excerpt)).toEqual(['最高30万']);
  });

  // 千 is a magnitude like 万 and k: "可借5千" is 5,000, not the bare number 5.
  it.each([
    ['最高可借5千', '5千', undefined],
    ['最高5千', '最高5千', '最高可申请额度'],
    ['最高5千万额度', '最高5千万额度', '最高可申请额度'],
    ['5千额度', '5千额度', '最高可申请额度'],
    ['可借3千元', '3千元', undefined],
  ])('reads 千 after digits as a magnitude: in %j reports %j with suggestion %j', (phrase, excerpt, fix) => {
    expect(only('specific-amount', lint(`【XX银行】${phrase}，欢迎咨询`).issues).map(pick)).toEqual([{ severity: 'error', excerpt, fix }]);
  });

  it('reports both ends of a range written with 千', () => {
    expect(only('specific-amount', lint('【XX银行】额度3千至5万，欢迎咨询').issues).map((issue) => issue.excerpt)).toEqual(['额度3千', '5万']);
  });

  // "3万多位客户", "5千余名用户" count people: an approximation word (多/余) may stand before the count unit.
  it.each(['已有3万多位客户选择我们', '3万多名用户好评', '已服务5千多人', '5千余名用户', '累计服务2万余户家庭', '326位客户'])(
    'stays silent on head counts: %j',
    (phrase) => {
      expect(only('specific-amount', lint(`【XX银行】${phrase}，欢迎咨询`).issues)).toEqual([]);
    },
  );

  it('is silent in notifications, where amounts are the message', () => {
    expect(only('specific-amount', lint('【XX银行】本期应还1,280.00元。', { kind: 'notification' }).issues)).toEqual([]);
  });
});

describe('misleading-claims', () => {
  // 带 stands in for 贷 (rules/homophones.json): "黑户也能带" spells 黑户也能贷, the longer term.
  it.each([['无视黑白户，当天到账', '无视黑白户'], ['黑户也能带款', '黑户也能带'], ['征信花了也能借', '征信花了也能借']])(
    'reports the bad-credit come-on in %j as %j',
    (phrase, excerpt) => {
      expect(only('misleading-claims', lint(`【XX银行】${phrase}`).issues).map((issue) => issue.excerpt)).toEqual([excerpt]);
    },
  );

  // 秒审/秒通过 promise an approval in seconds like 秒批; 无需审核/免审 promise approval without review.
  it.each([
    ['3秒审批', '秒审'],
    ['秒审核，快速到账', '秒审'],
    ['提交即秒通过', '秒通过'],
    ['无需审核，当天到账', '无需审核'],
    ['免审批', '免审批'],
    ['负债高也能借', '负债高也能'],
    ['有手机号就能借', '有手机号就能借'],
    ['无需提供任何资料', '无需提供任何资料'],
  ])('reports the approval promise in %j as %j', (phrase, excerpt) => {
    expect(only('misleading-claims', lint(`【XX银行】${phrase}`).issues).map((issue) => issue.excerpt)).toEqual([excerpt]);
  });

  it.each(['审批以风控结果为准', '验证码60秒内有效', '限时秒杀活动'])('stays silent on %j', (phrase) => {
    expect(only('misleading-claims', lint(`【XX银行】${phrase}`).issues)).toEqual([]);
  });

  it('stays silent on a warning about bad-credit loans', () => {
    expect(only('misleading-claims', lint('【XX银行】谨防“黑户贷款”诈骗，本行不会收取任何前期费用。').issues)).toEqual([]);
  });

  it('reports 无抵押 only next to a guarantee of approval', () => {
    expect(only('misleading-claims', lint('【XX银行】无抵押信用贷款').issues)).toEqual([]);
    expect(only('misleading-claims', lint('【XX银行】无抵押，秒批').issues).map((issue) => issue.excerpt)).toEqual(['无抵押', '秒批']);
  });

  it('reports 分期付款 only when the message is about a loan, suggesting 分期贷款', () => {
    expect(only('misleading-claims', lint('【XX商城】支持分期付款').issues)).toEqual([]);
    expect(only('misleading-claims', lint('【XX银行】贷款可分期付款').issues).map(pick)).toEqual([
      { severity: 'error', excerpt: '分期付款', fix: '分期贷款' },
    ]);
  });
});

describe('apr-disclosure', () => {
  const apr = (text: string, config = {}) => only('apr-disclosure', createLinter(config).lint(text).issues).map(pick);

  // Deposit and wealth-management rates are not the price of credit: the 2021 announcement is about loans.
  it.each(['储蓄存款利率上调', '定期存款年利率2.1%', '理财年化收益率3%', '大额存单利率3.1%，欢迎咨询'])('stays silent on the savings rate in %j', (phrase) => {
    expect(apr(`【XX银行】${phrase}`)).toEqual([]);
  });

  it('still checks a loan rate in a clause of its own next to a savings rate', () => {
    expect(apr('【XX银行】存款利率2%，贷款利率优惠')).toEqual([{ severity: 'error', excerpt: '利率', fix: undefined }]);
    expect(apr('【XX银行】存款利率2%，贷款年化利率30%（单利）')).toEqual([{ severity: 'warning', excerpt: '年化利率30%', fix: undefined }]);
  });

  it('errors on each daily or monthly rate without an APR', () => {
    expect(apr('【XX银行】日息0.02%，月息0.6%')).toEqual([
      { severity: 'error', excerpt: '日息', fix: undefined },
      { severity: 'error', excerpt: '月息', fix: undefined },
    ]);
  });

  it('errors once on other rate words without an APR', () => {
    expect(apr('【XX银行】低息贷款，利息优惠')).toEqual([{ severity: 'error', excerpt: '低息', fix: undefined }]);
  });

  it('warns when a daily rate comes before the APR, and notes an APR that does not say 单利', () => {
    expect(apr('【XX银行】日利率0.02%，年化利率7.3%起')).toEqual([
      { severity: 'warning', excerpt: '日利率', fix: undefined },
      { severity: 'info', excerpt: '年化利率7.3%', fix: undefined },
    ]);
  });

  // "利率低至3.1%（年化，单利）" shows the annualised rate as plainly as "年化利率3.1%": the label may follow the
  // rate in parentheses.
  it('reads a rate labelled 年化 in parentheses after it as the APR', () => {
    expect(apr('【XX银行】利率低至3.1%（年化，单利），欢迎申请')).toEqual([]);
    expect(apr('【XX银行】日利率0.02%，利率7.3%(年化)起')).toEqual([
      { severity: 'warning', excerpt: '日利率', fix: undefined },
      { severity: 'info', excerpt: '7.3%(年化)', fix: undefined },
    ]);
    expect(apr('【XX银行】利率36% （年利率，单利）')).toEqual([{ severity: 'warning', excerpt: '36% （年利率，单利）', fix: undefined }]);
  });

  it('still errors when 年化 is not the label of a rate', () => {
    expect(apr('【XX银行】利率3.1%，年化请咨询客服')).toEqual([{ severity: 'error', excerpt: '利率', fix: undefined }]);
    expect(apr('【XX银行】利率优惠（年化以合同为准）')).toEqual([{ severity: 'error', excerpt: '利率', fix: undefined }]);
    expect(apr('【XX银行】利率12345%（年化）')).toEqual([{ severity: 'error', excerpt: '利率', fix: undefined }]);
  });

  it('warns on an APR above 24% unless the check is turned off', () => {
    expect(apr('【XX银行】年化利率(单利)36%')).toEqual([{ severity: 'warning', excerpt: '年化利率(单利)36%', fix: undefined }]);
    expect(apr('【XX银行】年化利率(单利)36%', { rules: { 'apr-disclosure': { options: { maxAnnualRate: null } } } })).toEqual([]);
  });
});

describe('link', () => {
  it.each([
    ['t.cn/AbCd', 'error'],
    ['http://1.2.3.4/loan', 'error'],
    ['https://www.{1}.com', 'error'],
    ['http://www.example.com', 'warning'],
  ])('reports %j as %s', (url, severity) => {
    expect(only('link', lint(`【XX银行】访问 ${url} 了解`).issues).map((issue) => [issue.severity, issue.excerpt])).toEqual([[severity, url]]);
  });

  it('reports a variable named like a link', () => {
    expect(only('link', lint('【XX银行】点击{url}申请').issues).map((issue) => issue.excerpt)).toEqual(['{url}']);
  });
});

describe('forbidden-characters', () => {
  it('reports a run of symbols once and suggests removing it where the matcher ignores it anyway', () => {
    expect(only('forbidden-characters', lint('【XX银行】限时★★专享').issues).map(pick)).toEqual([{ severity: 'warning', excerpt: '★★', fix: '' }]);
  });

  it('offers no removal for 【】 in the body, since removing it would join the words around it', () => {
    expect(only('forbidden-characters', lint('【XX银行】【限时】专享').issues).map(pick)).toEqual([
      { severity: 'warning', excerpt: '【', fix: undefined },
      { severity: 'warning', excerpt: '】', fix: undefined },
    ]);
  });

  it('suggests the simplified form of traditional characters', () => {
    expect(only('forbidden-characters', lint('【XX银行】無抵押貸款').issues).map(pick)).toEqual([
      { severity: 'warning', excerpt: '無', fix: '无' },
      { severity: 'warning', excerpt: '貸', fix: '贷' },
    ]);
  });

  // The signature's brackets are its own, and its symbols are identity's finding ("只能包含中文、英文字母和
  // 数字"), but a traditional character passes identity's check: only this rule can see it.
  it('reports traditional characters inside the signature, and nothing else there', () => {
    expect(only('forbidden-characters', lint('【XX銀行】您好').issues).map(pick)).toEqual([{ severity: 'warning', excerpt: '銀', fix: '银' }]);
    expect(only('forbidden-characters', lint('【XX★银行】您好').issues)).toEqual([]);
    const fixed = applyFixes('【XX銀行】您好', lint('【XX銀行】您好').issues.filter((issue) => issue.ruleId === 'forbidden-characters'));
    expect(fixed).toBe('【XX银行】您好');
  });
});

describe('a signature after leading padding', () => {
  it('is the signature for forbidden-characters too, and the fixed text lints clean', () => {
    const text = '\uFEFF【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。本行不会要求转账。拒收请回复R';
    const { issues } = lint(text);
    expect(issues.map((issue) => `${issue.ruleId} ${issue.excerpt}`)).toEqual(['identity \uFEFF']);
    expect(lint(applyFixes(text, issues)).issues).toEqual([]);
  });

  it('still reports traditional characters inside it', () => {
    expect(only('forbidden-characters', lint(' 【XX銀行】您好').issues).map((issue) => issue.excerpt)).toEqual(['銀']);
  });
});

describe('evasion', () => {
  it('reports one finding per disguise, not one per nested term', () => {
    expect(only('evasion', lint('【XX银行】最 低 利 息').issues).map((issue) => issue.excerpt)).toEqual(['最 低 利 息']);
  });

  it('sees through dots that fold to a separator (･ → ・)', () => {
    expect(only('evasion', lint('【XX银行】最･低利息').issues).map((issue) => issue.excerpt)).toEqual(['最･低利息']);
    expect(only('absolute-terms', lint('【XX银行】最･低利息').issues).map((issue) => issue.excerpt)).toEqual(['最･低利息']);
  });

  it('ignores disguised anti-fraud phrases, which are no violation', () => {
    expect(only('evasion', lint('【XX银行】谨防 诈骗').issues)).toEqual([]);
  });
});

describe('sender-number', () => {
  it('warns on a sender it cannot read and on a non-106 enterprise number', () => {
    expect(only('sender-number', lint('x', { sender: 'abc' }).issues).map((issue) => issue.severity)).toEqual(['warning']);
    expect(only('sender-number', lint('x', { sender: '+86 106 9000 0123' }).issues)).toEqual([]);
    expect(only('sender-number', lint('x', { sender: '95588' }).issues).map((issue) => issue.severity)).toEqual(['warning']);
  });
});

describe('contact-channel', () => {
  it('reports a mobile number written with separators, and leaves landlines and 400/95 numbers alone', () => {
    expect(only('contact-channel', lint('【XX银行】致电 138 1234 5678').issues).map((issue) => issue.excerpt)).toEqual(['138 1234 5678']);
    expect(only('contact-channel', lint('【XX银行】致电010-12345678或400-123-4567或95588').issues)).toEqual([]);
  });
});

describe('contact-channel in links and variant spellings', () => {
  // "wx" and "qq" are WeChat/QQ only where a reader would take them as an account; inside the path of a
  // link they are a folder name ("m.xxbank.com/wx/loan").
  it.each(['点击 https://m.xxbank.com/wx/loan 了解', '详见 xxbank.com/qq 。', '详见 xxbank.com/a?ch=vx&x=1 。'])('stays silent on %j', (phrase) => {
    expect(only('contact-channel', lint(`【XX银行】${phrase}`).issues)).toEqual([]);
  });

  it.each([
    ['详见 http://wx.qq.com/abc', ['wx', 'qq']],
    ['加wx：abc123，详见 xxbank.com', ['wx']],
    ['加薇：abc123', ['加薇']],
  ])('still reports %j', (phrase, excerpts) => {
    expect(only('contact-channel', lint(`【XX银行】${phrase}`).issues).map((issue) => issue.excerpt)).toEqual(excerpts);
  });
});

describe('student-targeting', () => {
  // A statement that excludes students names them after a negating lead ("不向", "非") or before an
  // exclusion ("请勿申请", "除外"), possibly with "在校" or another student word in between.
  it.each([
    '本产品不向在校大学生发放',
    '本产品不面向在校大学生',
    '非在校大学生可申请',
    '不向高校学生提供',
    '谢绝在校学生申请',
    '在校大学生请勿申请',
    '大学生除外',
    '学生家长专享教育分期',
  ])('stays silent on %j', (phrase) => {
    expect(only('student-targeting', lint(`【XX银行】${phrase}，欢迎咨询`).issues)).toEqual([]);
  });

  it.each([
    ['大学生专享额度', ['大学生']],
    ['不用担心，大学生也能借', ['大学生']],
    ['不限学生身份', ['学生']],
    ['非常适合大学生', ['大学生']],
    ['在校大学生福利', ['大学生']],
  ])('still reports %j', (phrase, excerpts) => {
    expect(only('student-targeting', lint(`【XX银行】${phrase}，欢迎咨询`).issues).map((issue) => issue.excerpt)).toEqual(excerpts);
  });
});

describe('marketing-in-notification', () => {
  const notice = (text: string) => only('marketing-in-notification', lint(text, { kind: 'notification' }).issues);

  it('reports a call to claim as an error and offer wording as a warning', () => {
    expect(notice('【XX银行】您有一笔额度待激活，点击链接立即领取。').map(pick)).toEqual([
      { severity: 'error', excerpt: '立即领取', fix: undefined },
    ]);
    expect(notice('【XX银行】年化利率低至3.6%，立即申请。').map(pick)).toEqual([
      { severity: 'warning', excerpt: '低至', fix: undefined },
      { severity: 'error', excerpt: '立即申请', fix: undefined },
    ]);
  });

  it('makes every offer an error once a notice holds two: one may be a status, two are a promotion', () => {
    expect(notice('【XX银行】您的免息券已于12月1日到期失效。').map(pick)).toEqual([{ severity: 'warning', excerpt: '免息券', fix: undefined }]);
    const issues = notice('【XX银行】限时优惠，年化利率低至3.6%，立即申请。');
    expect(issues.map(pick)).toEqual([
      { severity: 'error', excerpt: '限时优惠', fix: undefined },
      { severity: 'error', excerpt: '低至', fix: undefined },
      { severity: 'error', excerpt: '立即申请', fix: undefined },
    ]);
    expect(issues[0]!.message).toContain('「限时优惠」等2处');
  });

  it('counts an offer once however often it is named, and not at all in a clause that reports a transaction', () => {
    expect(notice('【XX银行】您的返现已到账，感谢使用。').map(pick)).toEqual([]);
    expect(notice('【XX银行】限时优惠，限时优惠。').map(pick)).toEqual([
      { severity: 'warning', excerpt: '限时优惠', fix: undefined },
      { severity: 'warning', excerpt: '限时优惠', fix: undefined },
    ]);
  });

  it('does not count an offer the notice warns against ("请勿相信“低息贷款”")', () => {
    expect(notice('【XX银行】请勿相信“低息贷款”“限时免息”等诈骗短信，您的免息券将于12月1日到期。').map(pick)).toEqual([
      { severity: 'warning', excerpt: '免息券', fix: undefined },
    ]);
  });

  it.each([
    '【XX银行】您的借款将于12月5日到期，应还1,050.00元，请按时还款。',
    '【XX银行】您的贷款申请已审批通过，请登录手机银行查看。',
    '【XX银行】您已领取额度，请在手机银行查看。',
    '【XX消费金融】您的借款申请未通过审核，感谢您的关注。',
  ])('stays silent on the notice %j', (text) => {
    expect(notice(text)).toEqual([]);
  });

  it('leaves marketing messages to the marketing rules', () => {
    expect(only('marketing-in-notification', lint('【XX银行】限时优惠，立即申请。回复1了解，回复2回电。拒收请回复R').issues)).toEqual([]);
  });
});
