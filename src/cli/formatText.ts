import type { Issue } from '../engine/types.js';
import { displayText, renderSpan } from './_renderSpan.js';
import { plural } from './_plural.js';
import type { LineResult } from './schemas.js';

/**
 * Formats one result as the readable report: a header line (`PASS`, `FAIL` or `BAD`, the id, the
 * line number and the issue counts), then for every issue its severity, rule id and message, the
 * message text with carets under the span, and the suggestion. Every line ends with `\n`.
 *
 * @example
 * import { formatText } from './formatText.js';
 *
 * formatText({ id: 'a', line: 1, text: '【XX银行】最低利息', ok: false, issues: [{ ruleId: 'absolute-terms',
 *   severity: 'error', message: '绝对化用语', start: 6, end: 10, excerpt: '最低利息',
 *   suggestion: { text: '基准利率起', start: 6, end: 10 } }] });
 * //=> 'FAIL a (line 1): 1 error\n'
 * //   + '  error absolute-terms: 绝对化用语\n'
 * //   + '    【XX银行】最低利息\n'
 * //   + '              ^^^^^^^^\n'
 * //   + '    suggestion: 基准利率起\n'
 */
export function formatText(result: LineResult): string {
  const where = label(result.id, result.line);
  if ('error' in result) {
    return `BAD  ${where}: ${result.error.code}: ${displayText(result.error.message)}\n`;
  }
  const counts = countIssues(result.issues);
  let out = `${result.ok ? 'PASS' : 'FAIL'} ${where}${counts === '' ? '' : `: ${counts}`}\n`;
  const shownText = result.fixed ?? result.text;
  for (const issue of result.issues) {
    const span = renderSpan(shownText, issue.start, issue.end);
    out += `  ${issue.severity} ${issue.ruleId}: ${displayText(issue.message)}\n`;
    out += `    ${span.text}\n    ${span.carets}\n`;
    if (issue.suggestion !== undefined) {
      const replacement = issue.suggestion.text === '' ? '(delete)' : displayText(issue.suggestion.text);
      out += `    suggestion: ${replacement}\n`;
    }
  }
  return out;
}

function label(id: string | number | undefined, line: number): string {
  if (id === undefined || id === line) return `line ${line}`;
  return `${displayText(String(id))} (line ${line})`;
}

function countIssues(issues: readonly Issue[]): string {
  const parts: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const count = issues.filter((issue) => issue.severity === severity).length;
    if (count > 0) parts.push(plural(count, severity));
  }
  return parts.join(', ');
}
