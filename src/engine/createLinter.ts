import { ComplianceConfigError, type ConfigProblem } from '../errors/ComplianceConfigError.js';
import { assertSafeKeys } from '../errors/assertPlainData.js';
import { parseInput, joinPath } from '../errors/parseInput.js';
import { sharedNormalizer } from '../normalize/_sharedNormalizer.js';
import { createViewBuffer, unitsToString, type ViewBuffer } from '../normalize/createNormalizer.js';
import type { NormalizedText } from '../normalize/types.js';
import { builtinRules } from '../catalog/builtinRules.js';
import { describeRule, type RuleInfo } from '../catalog/describeRule.js';
import { compileTermIndex, findTermMatches, NO_MATCHES, type TermSource } from './_termIndex.js';
import { resolveLintOptions } from './_resolveLintOptions.js';
import {
  LinterConfigSchema,
  LinterHostOptionsSchema,
  type LinterConfig,
  type LinterHostOptions,
  type LintOptions,
} from './schemas.js';
import type { ResolvedLintOptions } from './types.js';
import { compilePatternRules } from './_patternRules.js';
import type {
  AnyRuleDefinition,
  Issue,
  LintReport,
  MessageKind,
  ReportDescriptor,
  RuleContext,
  Severity,
  TermEntry,
  TermMatch,
} from './types.js';
import { assertText } from '../errors/assertText.js';

/** A compiled linter: validate and compile once, then lint many messages. */
export interface Linter {
  /** Lints one message. Throws `ComplianceConfigError` for a non-string text or invalid options. */
  lint(text: string, options?: LintOptions): LintReport;
  /** The rules this linter runs, with their effective severities. */
  readonly rules: readonly (RuleInfo & { readonly severity: Severity })[];
}

interface ActiveRule {
  readonly rule: AnyRuleDefinition;
  readonly index: number;
  readonly severity: Severity | undefined;
  readonly ruleOptions: unknown;
  readonly kinds: readonly MessageKind[];
  /** Whether `check` may be skipped when none of the rule's triggers or terms occur. */
  readonly filtered: boolean;
}

const ALL_KINDS: readonly MessageKind[] = ['marketing', 'notification'];

/**
 * Validates a config and compiles a linter: rule options are parsed and every term list is
 * compiled into one automaton here, once, so that `linter.lint(text)` only reads the message.
 * Every `config.patterns` regular expression is compiled and checked for catastrophic
 * backtracking here too: by `host.patternChecker` (e.g. recheck) when given, otherwise by a pure,
 * conservative check that refuses unbounded quantifiers.
 *
 * @example
 * import { createLinter } from 'sms-compliance';
 *
 * const linter = createLinter({
 *   rules: { 'anti-fraud-tip': 'off', 'message-length': 'warning' },
 *   terms: { 'misleading-claims': ['闪电放款'] },
 *   allow: { 'absolute-terms': ['第一时间'] },
 * });
 * linter.lint('【XX银行】闪电放款，第一时间到账').issues.map((issue) => issue.ruleId);
 * //=> ['misleading-claims', ...]
 */
export function createLinter(config: LinterConfig = {}, host: LinterHostOptions = {}): Linter {
  assertSafeKeys(config, 'config');
  const parsedConfig = parseInput(LinterConfigSchema, config, 'config');
  const { patternChecker } = parseInput(LinterHostOptionsSchema, host, 'host');
  const problems: ConfigProblem[] = [];

  const customRules = (config.customRules ?? []) as readonly AnyRuleDefinition[];
  const allRules: AnyRuleDefinition[] = [...builtinRules];
  const byId = new Map(allRules.map((rule) => [rule.id, rule]));
  customRules.forEach((rule, index) => {
    if (byId.has(rule.id)) {
      problems.push({ path: `config.customRules[${index}].id`, message: `a rule with id "${rule.id}" already exists` });
      return;
    }
    byId.set(rule.id, rule);
    allRules.push(rule);
  });
  // Pattern rules are compiled and safety-checked here, once; a clash with any rule id is an error.
  for (const id of Object.keys(parsedConfig.patterns ?? {})) {
    if (byId.has(id)) problems.push({ path: `config.patterns.${id}`, message: `a rule with id "${id}" already exists` });
  }
  for (const rule of compilePatternRules(parsedConfig.patterns ?? {}, patternChecker, problems)) {
    if (byId.has(rule.id)) continue;
    byId.set(rule.id, rule);
    allRules.push(rule);
  }

  const settings = config.rules ?? {};
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) problems.push({ path: `config.rules.${id}`, message: unknownRuleMessage(id, byId) });
  }

  const active: ActiveRule[] = [];
  for (const rule of allRules) {
    const setting = settings[rule.id];
    const severitySetting = typeof setting === 'string' ? setting : setting?.severity;
    if (severitySetting === 'off') continue;
    const rawOptions = typeof setting === 'object' ? setting.options : undefined;
    let ruleOptions: unknown = rawOptions;
    if (rule.meta.options !== undefined) {
      const parsed = rule.meta.options.safeParse(rawOptions);
      if (parsed.success) ruleOptions = parsed.data;
      else {
        for (const issue of parsed.error.issues) {
          problems.push({ path: joinPath(`config.rules.${rule.id}.options`, issue.path), message: issue.message });
        }
      }
    } else if (rawOptions !== undefined) {
      problems.push({ path: `config.rules.${rule.id}.options`, message: 'this rule takes no options' });
    }
    active.push({
      rule,
      index: active.length,
      severity: severitySetting,
      ruleOptions,
      kinds: rule.meta.kinds ?? ALL_KINDS,
      filtered: rule.meta.triggers !== undefined,
    });
  }

  const extraTerms = config.terms ?? {};
  for (const id of Object.keys(extraTerms)) {
    const rule = byId.get(id);
    if (rule === undefined) problems.push({ path: `config.terms.${id}`, message: unknownRuleMessage(id, byId) });
    else if (rule.meta.terms === undefined) {
      problems.push({ path: `config.terms.${id}`, message: `rule "${id}" does not match terms` });
    }
  }
  const allow = config.allow ?? {};
  for (const id of Object.keys(allow)) {
    if (id !== '*' && !byId.has(id)) problems.push({ path: `config.allow.${id}`, message: unknownRuleMessage(id, byId) });
  }
  if (problems.length > 0) throw new ComplianceConfigError(problems);

  const sources: TermSource[] = [];
  for (const entry of active) {
    const { meta } = entry.rule;
    if (meta.terms === undefined && meta.triggers === undefined) continue;
    const extra: TermEntry[] = (extraTerms[entry.rule.id] ?? []).map((term) =>
      typeof term === 'string'
        ? { terms: [term] }
        : {
            terms: [term.term],
            ...(term.severity === undefined ? {} : { severity: term.severity }),
            ...(term.category === undefined ? {} : { category: term.category }),
            ...(term.message === undefined ? {} : { message: term.message }),
            ...(term.suggestion === undefined ? {} : { suggestion: term.suggestion }),
          },
    );
    sources.push({
      ruleIndex: entry.index,
      ruleId: entry.rule.id,
      entries: extra.length === 0 ? (meta.terms ?? []) : [...(meta.terms ?? []), ...extra],
      allow: [...(meta.allow ?? []), ...(allow[entry.rule.id] ?? [])],
      triggers: meta.triggers ?? [],
    });
  }
  const normalize = sharedNormalizer();
  const termIndex = compileTermIndex(sources, allow['*'] ?? [], active.length, normalize);

  // Which rules run for each message kind is known now, not per message.
  const marketingRules = active.filter((entry) => entry.kinds.includes('marketing'));
  const notificationRules = active.filter((entry) => entry.kinds.includes('notification'));

  // Scratch for the view, reused from call to call: allocating it was a tenth of a short message's
  // cost. Nothing a caller or rule receives points into it (the view handed to rules is a copy), and
  // a nested call (a custom rule linting) gets a buffer of its own, so no call can see another's data.
  const scratch = createViewBuffer();
  const triggeredScratch = new Uint8Array(active.length);
  let scratchInUse = false;

  const lint = (text: string, options?: LintOptions): LintReport => {
    assertText(text);
    const resolved = resolveLintOptions(options);
    const nested = scratchInUse;
    const buffer = nested ? createViewBuffer(text.length + 16) : scratch;
    const triggered = nested ? new Uint8Array(active.length) : triggeredScratch;
    scratchInUse = true;
    try {
      return lintView(text, resolved, buffer, triggered);
    } finally {
      if (!nested) scratchInUse = false;
    }
  };

  const lintView = (text: string, resolved: ResolvedLintOptions, buffer: ViewBuffer, triggered: Uint8Array): LintReport => {
    const size = normalize.into(buffer, text);
    triggered.fill(0);
    const matchesByRule = findTermMatches(termIndex, buffer, size, text, triggered);
    const allTermMatches = flatten(matchesByRule);
    const issues: Issue[] = [];
    // Spans are read from the scratch while this call runs; rules that want the view itself get a copy.
    const call = new LintCall(text, buffer, size);
    const mapToOriginal = (viewStart: number, viewEnd: number): { start: number; end: number } => call.toOriginal(viewStart, viewEnd);
    // One memo per call: rules share costly analyses (the structure layers) and nothing outlives the call.
    let memoKeys: object[] | undefined;
    let memoValues: unknown[] | undefined;
    const memo = <T>(key: object, compute: () => T): T => {
      if (memoKeys !== undefined) {
        const at = memoKeys.indexOf(key);
        if (at >= 0) return memoValues![at] as T;
      }
      const value = compute();
      (memoKeys ??= []).push(key);
      (memoValues ??= []).push(value);
      return value;
    };
    try {
      for (const entry of resolved.kind === 'marketing' ? marketingRules : notificationRules) {
        const termMatches = matchesByRule[entry.index]!;
        if (entry.filtered && termMatches.length === 0 && triggered[entry.index] === 0) continue;
        const { rule } = entry;
        const context = new Context(call, resolved, entry.ruleOptions, termMatches, allTermMatches, mapToOriginal, memo, (descriptor) => {
          issues.push(buildIssue(text, rule, entry.severity, descriptor));
        });
        try {
          rule.check(context);
        } catch (error) {
          if (error instanceof ComplianceConfigError) throw error;
          throw new ComplianceConfigError([
            { path: `rules.${rule.id}`, message: `the rule threw: ${error instanceof Error ? error.message : String(error)}` },
          ]);
        }
      }
    } finally {
      call.close();
    }
    issues.sort(compareIssues);
    return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
  };

  return {
    lint,
    rules: active.map((entry) => ({
      ...describeRule(entry.rule),
      severity: entry.severity ?? entry.rule.meta.defaultSeverity,
    })),
  };
}


/** All rules' term matches in one list (the shared empty list when there are none: the common case). */
function flatten(byRule: readonly (readonly TermMatch[])[]): readonly TermMatch[] {
  let total = 0;
  for (let rule = 0; rule < byRule.length; rule++) total += byRule[rule]!.length;
  if (total === 0) return NO_MATCHES;
  // Indexed copies: `Array.prototype.flat` is a generic (slow) path for a list this short.
  const all: TermMatch[] = new Array<TermMatch>(total);
  let at = 0;
  for (let rule = 0; rule < byRule.length; rule++) {
    const matches = byRule[rule]!;
    for (let k = 0; k < matches.length; k++) all[at++] = matches[k]!;
  }
  return all;
}

function unknownRuleMessage(id: string, byId: ReadonlyMap<string, unknown>): string {
  const close = [...byId.keys()].find((known) => known.startsWith(id.slice(0, 4)) || id.startsWith(known.slice(0, 4)));
  return `unknown rule id "${id}"${close === undefined ? '' : ` (did you mean "${close}"?)`}`;
}

/** What the rules of one call share: the text and, built on first use, its view. */
class LintCall {
  private view: CopiedView | undefined;
  private open = true;
  constructor(
    readonly text: string,
    private readonly buffer: ViewBuffer,
    private readonly size: number,
  ) {}

  normalized(): NormalizedText {
    if (this.view !== undefined) return this.view;
    this.assertOpen('context.normalized');
    return (this.view = new CopiedView(this.text, this.buffer, this.size));
  }

  toOriginal(viewStart: number, viewEnd: number): { start: number; end: number } {
    this.assertOpen('context.toOriginal');
    return toOriginal(this.buffer.starts, this.buffer.ends, this.size, this.text.length, viewStart, viewEnd);
  }

  /** Ends the call: the scratch now belongs to the next one. */
  close(): void {
    this.open = false;
    this.view?.close();
  }

  private assertOpen(what: string): void {
    if (!this.open) throw new RangeError(`${what} is only valid while the rule's check() runs`);
  }
}

/**
 * The view of one call as rules see it, copied out of the linter's scratch field by field on first
 * read: most rules read only `text`, and copying the offset arrays cost more than the whole scan.
 * Copied while the call runs, so it never changes afterwards.
 */
class CopiedView implements NormalizedText {
  private copiedText: string | undefined;
  private copiedStarts: Uint32Array | undefined;
  private copiedEnds: Uint32Array | undefined;
  private buffer: ViewBuffer | undefined;
  constructor(
    readonly original: string,
    buffer: ViewBuffer,
    private readonly size: number,
  ) {
    this.buffer = buffer;
  }

  get text(): string {
    return (this.copiedText ??= unitsToString(this.scratch().units, this.size));
  }

  get starts(): Uint32Array {
    return (this.copiedStarts ??= this.scratch().starts.slice(0, this.size));
  }

  get ends(): Uint32Array {
    return (this.copiedEnds ??= this.scratch().ends.slice(0, this.size));
  }

  /** After the call, a field nobody read during it cannot be copied any more: reading it throws. */
  close(): void {
    this.buffer = undefined;
  }

  private scratch(): ViewBuffer {
    if (this.buffer === undefined) throw new RangeError('context.normalized is only valid while the rule\'s check() runs');
    return this.buffer;
  }
}

/**
 * A rule's context. A class, not an object literal: a literal with a getter costs a fresh closure
 * and a slow object shape per rule per message. `report`, `toOriginal` and `memo` are own
 * properties (arrow functions), so a rule may destructure them.
 */
class Context implements RuleContext<unknown> {
  readonly text: string;
  constructor(
    private readonly call: LintCall,
    readonly options: ResolvedLintOptions,
    readonly ruleOptions: unknown,
    readonly termMatches: readonly TermMatch[],
    readonly allTermMatches: readonly TermMatch[],
    readonly toOriginal: (viewStart: number, viewEnd: number) => { start: number; end: number },
    readonly memo: <T>(key: object, compute: () => T) => T,
    readonly report: (descriptor: ReportDescriptor) => void,
  ) {
    this.text = call.text;
  }

  /** The view, copied out of the linter's scratch the first time a rule of this call asks. */
  get normalized(): NormalizedText {
    return this.call.normalized();
  }
}

function toOriginal(
  starts: Uint32Array,
  ends: Uint32Array,
  size: number,
  textLength: number,
  viewStart: number,
  viewEnd: number,
): { start: number; end: number } {
  // Past `size` the scratch holds an earlier message's offsets: a wrong span must fail, not pass.
  if (!(viewStart >= 0 && viewEnd <= size)) {
    throw new RangeError(`toOriginal(${String(viewStart)}, ${String(viewEnd)}) is outside the view (length ${size})`);
  }
  if (viewEnd <= viewStart) {
    const at = viewStart < size ? starts[viewStart]! : textLength;
    return { start: at, end: at };
  }
  return { start: starts[viewStart]!, end: ends[viewEnd - 1]! };
}

function buildIssue(
  text: string,
  rule: AnyRuleDefinition,
  severityOverride: Severity | undefined,
  descriptor: ReportDescriptor,
): Issue {
  const { start, end, message } = descriptor;
  assertSpan(rule.id, 'report', text.length, start, end);
  if (typeof message !== 'string' || message.length === 0) {
    throw new ComplianceConfigError([{ path: `rules.${rule.id}`, message: 'report() needs a non-empty message' }]);
  }
  const severity = severityOverride ?? descriptor.severity ?? rule.meta.defaultSeverity;
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    ruleId: rule.id,
    severity,
    message,
    start,
    end,
    excerpt: text.slice(start, end),
  };
  const { suggestion } = descriptor;
  if (typeof suggestion === 'string') issue.suggestion = { text: suggestion, start, end };
  else if (suggestion !== undefined) {
    assertSpan(rule.id, 'suggestion', text.length, suggestion.start, suggestion.end);
    issue.suggestion = { text: suggestion.text, start: suggestion.start, end: suggestion.end };
  }
  return issue;
}

function assertSpan(ruleId: string, what: string, length: number, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new ComplianceConfigError([
      { path: `rules.${ruleId}`, message: `${what} span [${String(start)}, ${String(end)}) is not inside the text (length ${length})` },
    ]);
  }
}

function compareIssues(a: Issue, b: Issue): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
