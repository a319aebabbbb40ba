import type { RuleDefinition, Segment } from '../engine/types.js';
import { SEGMENT_CONTENT_TYPE } from './_classifyProfile.js';
import { contentTypesPack } from './_contentPack.js';
import { classifyContent } from './classifyContent.js';

const SEGMENT_LABEL: Record<Segment, string> = {
  A: 'A类客户（有借贷记录）',
  B: 'B类客户（活跃咨询）',
  C: 'C类客户（新注册）',
  excluded: '排除人群',
  unclassified: '未分类客户',
};

const EXCLUDED_MESSAGE =
  '该客户属于排除人群（在校学生、未成年人或已拒收），不得发送营销短信：' +
  '监管禁止向大学生营销互联网消费贷款（2021 年大学生互联网消费贷款监管通知），' +
  '用户拒收后应当停止发送（《通信短信息服务管理规定》）';

/**
 * The `segment-fit` rule: a marketing message should carry the content type that fits the
 * customer segment it is sent to (A → 产品续期提醒, B → 利率优惠信息, C → 服务流程介绍).
 *
 * - No `segment` in the lint options, or a `notification` message: silent.
 * - `segment: 'excluded'`: an **error** spanning the whole message — no marketing at all.
 * - Otherwise the text goes through `classifyContent`; when it is recognised as a content type
 *   other than the segment's (any type, for `unclassified`), a **warning** on the first piece of
 *   evidence for that type, naming the type, the confidence and what would fit. A message whose
 *   type is not recognised is left alone: the rule only reports what it can show evidence for.
 *
 * @example
 * import { lint } from 'sms-compliance';
 *
 * const text = '【XX消费金融】新用户专享年化利率(单利)7.2%起。拒收请回复R';
 * lint(text, { segment: 'C' }).issues.find((issue) => issue.ruleId === 'segment-fit');
 * //=> { ruleId: 'segment-fit', severity: 'warning', excerpt: '专享', message: '内容被识别为「利率优惠信息」…', … }
 * lint(text, { segment: 'B' }).issues.some((issue) => issue.ruleId === 'segment-fit'); //=> false
 */
export const segmentFitRule: RuleDefinition = {
  id: 'segment-fit',
  meta: {
    description: '营销内容类型须与客户分层匹配（A 续期提醒 / B 利率优惠 / C 流程介绍），排除人群不得营销',
    defaultSeverity: 'warning',
    fixable: false,
    basis:
      'A/B/C 分层发送策略（行业实践）；大学生互联网消费贷款监管通知（2021）；《通信短信息服务管理规定》拒收后停止发送；《个人信息保护法》第二十四条',
    docs: 'docs/rules.md#segment-fit',
    kinds: ['marketing'],
  },
  check(context) {
    const { segment, kind } = context.options;
    // Service notices (e.g. a repayment due notice to a student borrower) are not marketing; the
    // guard keeps the rule right even where an engine ignores `meta.kinds`.
    if (segment === undefined || kind !== 'marketing') return;

    if (segment === 'excluded') {
      context.report({ start: 0, end: context.text.length, message: EXCLUDED_MESSAGE, severity: 'error' });
      return;
    }

    const { contentType, confidence, evidence } = classifyContent(context.text);
    const expected = SEGMENT_CONTENT_TYPE[segment];
    if (contentType === null || contentType === expected) return;

    const own = evidence.filter((item) => item.contentType === contentType);
    const first = own[0]!;
    const phrases = [...new Set(own.map((item) => `“${item.excerpt}”`))].join('');
    const fits =
      expected === null
        ? '：该客户不属于 A/B/C 任何一类，没有适配的营销内容'
        : `，该类客户宜发送「${contentTypesPack.contentTypes[expected].label}」`;
    context.report({
      start: first.start,
      end: first.end,
      message:
        `内容被识别为「${contentTypesPack.contentTypes[contentType].label}」（置信度 ${confidence.toFixed(2)}，依据：${phrases}），` +
        `与${SEGMENT_LABEL[segment]}不匹配${fits}`,
    });
  },
};
