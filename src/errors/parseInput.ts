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
  throw new ComplianceConfigError(
    result.error.issues.map((issue): ConfigProblem => ({
      path: joinPath(root, issue.path),
      message: issue.message,
    })),
  );
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
