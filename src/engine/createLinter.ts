import { ComplianceConfigError, type ConfigProblem } from '../errors/ComplianceConfigError.js';
import { assertSafeKeys } from '../errors/assertPlainData.js';
import { parseInput, joinPath } from '../errors/parseInput.js';
import { assertText } from '../errors/assertText.js';
import { sharedNormalizer } from '../normalize/_sharedNormalizer.js';
import { createViewBuffer } from '../normalize/createNormalizer.js';
import { builtinRules } from '../catalog/builtinRules.js';
import { describeRule, type RuleInfo } from '../catalog/describeRule.js';
import { compileTermIndex, type TermSource } from './_termIndex.js';
import { resolveLintOptions } from './_resolveLintOptions.js';
import { compilePatternRules } from './_patternRules.js';
import { runLint, runLintUnshared, type ActiveRule, type CompiledLinter } from './_runLint.js';
import {
  LinterConfigSchema,
  LinterHostOptionsSchema,
  type LinterConfig,
  type LinterHostOptions,
  type LintOptions,
} from './schemas.js';
import type { AnyRuleDefinition, LintReport, MessageKind, Severity, TermEntry } from './types.js';

/** A compiled linter: validate and compile once, then lint many messages. */
export interface Linter {
  /** Lints one message. Throws `ComplianceConfigError` for a non-string text or invalid options. */
  lint(text: string, options?: LintOptions): LintReport;
  /** The rules this linter runs, with their effective severities. */
  readonly rules: readonly (RuleInfo & { readonly severity: Severity })[];
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
 *   terms: { 'misleading-claims': ['火速放款'] },
 *   allow: { 'absolute-terms': ['第一时间'] },
 * });
 * linter.lint('【XX银行】火速放款，第一时间到账').issues.map((issue) => issue.ruleId);
 * //=> ['misleading-claims', ...]
 */
export function createLinter(config: LinterConfig = {}, host: LinterHostOptions = {}): Linter {
  const { compiled, rules } = compileLinter(config, host);
  // Scratch for the view, reused from call to call: allocating it was a tenth of a short message's
  // cost. It belongs to this linter (never to a module), nothing a caller or rule receives points into
  // it (the view handed to rules is a copy), and a nested call (a custom rule linting) gets buffers of
  // its own, so no call can see another's data.
  const scratch = createViewBuffer();
  const triggeredScratch = new Uint8Array(compiled.ruleCount);
  let scratchInUse = false;

  const lint = (text: string, options?: LintOptions): LintReport => {
    assertText(text);
    const resolved = resolveLintOptions(options);
    if (scratchInUse) return runLintUnshared(compiled, text, resolved);
    scratchInUse = true;
    try {
      return runLint(compiled, text, resolved, scratch, triggeredScratch);
    } finally {
      scratchInUse = false;
    }
  };

  return { lint, rules };
}

/**
 * Validates a config and compiles it: everything a linter needs that does not change from message to
 * message (see {@link createLinter}). Holds no scratch, so it can be shared.
 *
 * @internal
 */
export function compileLinter(
  config: LinterConfig = {},
  host: LinterHostOptions = {},
): { readonly compiled: CompiledLinter; readonly rules: Linter['rules'] } {
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
            ...(term.pinyin === undefined ? {} : { pinyin: term.pinyin }),
            ...(term.homophones === undefined ? {} : { homophones: term.homophones }),
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

  const compiled: CompiledLinter = {
    normalize,
    termIndex,
    ruleCount: active.length,
    // Which rules run for each message kind is known now, not per message.
    marketingRules: active.filter((entry) => entry.kinds.includes('marketing')),
    notificationRules: active.filter((entry) => entry.kinds.includes('notification')),
  };

  return {
    compiled,
    rules: active.map((entry) => ({
      ...describeRule(entry.rule),
      severity: entry.severity ?? entry.rule.meta.defaultSeverity,
    })),
  };
}


function unknownRuleMessage(id: string, byId: ReadonlyMap<string, unknown>): string {
  const close = [...byId.keys()].find((known) => known.startsWith(id.slice(0, 4)) || id.startsWith(known.slice(0, 4)));
  return `unknown rule id "${id}"${close === undefined ? '' : ` (did you mean "${close}"?)`}`;
}
