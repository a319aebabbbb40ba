import { applyFixes } from '../engine/applyFixes.js';
import type { Linter } from '../engine/createLinter.js';
import type { LintOptions } from '../engine/schemas.js';
import type { LineResult } from './schemas.js';

/** How many lint-and-fix rounds `--fix` runs at most: overlapping fixes need another round. */
const MAX_FIX_PASSES = 10;

/**
 * Lints one message, and with `fix` applies the suggestions until nothing changes (at most 10
 * rounds, as ESLint does): the verdict then describes the fixed text, whose issues are what is left
 * to fix by hand. An error from the linter becomes a malformed result rather than ending the run.
 *
 * @example
 * import { createLinter } from 'sms-compliance';
 * import { checkMessage } from './checkMessage.js';
 *
 * const result = checkMessage(createLinter(), { id: 'a', line: 1, text: '【XX银行】最低利息', options: {} }, true);
 * 'fixed' in result && result.fixed; //=> '【XX银行】基准利率起...'
 */
export function checkMessage(
  linter: Linter,
  message: { readonly id: string | number; readonly line: number; readonly text: string; readonly options: LintOptions },
  fix: boolean,
): LineResult {
  const { id, line, text, options } = message;
  try {
    let report = linter.lint(text, options);
    if (!fix) return { id, line, text, ok: report.ok, issues: report.issues };
    let fixed = text;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
      const next = applyFixes(fixed, report.issues);
      if (next === fixed) break;
      fixed = next;
      report = linter.lint(fixed, options);
    }
    return { id, line, text, ok: report.ok, issues: report.issues, fixed };
  } catch (error) {
    return { id, line, error: { code: 'lint-failed', message: error instanceof Error ? error.message : String(error) } };
  }
}
