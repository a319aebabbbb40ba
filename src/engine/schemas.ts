import { z } from 'zod';
import { SeveritySchema, TermEntrySchema } from '../content/packSchema.js';
import type { AnyRuleDefinition, PatternChecker } from './types.js';

/** The longest sending number `lint` accepts. @internal */
export const SENDER_MAX_LENGTH = 64;

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
 *
 * @example
 * import { LintOptionsSchema } from 'sms-compliance';
 *
 * LintOptionsSchema.parse({ kind: 'notification', sender: '106900001234' });
 * //=> { kind: 'notification', sender: '106900001234' }
 * LintOptionsSchema.safeParse({ kind: 'promo' }).success; //=> false
 */
export const LintOptionsSchema = z.strictObject({
  sender: z.string().max(SENDER_MAX_LENGTH).optional(),
  kind: MessageKindSchema.default('marketing'),
  segment: SegmentSchema.optional(),
});

/** Options of one `lint` call, as passed in. */
export type LintOptions = z.input<typeof LintOptionsSchema>;

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A rule id: kebab-case. */
export const RuleIdSchema = z.string().regex(RULE_ID, 'rule ids are kebab-case, e.g. "my-rule"');

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === 'function';

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
    terms: z.array(TermEntrySchema).optional(),
    allow: z.array(z.string().min(1).max(64)).optional(),
    triggers: z.array(z.string().min(1).max(64)).optional(),
  }),
  /** The rule's pure `check(context)` function. */
  check: z
    .custom<(context: never) => void>(isFunction, { message: 'expected a function check(context)' })
    // An async check would report after lint() returned, into a report already handed out.
    .refine((check) => (check as { constructor?: { name?: string } }).constructor?.name !== 'AsyncFunction', {
      message: 'check must be synchronous, not an async function: findings reported after an await would be lost',
    }),
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
    pinyin: z.boolean().optional(),
    homophones: z.boolean().optional(),
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
 * One config-supplied regular expression of a pattern rule (`config.patterns[ruleId][n]`).
 *
 * The pattern runs on the normalised view (NFKC, lower-cased, simplified Chinese, separators
 * between CJK characters removed) with `g` and `i` added; `flags` may add `u`, `s` and `m`. It is
 * checked for catastrophic backtracking when the linter is built. `{match}` in `message` is
 * replaced by the matched original text.
 *
 * @example
 * import { PatternEntrySchema } from 'sms-compliance';
 *
 * PatternEntrySchema.safeParse({ pattern: 'qq ?[0-9]{5,11}', message: '请勿留QQ号' }).success; //=> true
 * PatternEntrySchema.safeParse({ pattern: 'qq', flags: 'g', message: 'x' }).success; //=> false
 */
export const PatternEntrySchema = z.strictObject({
  pattern: z.string().min(1).max(512),
  flags: z
    .string()
    .regex(/^[imsu]{0,4}$/, { error: 'only the flags i, m, s and u are allowed (g is added internally)' })
    .refine((flags) => new Set(flags).size === flags.length, { error: 'a flag is repeated' })
    .optional(),
  message: z.string().min(1).max(500),
  severity: SeveritySchema.optional(),
  suggestion: z.string().max(500).optional(),
});

/**
 * Configuration of a linter.
 *
 * - `rules`: per rule id, a severity override, `'off'`, or `{ severity, options }`.
 * - `terms`: per term rule id (`absolute-terms`, `misleading-claims`, `student-targeting`,
 *   `contact-channel`, `apr-disclosure`, or a custom rule with `meta.terms`), extra terms.
 * - `allow`: per rule id (or `'*'` for every term rule), phrases that suppress a term match they cover.
 * - `customRules`: rules made with `defineRule`.
 * - `patterns`: per new rule id (kebab-case, not an existing rule), regular expressions that report
 *   what they match (see `PatternEntrySchema`).
 *
 * Unknown keys and unknown rule ids are errors: a typo must never silently disable a check.
 *
 * @example
 * import { LinterConfigSchema } from 'sms-compliance';
 *
 * // A config loaded from JSON, checked for its shape (createLinter also checks rule ids and rule options).
 * LinterConfigSchema.safeParse({ rules: { 'anti-fraud-tip': 'off' }, terms: { 'misleading-claims': ['火速放款'] } }).success;
 * //=> true
 * LinterConfigSchema.safeParse({ rules: { 'anti-fraud-tip': 'of' } }).error?.issues[0]?.path; //=> ['rules', 'anti-fraud-tip']
 */
export const LinterConfigSchema = z.strictObject({
  rules: z.record(z.string(), RuleSettingSchema).optional(),
  terms: z.record(z.string(), z.array(ExtraTermSchema)).optional(),
  allow: z.record(z.string(), z.array(z.string().min(1).max(64))).optional(),
  customRules: z.array(RuleDefinitionSchema).optional(),
  patterns: z.record(z.string(), z.array(PatternEntrySchema).min(1).max(100)).optional(),
});

/**
 * What the host gives `createLinter` besides the config: functions, kept apart so that a config
 * stays plain data that can be loaded from JSON.
 *
 * - `patternChecker`: decides whether a `config.patterns` regular expression is safe from
 *   catastrophic backtracking, e.g. the `recheck` package's `checkSync`. Without it a pure,
 *   conservative built-in check is used that refuses unbounded quantifiers.
 *
 * @example
 * import { createLinter } from 'sms-compliance';
 *
 * const patterns = { 'no-vip': [{ pattern: 'vip', message: '慎用VIP' }] };
 * createLinter({ patterns }, { patternChecker: () => ({ safe: true }) }).rules.at(-1)?.id; //=> 'no-vip'
 */
export const LinterHostOptionsSchema = z.strictObject({
  patternChecker: z
    .custom<PatternChecker>(isFunction, { message: 'expected a function (source, flags) => { safe, reason? }' })
    .optional(),
});

/** What the host gives `createLinter` besides the config, as passed in. */
export type LinterHostOptions = z.input<typeof LinterHostOptionsSchema>;

/** Configuration of a linter, as passed in. */
export type LinterConfig = Omit<z.input<typeof LinterConfigSchema>, 'customRules'> & {
  /** Rules made with `defineRule`. */
  readonly customRules?: readonly AnyRuleDefinition[];
};
/** One rule's configuration. */
export type RuleSetting = z.input<typeof RuleSettingSchema>;
/** One config-supplied pattern, as passed in. */
export type PatternEntry = z.input<typeof PatternEntrySchema>;
/** An extra term given through config. */
export type ExtraTerm = z.input<typeof ExtraTermSchema>;
