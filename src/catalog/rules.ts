import { builtinRules } from './builtinRules.js';
import { describeRule, type RuleInfo } from './describeRule.js';

/**
 * Every built-in rule as plain data: id, description, default severity, fixable, legal or carrier
 * basis, docs link and the message kinds it applies to.
 *
 * @example
 * import { rules } from 'sms-compliance';
 *
 * rules.find((rule) => rule.id === 'absolute-terms')?.defaultSeverity; //=> 'error'
 */
export const rules: readonly RuleInfo[] = /* @__PURE__ */ builtinRules.map((rule) =>
  describeRule(rule),
);
