import type { ReportDescriptor, RuleContext, TermEntry, TermMatch } from '../engine/types.js';
import type { RulePack } from './packSchema.js';

/**
 * The parts of a rule pack a rule reads at run time. Rules import these by name from their JSON, so a
 * bundler leaves out the rest (the specs, which are test data, and the schema and version header).
 *
 * @internal
 */
export type ShippedPack = Pick<RulePack, 'description' | 'sources' | 'entries' | 'allow'> & { readonly settings?: RulePack['settings'] };

/**
 * Types the parts of a JSON rule pack. Packs are validated against `RulePackSchema` after every build
 * (`scripts/check-rules.mjs`) and in the test suite, so the library does not pay for it at run time.
 *
 * @internal
 */
export function asPack(json: unknown): ShippedPack {
  return json as ShippedPack;
}

/**
 * Fills `{name}` placeholders of a message template.
 *
 * @internal
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  // A hand scan with exactly the rule of /\{([a-zA-Z]{1,20})\}/g (this runs once per finding).
  let open = template.indexOf('{');
  if (open < 0) return template;
  let out = '';
  let copied = 0;
  while (open >= 0) {
    let close = open + 1;
    while (close < template.length && close - open <= 20 && isAsciiLetter(template.charCodeAt(close))) close++;
    if (close > open + 1 && template.charCodeAt(close) === 0x7d) {
      // The key is compared in place with the value names: a sliced key would be a fresh string
      // that V8 must look up in its string table before it can read the property.
      const key = keyAt(template, open + 1, close, values);
      if (key !== undefined) {
        out += template.slice(copied, open) + String(values[key]);
        copied = close + 1;
      }
      open = template.indexOf('{', close + 1);
    } else open = template.indexOf('{', open + 1);
  }
  return copied === 0 ? template : out + template.slice(copied);
}

/** The own key of `values` that `template[from, to)` spells, if any. */
function keyAt(template: string, from: number, to: number, values: Readonly<Record<string, string | number>>): string | undefined {
  for (const key in values) {
    if (key.length === to - from && template.startsWith(key, from) && Object.prototype.hasOwnProperty.call(values, key)) return key;
  }
  return undefined;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The basis line of a rule's `meta`: the titles of the pack's sources.
 *
 * @internal
 */
export function basisOf(pack: Pick<RulePack, 'sources'>): string {
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
  // Built in place: spreading `{}` or `{ severity }` made two throwaway objects per report.
  const descriptor: { -readonly [K in keyof ReportDescriptor]: ReportDescriptor[K] } = {
    start: match.start,
    end: match.end,
    message: fill(overrides.message ?? entry.message ?? fallbackMessage, { term: excerpt }),
  };
  if (severity !== undefined) descriptor.severity = severity;
  if (entry.suggestion !== undefined) descriptor.suggestion = entry.suggestion;
  context.report(descriptor);
}
