/**
 * One problem found while validating an input or a config.
 */
export interface ConfigProblem {
  /** The path of the offending value, e.g. `rules.absolute-terms.severity` or `history[3].at`. */
  readonly path: string;
  /** What is wrong with it, in plain words. */
  readonly message: string;
}

/**
 * The one error class this library throws.
 *
 * Every public function validates its input and every config is validated when a linter is built;
 * anything invalid — a wrong type, an unknown rule id, an unknown key, an invalid date or time zone —
 * throws a `ComplianceConfigError` whose message names the path and the problem. Callers can rely on
 * never seeing a bare `TypeError` or `RangeError` from deep inside the library.
 *
 * @example
 * import { createLinter, ComplianceConfigError } from 'sms-compliance';
 *
 * try {
 *   createLinter({ rules: { 'absolute-term': 'off' } });
 * } catch (error) {
 *   if (error instanceof ComplianceConfigError) {
 *     error.path; //=> 'config.rules.absolute-term'
 *     error.message; //=> 'config.rules.absolute-term: unknown rule id "absolute-term" (did you mean "absolute-terms"?)'
 *   }
 * }
 */
export class ComplianceConfigError extends Error {
  override readonly name = 'ComplianceConfigError';
  /** The path of the first problem (empty string when the whole value is wrong). */
  readonly path: string;
  /** Every problem found, in the order they were found. */
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const list = problems.length > 0 ? problems : [{ path: '', message: 'invalid input' }];
    super(list.map(formatProblem).join('; '));
    this.path = list[0]!.path;
    this.problems = Object.freeze(list.map((problem) => Object.freeze({ ...problem })));
  }
}

function formatProblem(problem: ConfigProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
