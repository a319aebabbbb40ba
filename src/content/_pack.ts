import type { RuleContext, TermEntry, TermMatch } from '../engine/types.js';
import type { RulePack } from './packSchema.js';

/**
 * Types a JSON rule pack. Packs are validated against `RulePackSchema` after every build
 * (`scripts/check-rules.mjs`) and in the test suite, so the library does not pay for it at run time.
 *
 * @internal
 */
export function asPack(json: unknown): RulePack {
  return json as RulePack;
}

/**
 * Fills `{name}` placeholders of a message template.
 *
 * @internal
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]{1,20})\}/g, (match, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match,
  );
}

/**
 * The basis line of a rule's `meta`: the titles of the pack's sources.
 *
 * @internal
 */
export function basisOf(pack: RulePack): string {
  return Object.values(pack.sources)
    .map((source) => source.title)
    .join('；');
}

/**
 * Reports a term match with its entry's message, severity and suggestion (extra terms added by
 * config fall back to `fallbackMessage` and the rule's default severity).
 *
 * @internal
 */
export function reportTerm(
  context: RuleContext<unknown>,
  match: TermMatch,
  fallbackMessage: string,
  overrides: { message?: string; severity?: TermEntry['severity'] } = {},
): void {
  const { entry } = match;
  const excerpt = context.text.slice(match.start, match.end);
  const severity = overrides.severity ?? entry.severity;
  context.report({
    start: match.start,
    end: match.end,
    message: fill(overrides.message ?? entry.message ?? fallbackMessage, { term: excerpt }),
    ...(severity === undefined ? {} : { severity }),
    ...(entry.suggestion === undefined ? {} : { suggestion: entry.suggestion }),
  });
}
