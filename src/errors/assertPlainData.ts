import { ComplianceConfigError, type ConfigProblem } from './ComplianceConfigError.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Rejects keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`) and
 * getters anywhere in a config, before any of it is copied or read twice.
 * `JSON.parse` happily creates an own `__proto__` key;
 * copying such an object with plain assignment would rewrite the copy's prototype.
 *
 * @internal
 */
export function assertSafeKeys(value: unknown, root: string): void {
  const problems: ConfigProblem[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, path: string, depth: number): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (depth > 64) {
      problems.push({ path, message: 'nested too deeply (more than 64 levels)' });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
      return;
    }
    // Schemas and other class instances (a zod schema in meta.options) are not walked: only plain data is.
    const proto = Object.getPrototypeOf(node) as unknown;
    if (proto !== Object.prototype && proto !== null) return;
    for (const key of Object.keys(node)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: childPath, message: `the key "${key}" is not allowed (prototype pollution)` });
        continue;
      }
      // A getter could answer one thing to the validation and another to the linter afterwards.
      if (Object.getOwnPropertyDescriptor(node, key)?.get !== undefined) {
        problems.push({ path: childPath, message: 'accessor (getter) properties are not allowed: pass plain data' });
        continue;
      }
      visit((node as Record<string, unknown>)[key], childPath, depth + 1);
    }
  };
  visit(value, root, 0);
  if (problems.length > 0) throw new ComplianceConfigError(problems);
}
