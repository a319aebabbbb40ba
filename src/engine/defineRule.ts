import { parseInput } from '../errors/parseInput.js';
import { assertSafeKeys } from '../errors/assertPlainData.js';
import { RuleDefinitionSchema } from './schemas.js';
import type { RuleDefinition } from './types.js';

/**
 * Declares a custom rule, modelled on ESLint's rule objects: `meta` (description, default
 * severity, fixable, optional zod `options` schema, optional `terms` that join the linter's shared
 * automaton) and a pure `check(context)` that calls `context.report()`. Validates the definition
 * and returns it unchanged.
 *
 * @example
 * import { createLinter, defineRule } from 'sms-compliance';
 *
 * const noExclamation = defineRule({
 *   id: 'no-exclamation',
 *   meta: { description: '不使用感叹号', defaultSeverity: 'warning', fixable: true },
 *   check(context) {
 *     for (let i = context.text.indexOf('！'); i >= 0; i = context.text.indexOf('！', i + 1)) {
 *       context.report({ start: i, end: i + 1, message: '请勿使用感叹号', suggestion: '。' });
 *     }
 *   },
 * });
 * const { issues } = createLinter({ customRules: [noExclamation] }).lint('【XX银行】快来！');
 * issues.find((issue) => issue.ruleId === 'no-exclamation');
 * //=> { ruleId: 'no-exclamation', severity: 'warning', message: '请勿使用感叹号', start: 8, end: 9, excerpt: '！',
 * //     suggestion: { text: '。', start: 8, end: 9 } }
 */
export function defineRule<Options = unknown>(definition: RuleDefinition<Options>): RuleDefinition<Options> {
  assertSafeKeys(definition, 'rule');
  parseInput(RuleDefinitionSchema, definition, 'rule');
  return definition;
}
