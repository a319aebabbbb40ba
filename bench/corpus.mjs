// A deterministic generator of realistic Chinese loan-marketing SMS for the benchmarks.
//
// Everything is built from fragments written here (no external data): a seeded PRNG picks a signature, an
// optional salutation, a service feature, optional amount/rate/link/anti-fraud sentences, reply options and an
// unsubscribe statement, aiming at ~85 characters. About one message in ten carries a violation (a forbidden
// claim, a superlative, a WeChat invitation, a student target, a concrete amount, a daily rate without APR, a
// shortened link) and some of those are disguised (spaces, stars, zero-width characters, 繁体, full-width digits).

/** mulberry32: a small, well-mixed 32-bit PRNG; deterministic for a given seed. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SIGNATURES = [
  '【安信银行】', '【恒达消费金融】', '【华融小额贷款】', '【北辰信托】', '【东方汽车金融】', '【XX银行】',
  '【明德银行】', '【瑞丰消费金融】', '【远航小贷】', '【长城银行信用卡】',
];
const SALUTATIONS = ['', '', '', '尊敬的客户，', '您好，', '尊敬的会员，'];
const FEATURES = [
  '您享有专属绿色通道', '您的信用额度已更新', '您的借款将于12月5日到期', '您有一笔额度待领取',
  '新用户专享利率优惠', '您的预审批结果已出', '您的账户可申请提额', '手机申请最快当天审核',
  '线上申请全程无需到店', '您本月还款日为15日', '您的续期申请可在线办理', '三步完成申请流程',
];
const AMOUNTS = ['最高可申请额度以审批为准', '额度以实际审批为准', '具体额度以审批结果为准'];
const RATES = ['年化利率(单利)7.2%起', '年化利率(单利)10.8%起', '年化利率7.3%-18%(单利)', '年化利率（单利）8.6%起'];
const LINKS = ['详见https://m.anxin-bank.com/a/8k2', '登录https://www.hengda.cn/loan查看', '详询95588', '详询400-820-1234'];
const TIPS = ['本机构不会以任何理由要求转账', '谨防诈骗', '放款前不收取任何费用'];
const CLOSERS = ['欢迎登录APP在线申请', '详情请咨询官方客服', '感谢您一直以来的支持', '申请进度可在APP查询'];
const REPLIES = [
  '回复1了解详情，回复2预约回电', '回复1查看额度，回复2办理续期', '回复Y确认，回复2咨询客服',
  '回复1了解流程，回复2预约回电，回复3暂不需要',
];
const UNSUBSCRIBES = ['拒收请回复R', '拒收请回复R', '拒收请回复R', '回T退订'];

/** Violations, each a fragment that some rule must report. */
const VIOLATIONS = [
  '秒批秒到账', '最低利息', '包过不看征信', '加微信xyz123咨询', '大学生专享', '50万额度', '日息低至0.02%',
  '详见http://t.cn/A6x2kP', '无抵押100%下款', '黑户可贷', '利率最低', '凭学生证秒借', '征信修复',
  '联系张经理13812345678', '全网最低费率', '保本无风险',
];

/** Disguises a violation the way senders do to slip past keyword filters. */
const DISGUISES = [
  (text) => Array.from(text).join(' '),
  (text) => Array.from(text).join('*'),
  (text) => Array.from(text).join('\u200b'),
  (text) => text.replace(/[户贷过证额度]/g, (char) => ({ 户: '戶', 贷: '貸', 过: '過', 证: '證', 额: '額', 度: '度' })[char]),
  (text) => text.replace(/[0-9%]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)),
];

const pick = (random, list) => list[Math.floor(random() * list.length)];

/**
 * One message: `{ text, violating }`. `violating` says whether a violation fragment was inserted (the linter
 * may still report info/warnings on clean messages, e.g. a missing anti-fraud tip).
 */
export function makeMessage(random) {
  const violating = random() < 0.1;
  const signature = pick(random, SIGNATURES);
  let body = pick(random, SALUTATIONS) + pick(random, FEATURES);
  const optional = [];
  if (random() < 0.6) optional.push(pick(random, RATES));
  if (random() < 0.45) optional.push(pick(random, AMOUNTS));
  if (random() < 0.5) optional.push(pick(random, LINKS));
  if (random() < 0.4) optional.push(pick(random, TIPS));
  let violation = '';
  if (violating) {
    violation = pick(random, VIOLATIONS);
    if (random() < 0.35) violation = pick(random, DISGUISES)(violation);
  }
  const at = Math.floor(random() * (optional.length + 1));
  const replies = pick(random, REPLIES);
  const unsubscribe = pick(random, UNSUBSCRIBES);
  const assemble = () => {
    const parts = [...optional];
    if (violation !== '') parts.splice(Math.min(at, parts.length), 0, violation);
    return `${signature}${body}${parts.map((part) => `，${part}`).join('')}。${replies}。${unsubscribe}`;
  };
  // Aim at ~85 characters: drop optional sentences (never the violation) while the message is over 95.
  let text = assemble();
  while (text.length > 95 && optional.length > 0) {
    optional.pop();
    text = assemble();
  }
  for (let k = 0; text.length < 80 && k < 2; k += 1) {
    body += `，${pick(random, CLOSERS)}`;
    text = assemble();
  }
  return { text, violating };
}

/** `count` messages from `seed`: the same arguments always give the same corpus. */
export function makeCorpus(count, seed = 20261129) {
  const random = mulberry32(seed);
  const messages = new Array(count);
  let violating = 0;
  let chars = 0;
  for (let i = 0; i < count; i += 1) {
    const message = makeMessage(random);
    messages[i] = message.text;
    if (message.violating) violating += 1;
    chars += message.text.length;
  }
  return { messages, violating, chars };
}

// A broad pool of common Han characters for generated terms; terms of 3–6 characters drawn from it are
// realistic host-list entries that seldom occur in ordinary messages.
const TERM_POOL = Array.from(
  '安百宝北备本币必变标表别宾冰兵波博补布财采彩菜参仓草测层茶产长常场超车称成诚城乘程池驰冲虫' +
    '出初除楚川传船窗床创春纯词次从村存达答打大带待丹单担旦当党刀导岛道德灯登等低底地弟典点电店调' +
    '丁顶定东冬动冻都斗独读渡端短段断堆队对顿多朵额儿耳二发法帆番凡烦反返范方防房仿访放飞非肥费分' +
    '风峰锋丰封凤佛夫服浮福府父付负妇附复副富腹该改盖干甘杆肝赶敢感刚岗纲钢港高搞稿告哥歌格隔个',
);

/** `count` distinct generated terms (3–6 Han characters), deterministic for a seed. */
export function makeTerms(count, seed = 7) {
  const random = mulberry32(seed);
  const terms = new Set();
  while (terms.size < count) {
    const length = 3 + Math.floor(random() * 4);
    let term = '';
    for (let k = 0; k < length; k += 1) term += pick(random, TERM_POOL);
    terms.add(term);
  }
  return [...terms];
}

/**
 * A message of about `size` UTF-16 units made of ordinary messages back to back.
 */
export function makeOrdinaryText(size, seed = 99) {
  const random = mulberry32(seed);
  let text = '';
  while (text.length < size) text += makeMessage(random).text;
  return text.slice(0, size);
}

/**
 * A hostile message of about `size` units: long runs of near-matches of the default terms (prefixes that
 * never complete: 最低利, 秒, 包下), separators between every character, digit runs with dots and percent
 * signs, unclosed 【, repeated 回复 keys and unsubscribe fragments — the inputs that make a backtracking
 * regex or a naive matcher go quadratic.
 */
export function makeAdversarialText(size, seed = 101) {
  const random = mulberry32(seed);
  const pieces = [
    '最低利', '最 低 利', '最*低*利*', '秒', '包下', '年化利率', '年化利率(单利', '1.2.3.4.5.', '99999999999',
    '0.0.0.0', '回复', '回复1', '拒收请回', '【', '】【', 'http://', 'a.b.c.', '￥', '万万万', '五十五十',
    '\u200b', '  ', '---', '%%%', '學學', 'vvvvx', 'qqqq', '${', '{{', '##',
  ];
  let text = '';
  while (text.length < size) text += pick(random, pieces);
  return text.slice(0, size);
}
