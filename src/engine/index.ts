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
  PatternEntrySchema,
  LinterHostOptionsSchema,
  type PatternEntry,
  type LinterHostOptions,
} from './schemas.js';
export type {
  AnyRuleDefinition,
  Issue,
  LintReport,
  MessageKind,
  PatternChecker,
  PatternVerdict,
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
