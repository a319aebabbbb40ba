import { plural } from './_plural.js';
import type { Summary } from './schemas.js';

/**
 * Formats the closing summary line of a run.
 *
 * @example
 * import { formatSummary } from './formatSummary.js';
 *
 * formatSummary({ lines: 5, blank: 1, read: 4, ok: 2, failed: 1, malformed: 1, errors: 3, warnings: 0, infos: 2 });
 * //=> '4 lines read: 2 ok, 1 failed, 1 malformed (1 blank line skipped); 3 errors, 0 warnings, 2 infos\n'
 */
export function formatSummary(summary: Summary): string {
  const blank = summary.blank === 0 ? '' : ` (${plural(summary.blank, 'blank line')} skipped)`;
  return (
    `${plural(summary.read, 'line')} read: ${summary.ok} ok, ${summary.failed} failed, ${summary.malformed} malformed${blank}; ` +
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}\n`
  );
}
