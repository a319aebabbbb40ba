import type { z } from 'zod';
import { ComplianceConfigError, type ConfigProblem } from './ComplianceConfigError.js';

/**
 * Validates `value` against `schema` and returns the parsed output, or throws a
 * {@link ComplianceConfigError} whose paths start with `root`.
 *
 * @internal
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ComplianceConfigError(result.error.issues.flatMap((issue) => problemsOf(issue, root, [])));
}

/**
 * The problems one zod issue stands for. A union's own message is only "Invalid input"; when the value
 * has the type of exactly one of its branches (an object where a string or an object is accepted), that
 * branch's issues say what is wrong, under their own paths.
 */
function problemsOf(issue: z.core.$ZodIssue, root: string, base: readonly PropertyKey[]): ConfigProblem[] {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const matching = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && isTypeMismatch(inner)));
    if (matching.length === 1) return matching[0]!.flatMap((inner) => problemsOf(inner, root, path));
    if (matching.length === 0) {
      // Of the wrong kind for every branch: say what each branch expected.
      const expected = issue.errors.map((branch) => branch.find((inner) => inner.path.length === 0)?.message.replace(/^Invalid (?:input|option): /, ''));
      if (expected.every((text) => text !== undefined)) return [{ path: joinPath(root, path), message: `Invalid input: ${[...new Set(expected)].join('; or ')}` }];
    }
  }
  // Unknown keys are reported at their object, naming the keys; at the top of an input with no root (a CLI record)
  // that path would be empty, so each key is its own path there.
  const at = joinPath(root, path);
  if (issue.code === 'unrecognized_keys' && at === '') {
    return issue.keys.map((key) => ({ path: key, message: `unknown key "${key}"` }));
  }
  return [{ path: at, message: issue.message }];
}

/** An issue that says the value is of the wrong kind altogether (not a bad field of the right kind). */
function isTypeMismatch(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
}

/**
 * Joins a root name and a zod issue path into `root.key[0].other`.
 *
 * @internal
 */
export function joinPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
