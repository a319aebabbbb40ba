export { rules } from './rules.js';
export type { RuleInfo } from './describeRule.js';
