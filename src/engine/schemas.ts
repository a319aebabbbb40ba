import { z } from 'zod';
import { SeveritySchema } from '../content/packSchema.js';
import type { AnyRuleDefinition } from './types.js';

/** A message kind: carriers treat marketing and notification templates differently. */
export const MessageKindSchema = z.enum(['marketing', 'notification']);

/** A customer segment (see `classifySegment`). */
export const SegmentSchema = z.enum(['A', 'B', 'C', 'excluded', 'unclassified']);

/**
 * Options of one `lint` call.
 *
 * - `sender`: the sending number; enables the `sender-number` rule.
 * - `kind`: `marketing` (default) or `notification`.
 * - `segment`: the customer segment the message is for; enables the `segment-fit` rule.
 */
export const LintOptionsSchema = z.strictObject({
  sender: z.string().max(64).optional(),
  kind: MessageKindSchema.default('marketing'),
  segment: SegmentSchema.optional(),
});

/** Options of one `lint` call, as passed in. */
export type LintOptions = z.input<typeof LintOptionsSchema>;

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A rule id: kebab-case. */
export const RuleIdSchema = z.string().regex(RULE_ID, 'rule ids are kebab-case, e.g. "my-rule"');

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === 'function';

const TermEntryInputSchema = z.strictObject({
  terms: z.array(z.string().min(1).max(64)).min(1),
  severity: SeveritySchema.optional(),
  category: z.string().min(1).optional(),
  message: z.string().min(1).optional(),
  suggestion: z.string().optional(),
  source: z.string().min(1).optional(),
});

/** Schema of a rule definition (see `defineRule`). */
export const RuleDefinitionSchema = z.strictObject({
  id: RuleIdSchema,
  meta: z.strictObject({
    description: z.string().min(1),
    defaultSeverity: SeveritySchema,
    fixable: z.boolean(),
    basis: z.string().optional(),
    docs: z.string().optional(),
    kinds: z.array(MessageKindSchema).min(1).optional(),
    options: z.custom<z.ZodType>((value) => value instanceof Object && 'safeParse' in value, {
      message: 'expected a zod schema',
    }).optional(),
    terms: z.array(TermEntryInputSchema).optional(),
    allow: z.array(z.string().min(1).max(64)).optional(),
  }),
  check: z.custom<(context: never) => void>(isFunction, { message: 'expected a function check(context)' }),
});

/** One extra term added to a term rule through config. */
export const ExtraTermSchema = z.union([
  z.string().min(1).max(64),
  z.strictObject({
    term: z.string().min(1).max(64),
    severity: SeveritySchema.optional(),
    category: z.string().min(1).optional(),
    message: z.string().min(1).optional(),
    suggestion: z.string().optional(),
  }),
]);

/** How one rule is configured: a severity (or `off`), or `{ severity?, options? }`. */
export const RuleSettingSchema = z.union([
  z.enum(['off', 'error', 'warning', 'info']),
  z.strictObject({
    severity: z.enum(['off', 'error', 'warning', 'info']).optional(),
    options: z.unknown().optional(),
  }),
]);

/**
 * Configuration of a linter.
 *
 * - `rules`: per rule id, a severity override, `'off'`, or `{ severity, options }`.
 * - `terms`: per term rule id (`absolute-terms`, `misleading-claims`, `student-targeting`,
 *   `contact-channel`, `apr-disclosure`, or a custom rule with `meta.terms`), extra terms.
 * - `allow`: per rule id (or `'*'` for every term rule), phrases that suppress a term match they cover.
 * - `customRules`: rules made with `defineRule`.
 *
 * Unknown keys and unknown rule ids are errors: a typo must never silently disable a check.
 */
export const LinterConfigSchema = z.strictObject({
  rules: z.record(z.string(), RuleSettingSchema).optional(),
  terms: z.record(z.string(), z.array(ExtraTermSchema)).optional(),
  allow: z.record(z.string(), z.array(z.string().min(1).max(64))).optional(),
  customRules: z.array(RuleDefinitionSchema).optional(),
});

/** Configuration of a linter, as passed in. */
export type LinterConfig = Omit<z.input<typeof LinterConfigSchema>, 'customRules'> & {
  /** Rules made with `defineRule`. */
  readonly customRules?: readonly AnyRuleDefinition[];
};
/** One rule's configuration. */
export type RuleSetting = z.input<typeof RuleSettingSchema>;
/** An extra term given through config. */
export type ExtraTerm = z.input<typeof ExtraTermSchema>;
