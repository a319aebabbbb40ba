import type { ConfigProblem } from '../errors/ComplianceConfigError.js';
import { checkPathBudget } from './_regexBudget.js';
import type { AnyRuleDefinition, PatternChecker, PatternVerdict, ReportDescriptor, Severity } from './types.js';

/** One `config.patterns[id][n]` entry after schema validation. @internal */
export interface PatternEntryConfig {
  readonly pattern: string;
  readonly flags?: string | undefined;
  readonly message: string;
  readonly severity?: Severity | undefined;
  readonly suggestion?: string | undefined;
}

const RULE_ID = /^[a-z][a-z0-9]{0,63}(?:-[a-z0-9]{1,64}){0,16}$/;

interface CompiledEntry {
  readonly regex: RegExp;
  readonly message: string;
  readonly severity: Severity | undefined;
  readonly suggestion: string | undefined;
}

/**
 * Compiles `config.patterns` into one rule per key. Every pattern must compile and pass
 * `checker` (the pure path-budget check unless the host injects one, e.g. recheck); failures are
 * pushed to `problems` with their config path and no rule is made for that key.
 *
 * Patterns run on the normalised view (NFKC, case-folded, simplified Chinese, separators between
 * CJK removed) — the same text the term lists see, so `微 信` and `ＶＸ` cannot slip past a
 * pattern either — with `g` and `i` added; spans are mapped back to the original text.
 *
 * @internal
 * @example
 * const problems = [];
 * const [rule] = compilePatternRules({ 'no-qq': [{ pattern: 'qq[0-9]{5,11}', message: '请勿留QQ号' }] }, undefined, problems);
 * rule.id; //=> 'no-qq'
 */
export function compilePatternRules(
  patterns: Readonly<Record<string, readonly PatternEntryConfig[]>>,
  checker: PatternChecker | undefined,
  problems: ConfigProblem[],
): AnyRuleDefinition[] {
  const out: AnyRuleDefinition[] = [];
  for (const [id, entries] of Object.entries(patterns)) {
    if (!RULE_ID.test(id)) {
      problems.push({ path: `config.patterns.${id}`, message: 'rule ids are kebab-case, e.g. "my-rule"' });
      continue;
    }
    const compiled: CompiledEntry[] = [];
    entries.forEach((entry, index) => {
      const path = `config.patterns.${id}[${index}].pattern`;
      const flags = entry.flags ?? '';
      let regex: RegExp;
      try {
        regex = new RegExp(entry.pattern, `${flags.replace('i', '')}gi`);
      } catch (error) {
        problems.push({ path, message: `does not compile: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      const verdict = runChecker(checker, entry.pattern, flags);
      if (typeof verdict === 'string') problems.push({ path, message: verdict });
      else if (!verdict.safe) {
        problems.push({ path, message: `rejected: it may cause catastrophic backtracking (ReDoS) — ${verdict.reason ?? 'the pattern checker said it is not safe'}` });
      } else {
        compiled.push({ regex, message: entry.message, severity: entry.severity, suggestion: entry.suggestion });
      }
    });
    if (compiled.length === entries.length) out.push(patternRule(id, compiled));
  }
  return out;
}

/** The checker's verdict, or a problem message when it throws or answers nonsense. */
function runChecker(checker: PatternChecker | undefined, source: string, flags: string): PatternVerdict | string {
  if (checker === undefined) return checkPathBudget(source, flags);
  let verdict: unknown;
  try {
    verdict = checker(source, flags);
  } catch (error) {
    return `the pattern checker threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof verdict !== 'object' || verdict === null || typeof (verdict as { safe?: unknown }).safe !== 'boolean') {
    return 'the pattern checker must return { safe: boolean, reason?: string }';
  }
  const { safe, reason } = verdict as { safe: boolean; reason?: unknown };
  return typeof reason === 'string' ? { safe, reason } : { safe };
}

function patternRule(id: string, entries: readonly CompiledEntry[]): AnyRuleDefinition {
  return {
    id,
    meta: {
      description: `自定义正则规则（config.patterns.${id}）`,
      defaultSeverity: 'error',
      fixable: entries.some((entry) => entry.suggestion !== undefined),
      basis: 'host configuration',
    },
    check(context) {
      const view = context.normalized.text;
      for (const entry of entries) {
        // The compiled regex belongs to the linter and is global (stateful): each call scans with a copy.
        const regex = new RegExp(entry.regex);
        for (let found = regex.exec(view); found !== null; found = regex.exec(view)) {
          if (found[0].length === 0) {
            // An empty match reports nothing; step past it (a whole code point under `u`).
            regex.lastIndex += regex.unicode && (view.codePointAt(found.index) ?? 0) > 0xffff ? 2 : 1;
            continue;
          }
          const { start, end } = context.toOriginal(found.index, found.index + found[0].length);
          const excerpt = context.text.slice(start, end);
          const descriptor: { -readonly [K in keyof ReportDescriptor]: ReportDescriptor[K] } = {
            start,
            end,
            message: entry.message.replaceAll('{match}', () => excerpt),
          };
          if (entry.severity !== undefined) descriptor.severity = entry.severity;
          if (entry.suggestion !== undefined) descriptor.suggestion = entry.suggestion;
          context.report(descriptor);
        }
      }
    },
  };
}
