import { once } from '../_lib/once.js';
import { assertText } from '../errors/assertText.js';
import { compileLinter } from './createLinter.js';
import { resolveLintOptions } from './_resolveLintOptions.js';
import { runLintUnshared, type CompiledLinter } from './_runLint.js';
import type { LintOptions } from './schemas.js';
import type { LintReport } from './types.js';

// The default rule set, compiled on first use: immutable tables, no scratch. Every call gets buffers of
// its own — a reused buffer here would be mutable module state; a linter from `createLinter()` keeps
// one of its own and is the faster choice for hot loops.
const defaultLinter: () => CompiledLinter = /* @__PURE__ */ once(() => compileLinter().compiled);

/**
 * Lints one message with the default rule set.
 *
 * @param text - The message as it will be sent, signature included.
 * @param options - `sender` (the sending number), `kind` (`marketing` by default or
 *   `notification`), `segment` (the customer segment the message is meant for).
 * @returns `{ ok, issues }`: `ok` is false iff some issue is an `error`; issues are sorted by
 *   position and carry UTF-16 spans into `text`.
 *
 * For many messages, a linter from `createLinter()` is faster: it reuses a scratch buffer between
 * calls, which this shared default linter, a module-level value, does not.
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
  assertText(text);
  return runLintUnshared(defaultLinter(), text, resolveLintOptions(options));
}
