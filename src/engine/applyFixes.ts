import { z } from 'zod';
import { ComplianceConfigError } from '../errors/ComplianceConfigError.js';
import { parseInput } from '../errors/parseInput.js';
import type { Issue } from './types.js';
import { assertText } from '../errors/assertText.js';

const FixableIssuesSchema = z.array(
  z.looseObject({
    suggestion: z
      .strictObject({
        text: z.string(),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
      })
      .optional(),
  }),
);

/**
 * Applies the suggestions of `issues` to `text` and returns the fixed text.
 *
 * Suggestions are applied in order of position; one that overlaps an earlier one is skipped (lint
 * the result again to get it), as ESLint does. The input is not changed.
 *
 * @example
 * import { applyFixes, lint } from 'sms-compliance';
 *
 * const text = '【XX银行】最低利息，50万额度等你拿';
 * applyFixes(text, lint(text).issues);
 * //=> '【XX银行】基准利率起，最高可申请额度等你拿...'
 */
export function applyFixes(text: string, issues: readonly Pick<Issue, 'suggestion'>[]): string {
  assertText(text);
  const parsed = parseInput(FixableIssuesSchema, issues, 'issues');
  const suggestions = parsed
    .map((issue, index) => ({ suggestion: issue.suggestion, index }))
    .filter((item): item is { suggestion: NonNullable<typeof item.suggestion>; index: number } => item.suggestion !== undefined);
  for (const { suggestion, index } of suggestions) {
    if (suggestion.end < suggestion.start || suggestion.end > text.length) {
      throw new ComplianceConfigError([
        { path: `issues[${index}].suggestion`, message: `span [${suggestion.start}, ${suggestion.end}) is not inside the text (length ${text.length})` },
      ]);
    }
  }
  suggestions.sort((a, b) => a.suggestion.start - b.suggestion.start || a.suggestion.end - b.suggestion.end || a.index - b.index);
  let out = '';
  let cursor = 0;
  let lastInsertAt = -1;
  for (const { suggestion } of suggestions) {
    const { start, end } = suggestion;
    if (start < cursor) continue;
    // Two insertions at one point would depend on order; keep the first, like an overlap.
    if (start === end && start === lastInsertAt) continue;
    out += text.slice(cursor, start) + suggestion.text;
    cursor = end;
    if (start === end) lastInsertAt = start;
  }
  return out + text.slice(cursor);
}
