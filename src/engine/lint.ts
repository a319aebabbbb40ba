import { once } from '../_lib/once.js';
import { createLinter, type Linter } from './createLinter.js';
import type { LintOptions } from './schemas.js';
import type { LintReport } from './types.js';

// Compiled on first use, with its view scratch (see docs/guarantees.md). Hosts that want no shared
// value at all use `createLinter()`.
const defaultLinter: () => Linter = /* @__PURE__ */ once(() => createLinter());

/**
 * Lints one message with the default rule set.
 *
 * @param text - The message as it will be sent, signature included.
 * @param options - `sender` (the sending number), `kind` (`marketing` by default or
 *   `notification`), `segment` (the customer segment the message is meant for).
 * @returns `{ ok, issues }`: `ok` is false iff some issue is an `error`; issues are sorted by
 *   position and carry UTF-16 spans into `text`.
 *
 * @example
 * import { lint } from 'sms-compliance';
 *
 * const report = lint('【XX银行】最低利息，50万额度秒批！拒收请回复R');
 * report.ok; //=> false
 * report.issues.map((issue) => [issue.ruleId, issue.excerpt]);
 * //=> [['absolute-terms', '最低利息'], ['apr-disclosure', '利息'], ['specific-amount', '50万额度'],
 * //    ['misleading-claims', '秒批'], ...]
 */
export function lint(text: string, options?: LintOptions): LintReport {
  return defaultLinter().lint(text, options);
}
