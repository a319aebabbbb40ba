export { createLinter, type Linter } from './createLinter.js';
export { lint } from './lint.js';
export { applyFixes } from './applyFixes.js';
export { defineRule } from './defineRule.js';
export {
  LintOptionsSchema,
  LinterConfigSchema,
  RuleDefinitionSchema,
  RuleSettingSchema,
  ExtraTermSchema,
  MessageKindSchema,
  SegmentSchema,
  type LintOptions,
  type LinterConfig,
  type RuleSetting,
  type ExtraTerm,
} from './schemas.js';
export type {
  AnyRuleDefinition,
  Issue,
  LintReport,
  MessageKind,
  ReportDescriptor,
  ResolvedLintOptions,
  RuleContext,
  RuleDefinition,
  RuleMeta,
  Segment,
  Severity,
  Suggestion,
  TermEntry,
  TermMatch,
} from './types.js';
