import { sortShort } from '../_lib/sortShort.js';
import { ComplianceConfigError } from '../errors/ComplianceConfigError.js';
import type { Normalizer, ViewBuffer } from '../normalize/createNormalizer.js';
import { createViewBuffer, endsOf, originalEnd, unitsToString } from '../normalize/createNormalizer.js';
import type { NormalizedText } from '../normalize/types.js';
import { findTermMatches, NO_MATCHES, type TermIndex } from './_termIndex.js';
import type {
  AnyRuleDefinition,
  Issue,
  LintReport,
  MessageKind,
  ReportDescriptor,
  ResolvedLintOptions,
  RuleContext,
  Severity,
  TermMatch,
} from './types.js';

/** A rule of a compiled linter, with its settings resolved once. @internal */
export interface ActiveRule {
  readonly rule: AnyRuleDefinition;
  readonly index: number;
  readonly severity: Severity | undefined;
  readonly ruleOptions: unknown;
  readonly kinds: readonly MessageKind[];
  /** Whether `check` may be skipped when none of the rule's triggers or terms occur. */
  readonly filtered: boolean;
}

/** What `runLint` needs of a compiled linter: all of it fixed when the linter was built. @internal */
export interface CompiledLinter {
  readonly normalize: Normalizer;
  readonly termIndex: TermIndex;
  /** How many rules are active (the length of a `triggered` flag array). */
  readonly ruleCount: number;
  readonly marketingRules: readonly ActiveRule[];
  readonly notificationRules: readonly ActiveRule[];
}

/**
 * Lints one message with a compiled linter: normalises it into `buffer` (the linter's scratch),
 * finds every rule's term matches and triggers in one scan, runs the rules that have something to
 * look at, and returns the issues sorted by position. `triggered` is scratch too (one flag per rule).
 *
 * @internal
 */
export function runLint(
  linter: CompiledLinter,
  text: string,
  resolved: ResolvedLintOptions,
  buffer: ViewBuffer,
  triggered: Uint8Array,
): LintReport {
  const size = linter.normalize.into(buffer, text);
  // A loop, not TypedArray#fill: the built-in's call on twenty flags showed at 1.4% of a term linter's profile.
  for (let k = 0; k < triggered.length; k++) triggered[k] = 0;
  const matchesByRule = findTermMatches(linter.termIndex, buffer, size, text, triggered);
  // When no term matched, every list is the linter's shared empty one: there is nothing to collect.
  const allTermMatches = matchesByRule === linter.termIndex.noMatches ? NO_MATCHES : flatten(matchesByRule);
  const issues: Issue[] = [];
  // Spans are read from the scratch while this call runs; rules that want the view itself get a copy.
  const call = new LintCall(text, buffer, size);
  const mapToOriginal = (viewStart: number, viewEnd: number): { start: number; end: number } => call.toOriginal(viewStart, viewEnd);
  const memo = <T>(key: object, compute: () => T): T => call.memo(key, compute);
  try {
    for (const entry of resolved.kind === 'marketing' ? linter.marketingRules : linter.notificationRules) {
      const termMatches = matchesByRule[entry.index]!;
      if (entry.filtered && termMatches.length === 0 && triggered[entry.index] === 0) continue;
      const { rule } = entry;
      const context = new Context(call, resolved, entry.ruleOptions, termMatches, allTermMatches, mapToOriginal, memo, (descriptor) => {
        // A report after the call (an async check) would change a report already returned: refused.
        call.assertOpen('context.report');
        issues.push(buildIssue(text, rule, entry.severity, descriptor));
      });
      let returned: unknown;
      try {
        returned = rule.check(context);
      } catch (error) {
        if (error instanceof ComplianceConfigError) throw error;
        throw new ComplianceConfigError([
          { path: `rules.${rule.id}`, message: `the rule threw: ${error instanceof Error ? error.message : String(error)}` },
        ]);
      }
      if (isThenable(returned)) {
        // Its later reports throw (the call is closed by then): keep that rejection from crashing the host.
        returned.then(undefined, () => undefined);
        throw new ComplianceConfigError([
          { path: `rules.${rule.id}`, message: 'check() returned a promise: checks must be synchronous, and a finding reported later would be lost' },
        ]);
      }
    }
  } finally {
    call.close();
  }
  sortShort(issues, compareIssues);
  return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
}

/**
 * {@link runLint} with buffers of its own, for a call that may not use a linter's scratch: a nested
 * call, or the shared default linter of `lint()` (a module-level value must not hold mutable state).
 *
 * @internal
 */
export function runLintUnshared(linter: CompiledLinter, text: string, resolved: ResolvedLintOptions): LintReport {
  return runLint(linter, text, resolved, createViewBuffer(text.length + 16), new Uint8Array(linter.ruleCount));
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

/** What the rules of one call share: the text and, built on first use, its view. */
class LintCall {
  private view: CopiedView | undefined;
  private open = true;
  // One memo per call: rules share costly analyses (the structure layers) and nothing outlives the call.
  private memoKeys: object[] | undefined;
  private memoValues: unknown[] | undefined;
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
    return toOriginal(this.buffer.starts, this.size, this.text, viewStart, viewEnd);
  }

  memo<T>(key: object, compute: () => T): T {
    if (this.memoKeys !== undefined) {
      const at = this.memoKeys.indexOf(key);
      if (at >= 0) return this.memoValues![at] as T;
    }
    const value = compute();
    (this.memoKeys ??= []).push(key);
    (this.memoValues ??= []).push(value);
    return value;
  }

  /** Ends the call: the scratch now belongs to the next one. */
  close(): void {
    this.open = false;
    this.view?.close();
  }

  assertOpen(what: string): void {
    if (!this.open) throw staleContextError(what);
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
    return (this.copiedText ??= unitsToString(this.scratch(), this.size));
  }

  get starts(): Uint32Array {
    return (this.copiedStarts ??= this.scratch().starts.slice(0, this.size));
  }

  get ends(): Uint32Array {
    return (this.copiedEnds ??= endsOf(this.scratch(), this.size, this.original));
  }

  /** After the call, a field nobody read during it cannot be copied any more: reading it throws. */
  close(): void {
    this.buffer = undefined;
  }

  private scratch(): ViewBuffer {
    if (this.buffer === undefined) throw staleContextError('context.normalized');
    return this.buffer;
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** A rule used its context after its `check` returned: misuse, reported like any other. */
function staleContextError(what: string): ComplianceConfigError {
  return new ComplianceConfigError([{ path: what, message: "is only valid while the rule's check() runs" }]);
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
  size: number,
  text: string,
  viewStart: number,
  viewEnd: number,
): { start: number; end: number } {
  // Past `size` the scratch holds an earlier message's offsets: a wrong span must fail, not pass.
  if (!(viewStart >= 0 && viewEnd <= size)) {
    throw new RangeError(`toOriginal(${String(viewStart)}, ${String(viewEnd)}) is outside the view (length ${size})`);
  }
  if (viewEnd <= viewStart) {
    const at = viewStart < size ? starts[viewStart]! : text.length;
    return { start: at, end: at };
  }
  return { start: starts[viewStart]!, end: originalEnd(text, starts[viewEnd - 1]!) };
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
  const reported = descriptor.severity;
  // A custom rule written in plain JS can report any string: "ERROR" would pass as a non-blocking finding.
  if (reported !== undefined && reported !== 'error' && reported !== 'warning' && reported !== 'info') {
    throw new ComplianceConfigError([
      { path: `rules.${rule.id}`, message: `report() severity must be "error", "warning" or "info", got ${JSON.stringify(reported)}` },
    ]);
  }
  const severity = severityOverride ?? reported ?? rule.meta.defaultSeverity;
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
    if (typeof suggestion !== 'object' || suggestion === null || typeof suggestion.text !== 'string') {
      throw new ComplianceConfigError([{ path: `rules.${rule.id}`, message: 'report() suggestion must be a string or { text, start, end } with a string text' }]);
    }
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
