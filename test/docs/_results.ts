// The `//=>` results of documentation examples, made checkable: an example's code is rewritten so that the
// statement a `//=> value` comment belongs to hands its value to a recorder, next to the documented value.
// A documented value is a JavaScript literal; `...` or `…` in it means "and more" (the rest of an array, the
// other keys of an object, the rest of a string), as the examples use it.
import ts from 'typescript';

/** One `//=>` of an example: the line it is on (1-based, within the example) and the value as written. */
export interface DocumentedResult {
  readonly line: number;
  readonly documented: string;
}

/** An example rewritten to record its results, or why it cannot be. */
export type Instrumented =
  | { readonly ok: true; readonly code: string; readonly results: readonly DocumentedResult[] }
  | { readonly ok: false; readonly line: number; readonly problem: string };

/** The value of a "…" in a documented value: the rest of an array, or (as `{ a: 1, __MORE }`) of an object. */
export const MORE_NAME = '__MORE';

const CONTINUATION = /^\s*\/\/\s{2,}\S/;

/**
 * Rewrites `code` so that every statement followed by `//=> value` (on its line, or alone on the next lines)
 * calls `__record(line, actual, () => (value))`. `__record` and `__MORE` must be in scope where the code runs.
 */
export function instrument(code: string): Instrumented {
  const lines = code.split('\n');
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const results: DocumentedResult[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!.indexOf('//=>');
    if (at < 0) continue;
    let documented = lines[i]!.slice(at + 4).trim();
    for (let next = i + 1; next < lines.length && CONTINUATION.test(lines[next]!); next++) {
      documented += ` ${lines[next]!.replace(/^\s*\/\//, '').trim()}`;
    }
    const expression = asExpression(documented);
    if (expression === null) return { ok: false, line: i + 1, problem: `the documented value is not a JavaScript literal: ${documented}` };
    // The statement ends on this line when code stands before the comment, else on the last line of code above.
    let endLine = i;
    if (lines[i]!.slice(0, at).trim() === '') {
      endLine = i - 1;
      while (endLine >= 0 && (lines[endLine]!.trim() === '' || lines[endLine]!.trim().startsWith('//'))) endLine--;
    }
    // The statement that ends last on that line, the outermost of those ending together: the one the //=>
    // documents, even inside a block (`catch (error) { error.path; //=> … }`), not one nested in its callback.
    const statement = statements(source)
      .filter((s) => source.getLineAndCharacterOfPosition(s.end).line === endLine)
      .reduce<ts.Statement | undefined>((best, s) => (best === undefined || s.end > best.end ? s : best), undefined);
    if (statement === undefined) return { ok: false, line: i + 1, problem: 'no statement ends right before this //=>' };
    const record = (actual: string): string => `__record(${i + 1}, ${actual}, () => (${expression}))`;
    if (ts.isExpressionStatement(statement)) {
      const value = statement.expression;
      edits.push({ start: value.getStart(source), end: value.end, text: record(value.getText(source)) });
    } else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1 &&
      ts.isIdentifier(statement.declarationList.declarations[0]!.name)) {
      edits.push({ start: statement.end, end: statement.end, text: `\n${record(statement.declarationList.declarations[0]!.name.text)};` });
    } else {
      return { ok: false, line: i + 1, problem: 'a //=> must follow an expression or a single `const x = …`' };
    }
    results.push({ line: i + 1, documented });
  }
  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  return { ok: true, code: rewritten, results };
}

/** Every expression and variable statement of `source`, outer before inner (so the first of equal ends is the outermost). */
function statements(source: ts.SourceFile): ts.Statement[] {
  const found: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z/;
const APPROXIMATE_NUMBER = /^-?\d+(?:\.\d+)?…(?:e-?\d+)?/;

/**
 * The documented value as a JavaScript expression, or null if it does not parse. Outside strings: a bare
 * `...`/`…` becomes `__MORE`, an instant as Node prints a Date (`2026-12-01T01:00:00.000Z`) becomes
 * `new Date(…)`, an approximate number (`0.02104…`) a string the checker compares as a prefix. A remark
 * after the value, in parentheses (`[6, 7] (息 in the original)`) or after a dash (`false — do not send`),
 * is not part of it.
 */
function asExpression(documented: string): string | null {
  const whole = literal(documented);
  if (whole !== null) return whole;
  const remark = /^(.*?)\s+(?:\([^()]*(?:\([^()]*\)[^()]*)*\)|— .*)$/.exec(documented);
  return remark === null ? null : literal(remark[1]!);
}

function literal(documented: string): string | null {
  let out = '';
  let quote: string | null = null;
  for (let k = 0; k < documented.length; k++) {
    const char = documented[k]!;
    if (quote !== null) {
      out += char;
      if (char === '\\') out += documented[++k] ?? '';
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      out += char;
    } else if (ISO_INSTANT.test(documented.slice(k)) && !/[\w.]/.test(documented[k - 1] ?? '')) {
      const instant = ISO_INSTANT.exec(documented.slice(k))![0];
      out += `new Date('${instant}')`;
      k += instant.length - 1;
    } else if (APPROXIMATE_NUMBER.test(documented.slice(k)) && !/[\w.]/.test(documented[k - 1] ?? '')) {
      const approximate = APPROXIMATE_NUMBER.exec(documented.slice(k))![0];
      out += `'${approximate}'`;
      k += approximate.length - 1;
    } else if (documented.startsWith('...', k)) {
      out += MORE_NAME;
      k += 2;
    } else if (char === '…') {
      out += MORE_NAME;
    } else {
      out += char;
    }
  }
  const probe = ts.createSourceFile('value.ts', `(${out});`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (probe as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics;
  return out.trim() === '' || diagnostics.length > 0 || probe.statements.length !== 1 ? null : out;
}

/**
 * Where `actual` departs from the documented value, or null when it matches: equal primitives; arrays of
 * equal length (or at least as long, when the documented one ends with `__MORE`); objects with the same keys
 * (a subset, with `__MORE`), `undefined` values counting as absent; strings equal, or matching where the
 * documented one has `...`/`…` in it; Dates at the same instant; a number and its documented prefix (`0.02104…`).
 */
export function mismatch(actual: unknown, documented: unknown, more: unknown, path = '$'): string | null {
  if (documented === more) return null;
  if (documented instanceof Date) {
    return actual instanceof Date && actual.getTime() === documented.getTime()
      ? null
      : `${path}: ${String(actual instanceof Date ? actual.toISOString() : JSON.stringify(actual))}, documented ${documented.toISOString()}`;
  }
  if (typeof documented === 'string' && typeof actual === 'number' && documented.includes('…')) {
    const [prefix = '', exponent = ''] = documented.split('…');
    const text = String(actual);
    return text.startsWith(prefix) && text.endsWith(exponent) ? null : `${path}: ${text} is not ${documented}`;
  }
  if (typeof documented === 'string' && typeof actual === 'string' && /\.\.\.|…/.test(documented)) {
    const pattern = documented.split(/\.\.\.|…/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
    return new RegExp(`^${pattern}$`).test(actual) ? null : `${path}: ${JSON.stringify(actual)} does not match ${JSON.stringify(documented)}`;
  }
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`;
    const open = documented.length > 0 && documented[documented.length - 1] === more;
    const listed = open ? documented.length - 1 : documented.length;
    if (open ? actual.length < listed : actual.length !== listed) {
      return `${path}: ${actual.length} elements, documented ${open ? 'at least ' : ''}${listed}: ${JSON.stringify(actual)}`;
    }
    for (let k = 0; k < listed; k++) {
      const found = mismatch(actual[k], documented[k], more, `${path}[${k}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (documented !== null && typeof documented === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path}: expected an object, got ${JSON.stringify(actual)}`;
    const open = MORE_NAME in documented;
    const keys = Object.keys(documented).filter((key) => key !== MORE_NAME);
    const present = (object: object): string[] => Object.keys(object).filter((key) => (object as Record<string, unknown>)[key] !== undefined);
    if (!open) {
      const extra = present(actual).filter((key) => !keys.includes(key));
      if (extra.length > 0) return `${path}: undocumented keys ${extra.join(', ')} in ${JSON.stringify(actual)}`;
    }
    for (const key of keys) {
      const found = mismatch((actual as Record<string, unknown>)[key], (documented as Record<string, unknown>)[key], more, `${path}.${key}`);
      if (found !== null) return found;
    }
    return null;
  }
  return Object.is(actual, documented) ? null : `${path}: ${JSON.stringify(actual)}, documented ${JSON.stringify(documented)}`;
}
