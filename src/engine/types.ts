import type { z } from 'zod';
import type { NormalizedText } from '../normalize/types.js';

/** How serious a finding is. `error` makes a report not `ok`. */
export type Severity = 'error' | 'warning' | 'info';

/** The kind of message being checked: carriers treat marketing and notifications differently. */
export type MessageKind = 'marketing' | 'notification';

/** A customer segment a message is meant for (see `classifySegment`). */
export type Segment = 'A' | 'B' | 'C' | 'excluded' | 'unclassified';

/**
 * A replacement for `[start, end)` of the original text. An insertion has `start === end`.
 */
export interface Suggestion {
  /** The text to put in place of `[start, end)`. */
  readonly text: string;
  /** UTF-16 offset into the original text (inclusive). */
  readonly start: number;
  /** UTF-16 offset into the original text (exclusive). */
  readonly end: number;
}

/**
 * One finding. Plain, JSON-serialisable data.
 *
 * `start`/`end` are UTF-16 offsets into the ORIGINAL text (end exclusive), so
 * `excerpt === text.slice(start, end)` always holds. A finding about something that is missing
 * (no unsubscribe statement, no signature) has an empty span (`start === end`) at the place
 * where the missing part belongs.
 */
export interface Issue {
  /** The id of the rule that reported it, e.g. `absolute-terms`. */
  readonly ruleId: string;
  /** The severity after config overrides. */
  readonly severity: Severity;
  /** What is wrong and why, in Chinese, with the legal or carrier basis. */
  readonly message: string;
  /** UTF-16 offset into the original text (inclusive). */
  readonly start: number;
  /** UTF-16 offset into the original text (exclusive). */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly excerpt: string;
  /** A replacement that `applyFixes` can apply automatically. */
  readonly suggestion?: Suggestion;
}

/** The result of linting one message. */
export interface LintReport {
  /** `false` iff some issue has severity `error`. */
  readonly ok: boolean;
  /** Every finding, sorted by `start` (then `end`, then rule id). */
  readonly issues: readonly Issue[];
}

/** What a rule passes to `context.report()`. */
export interface ReportDescriptor {
  /** UTF-16 offset into the original text (inclusive). */
  readonly start: number;
  /** UTF-16 offset into the original text (exclusive). */
  readonly end: number;
  /** The message; the engine adds nothing to it. */
  readonly message: string;
  /** Defaults to the rule's `meta.defaultSeverity`. A config override replaces it. */
  readonly severity?: Severity;
  /** Replacement text for `[start, end)`, or an explicit replacement span. */
  readonly suggestion?: string | Suggestion;
}

/** The options a single `lint` call carries (validated by `LintOptionsSchema`). */
export interface ResolvedLintOptions {
  readonly sender?: string;
  readonly kind: MessageKind;
  readonly segment?: Segment;
}

/** One entry of a term list: the phrases, what to say and what to suggest. */
export interface TermEntry {
  /** Phrases, matched on the normalised view of the text (NFKC, case-folded, simplified, separators ignored). */
  readonly terms: readonly string[];
  readonly severity?: Severity;
  /** Free-form grouping used by rules, e.g. `rate`, `approval`, `generic`. */
  readonly category?: string;
  /** The message reported for a match; `{term}` is replaced by the matched text. */
  readonly message?: string;
  /** Replacement text, if a natural one exists. */
  readonly suggestion?: string;
  /** Key into the pack's `sources` (statute, regulator or carrier rule). */
  readonly source?: string;
  /**
   * Also match the terms as evaders spell them in pinyin: one Han character at a time (`wei信`, `微xin`),
   * and all of them for a term of three Han characters or more (`jiaweixin`). Covers the characters in
   * `rules/pinyin.json` (those of the shipped terms); others stay as written. A match is reported as the term.
   */
  readonly pinyin?: boolean;
  /**
   * Also match the terms of three Han characters or more with one character swapped for a homophone or a
   * look-alike (`黑户可代`, `不看正信`, `醉低利率`), from `rules/homophones.json`. A match is reported as the term.
   */
  readonly homophones?: boolean;
}

/** A term found in the text, already mapped back to the original. */
export interface TermMatch {
  /** The dictionary term (normalised form). */
  readonly term: string;
  readonly entry: TermEntry;
  /** UTF-16 offsets into the original text. */
  readonly start: number;
  readonly end: number;
  /** Offsets into the normalised view. */
  readonly viewStart: number;
  readonly viewEnd: number;
  /** True when the original characters differ from the term by more than ASCII case (spacing, width, 繁体, zero-width…). */
  readonly evasive: boolean;
  /** The id of the rule whose list holds the term. */
  readonly ruleId: string;
}

/** What a rule's `check` receives. */
export interface RuleContext<Options = unknown> {
  /** The original text. */
  readonly text: string;
  /**
   * The normalised matching view with its offset map, built on first read. Like the context itself it
   * belongs to one `check` call: read what you need during the call (a field first read after the
   * call has returned throws a `ComplianceConfigError`).
   */
  readonly normalized: NormalizedText;
  readonly options: ResolvedLintOptions;
  /** This rule's options, validated and with defaults applied. */
  readonly ruleOptions: Options;
  /** Matches of this rule's terms (allow-listed phrases removed, longest match wins). */
  readonly termMatches: readonly TermMatch[];
  /** Matches of every term rule, for rules that look across lists (e.g. `evasion`). */
  readonly allTermMatches: readonly TermMatch[];
  /**
   * Maps a span of the normalised view to the original text. Throws (and the engine reports the rule
   * as broken) for a span outside the view; throws a `ComplianceConfigError` when called after `check`
   * has returned.
   */
  toOriginal(viewStart: number, viewEnd: number): { start: number; end: number };
  /** Records one finding; the engine fills in the rule id, the effective severity and the excerpt. */
  report(descriptor: ReportDescriptor): void;
  /**
   * A memo that lives for one `lint` call and is shared by all its rules: the first
   * `memo(key, compute)` runs `compute`, later calls with the same `key` (compared by identity — use
   * a module constant such as the function itself) return the stored value. Lets several rules
   * share one costly analysis of the text without any state outliving the call. Optional so that
   * hand-built contexts (tests) need not provide it: call `compute()` directly when it is absent.
   */
  readonly memo?: <T>(key: object, compute: () => T) => T;
}

/** Static description of a rule, modelled on ESLint's `meta`. */
export interface RuleMeta<Options = unknown> {
  /** One line, in Chinese or English, saying what the rule checks. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Whether the rule's reports carry suggestions that `applyFixes` can apply. */
  readonly fixable: boolean;
  /** The legal or carrier basis. */
  readonly basis?: string;
  /** A link to the rule's documentation. */
  readonly docs?: string;
  /** Message kinds the rule applies to; default both. */
  readonly kinds?: readonly MessageKind[];
  /** Schema of the rule's options; its defaults are applied when a linter is built. */
  readonly options?: z.ZodType<Options>;
  /** Terms that take part in the linter's shared automaton; matches arrive as `context.termMatches`. */
  readonly terms?: readonly TermEntry[];
  /** Phrases that, when they cover a term match of this rule, suppress it. */
  readonly allow?: readonly string[];
  /**
   * A pre-filter: when given, `check` runs only for a message whose normalised view contains one of
   * these phrases (matched by the shared automaton, so the test is free) or that has a term match of
   * this rule. `[]` means "only when a term of mine matched". Leave it out for a rule that must see
   * every message — one that reports something missing, say. Every match the rule can report must
   * contain a trigger or a term: a trigger list narrower than the rule would hide findings.
   */
  readonly triggers?: readonly string[];
}

/** A rule: `meta` plus a pure `check(context)` that reports issues. */
export interface RuleDefinition<Options = unknown> {
  /** Kebab-case id, unique in a linter, e.g. `absolute-terms`. */
  readonly id: string;
  readonly meta: RuleMeta<Options>;
  /** Inspects `context.text` and calls `context.report()` per finding. Pure: no I/O, clock or randomness. */
  check(context: RuleContext<Options>): void;
}

/**
 * A rule of any options type, for heterogeneous lists (`customRules`, the built-in catalog).
 * Options are validated by each rule's own `meta.options` schema before `check` sees them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRuleDefinition = RuleDefinition<any>;

/**
 * The verdict of a pattern-safety check on a `config.patterns` regular expression.
 *
 * @example
 * import type { PatternVerdict } from 'sms-compliance';
 *
 * const verdict: PatternVerdict = { safe: false, reason: 'exponential backtracking' };
 */
export interface PatternVerdict {
  readonly safe: boolean;
  /** Why the pattern was rejected; shown after the config path in the error message. */
  readonly reason?: string;
}

/**
 * Decides whether a `config.patterns` regular expression is safe from catastrophic backtracking
 * (e.g. a wrapper around the `recheck` package's `checkSync`). Receives the pattern source and the
 * config's flags (without the internal `g`/`i`). Synchronous, because `createLinter` is.
 *
 * @example
 * import { checkSync } from 'recheck';
 * import { createLinter, type PatternChecker } from 'sms-compliance';
 *
 * const patternChecker: PatternChecker = (source, flags) =>
 *   checkSync(source, flags, { timeout: 5_000 }).status === 'safe' ? { safe: true } : { safe: false, reason: 'recheck' };
 * createLinter({ patterns: { 'house-rule': [{ pattern: '秒批', message: '禁用' }] } }, { patternChecker });
 */
export type PatternChecker = (source: string, flags: string) => PatternVerdict;
