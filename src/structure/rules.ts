import type { RuleContext, RuleDefinition } from '../engine/types.js';
import { recognize, ruleFindings, type StructureRuleId } from './_analyze.js';
import {
  FeatureLengthRuleOptionsSchema,
  IdentityRuleOptionsSchema,
  LayerOrderRuleOptionsSchema,
  MessageLengthRuleOptionsSchema,
  ReplyOptionsRuleOptionsSchema,
  UnsubscribeRuleOptionsSchema,
} from './schemas.js';

const DOCS = 'docs/rules.md';

/**
 * Reports this rule's findings of the shared analysis with this rule's options (no finding of one
 * rule depends on another rule's options). The option-free part, the recognition of the layers, is
 * computed once per lint call through the engine's `memo`.
 */
function reportFindings(id: StructureRuleId, context: RuleContext<object>): void {
  const { text } = context;
  const recognition = (): ReturnType<typeof recognize> =>
    context.memo === undefined ? recognize(text) : context.memo(recognize, () => recognize(text));
  // A finding is a report descriptor already (its extra ruleId is not read): no copy per finding.
  for (const f of ruleFindings(id, text, context.options.kind, context.ruleOptions, recognition)) context.report(f);
}

/**
 * The `identity` rule: a `【签名】` at the very start, 2–12 Chinese/Latin/digit characters, not
 * neutral, naming the configured institution or a lender type; no second `【】` in the body.
 *
 * @example
 * import { createLinter } from 'sms-compliance';
 *
 * createLinter({ rules: { identity: { options: { institution: 'XX银行' } } } })
 *   .lint('【YY银行】您好').issues.find((issue) => issue.ruleId === 'identity')?.excerpt;
 * //=> '【YY银行】'
 */
export const identityRule: RuleDefinition<{ institution?: string[] | undefined; allowSignatures: string[] }> = {
  id: 'identity',
  meta: {
    description: '签名（第一层）：前置【机构名称】，2–12个中英文或数字，非中性签名，须为持牌放贷机构；正文不得再出现【】。',
    defaultSeverity: 'error',
    fixable: true,
    basis: '运营商签名规范（阿里云、腾讯云、华为云）；《广告法》第四十三条',
    docs: `${DOCS}#identity`,
    options: IdentityRuleOptionsSchema,
  },
  check: (context) => reportFindings('identity', context),
};

/**
 * The `feature-length` rule (marketing only): the service feature is present and has at most
 * `maxFeatureChars` (15) Han characters, letters and digits.
 *
 * @example
 * import { lint } from 'sms-compliance';
 *
 * lint('【XX银行】您享有专属绿色通道并且可以随时申请提高额度。回复1了解详情，回复2预约回电。拒收请回复R')
 *   .issues.filter((issue) => issue.ruleId === 'feature-length').map((issue) => issue.excerpt);
 * //=> ['申请提高额度']
 */
export const featureLengthRule: RuleDefinition<{ maxFeatureChars: number }> = {
  id: 'feature-length',
  meta: {
    description: '服务特性说明（第二层）：须有，且不超过15个汉字、字母或数字（可配置）。',
    defaultSeverity: 'warning',
    fixable: false,
    basis: '项目四层信息架构：服务特性说明不超过15字',
    docs: `${DOCS}#feature-length`,
    kinds: ['marketing'],
    options: FeatureLengthRuleOptionsSchema,
  },
  check: (context) => reportFindings('feature-length', context),
};

/**
 * The `reply-options` rule (marketing only): 2–3 reply options, no duplicate keys, no key that
 * collides with an unsubscribe keyword (R/T/TD/N).
 *
 * @example
 * import { lint } from 'sms-compliance';
 *
 * lint('【XX银行】您享有专属绿色通道。回复1了解详情，回复1预约回电。拒收请回复R')
 *   .issues.filter((issue) => issue.ruleId === 'reply-options').map((issue) => [issue.severity, issue.excerpt]);
 * //=> [['error', '回复1预约回电']]
 */
export const replyOptionsRule: RuleDefinition<{ minReplyOptions: number; maxReplyOptions: number }> = {
  id: 'reply-options',
  meta: {
    description: '互动引导（第三层）：2–3个回复选项；选项不得重复，不得与退订指令（R/T/TD/N）冲突。',
    defaultSeverity: 'warning',
    fixable: false,
    basis: '项目四层信息架构：互动引导指令设置2–3个回复选项',
    docs: `${DOCS}#reply-options`,
    kinds: ['marketing'],
    options: ReplyOptionsRuleOptionsSchema,
  },
  check: (context) => reportFindings('reply-options', context),
};

/**
 * The `unsubscribe` rule: a marketing message ends with an accepted statement (`拒收请回复R` by
 * default); a notification carries none. The missing statement comes with a fix.
 *
 * @example
 * import { lint } from 'sms-compliance';
 *
 * lint('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。')
 *   .issues.find((issue) => issue.ruleId === 'unsubscribe')?.suggestion;
 * //=> { text: '拒收请回复R', start: 32, end: 32 }
 */
export const unsubscribeRule: RuleDefinition<{ acceptedUnsubscribe: string[] }> = {
  id: 'unsubscribe',
  meta: {
    description: '退订声明（第四层）：营销短信末尾须有被接受格式的退订声明（默认「拒收请回复R」）；通知短信不得包含。',
    defaultSeverity: 'error',
    fixable: true,
    basis: '《通信短信息服务管理规定》；《广告法》第四十三条；运营商模板规范',
    docs: `${DOCS}#unsubscribe`,
    options: UnsubscribeRuleOptionsSchema,
  },
  check: (context) => reportFindings('unsubscribe', context),
};

/**
 * The `layer-order` rule (marketing only): identity → feature → interaction.
 *
 * @example
 * import { lint } from 'sms-compliance';
 *
 * lint('【XX银行】回复1了解详情，回复2预约回电。您享有专属绿色通道。拒收请回复R')
 *   .issues.filter((issue) => issue.ruleId === 'layer-order').map((issue) => issue.excerpt);
 * //=> ['回复1了解详情，回复2预约回电']
 */
export const layerOrderRule: RuleDefinition<Record<string, never>> = {
  id: 'layer-order',
  meta: {
    description: '四层顺序：签名 → 服务特性说明 → 互动引导 → 退订声明。',
    defaultSeverity: 'warning',
    fixable: false,
    basis: '项目四层信息架构；运营商模板规范',
    docs: `${DOCS}#layer-order`,
    kinds: ['marketing'],
    options: LayerOrderRuleOptionsSchema,
  },
  check: (context) => reportFindings('layer-order', context),
};

/**
 * The `message-length` rule: warns past `maxParts` (1) billed parts, errors past 500 characters.
 *
 * @example
 * import { createLinter } from 'sms-compliance';
 *
 * createLinter({ rules: { 'message-length': { options: { maxParts: 2 } } } })
 *   .lint('【XX银行】' + '好'.repeat(100)).issues.filter((i) => i.ruleId === 'message-length').length; //=> 0
 */
export const messageLengthRule: RuleDefinition<{ billing: 'china' | 'international'; maxParts: number }> = {
  id: 'message-length',
  meta: {
    description: '计费长度：超过1条（70字，含签名）时提示，超过500字报错；可选国际 GSM-7 计费。',
    defaultSeverity: 'warning',
    fixable: false,
    basis: '运营商计费规则：70字1条，长短信每67字1条，上限500字',
    docs: `${DOCS}#message-length`,
    options: MessageLengthRuleOptionsSchema,
  },
  check: (context) => reportFindings('message-length', context),
};

/**
 * The six structure rules, registered as built-ins by the engine.
 *
 * @example
 * import { structureRules } from 'sms-compliance';
 *
 * structureRules.map((rule) => rule.id);
 * //=> ['identity', 'feature-length', 'reply-options', 'unsubscribe', 'layer-order', 'message-length']
 *
 * @internal Not re-exported: the public list of every rule is `rules` (plain data).
 */
export const structureRules = [
  identityRule,
  featureLengthRule,
  replyOptionsRule,
  unsubscribeRule,
  layerOrderRule,
  messageLengthRule,
] as const satisfies readonly RuleDefinition[];
