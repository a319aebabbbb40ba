// Total functions: every public function returns a result for valid input and throws
// ComplianceConfigError — never a TypeError or RangeError from deep inside — for invalid input.
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ComplianceConfigError } from '../../src/index.js';
import { PUBLIC_FUNCTIONS, type PublicFunction } from './_publicApi.js';

/** Values that break naive code: non-finite numbers, bad dates and zones, wrong types, huge sizes. */
const HOSTILE: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0.5,
  2 ** 53,
  -(2 ** 53),
  8.64e15 + 1,
  8.64e15, // a valid Date, but deadlines computed from it are not
  -8.64e15,
  253_402_300_800_000, // year 10000
  '',
  ' ',
  'Mars/Olympus',
  'Asia/Shanghai ',
  '2026-13-45',
  '2026-11-30T10:00:00', // no zone
  '2026-02-30',
  '+275760-09-13T00:00:00.001Z',
  new Date(Number.NaN),
  null,
  undefined,
  true,
  {},
  [],
  [[]],
  () => 1,
  Symbol('hostile'),
  10n,
  new Map(),
  'x'.repeat(100_000),
  new Array(100_001).fill(0),
];

type Path = readonly (string | number)[];

/** Every position (argument, property, array item) of a value that a mutation can replace. */
function positions(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => positions(item, [...path, index], out));
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, child] of Object.entries(value)) positions(child, [...path, key], out);
  }
  return out;
}

/** A copy of `root` with the value at `path` replaced (or, with `extraKey`, a key added there). */
function replaceAt(root: unknown, path: Path, replacement: unknown, extraKey?: string): unknown {
  if (path.length === 0) {
    if (extraKey !== undefined && root !== null && typeof root === 'object' && !Array.isArray(root) && !(root instanceof Date)) {
      return { ...root, [extraKey]: replacement };
    }
    return extraKey === undefined ? replacement : root;
  }
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((item, index) => (index === head ? replaceAt(item, rest, replacement, extraKey) : item));
  const copy = { ...(root as Record<string, unknown>) };
  copy[head as string] = replaceAt(copy[head as string], rest, replacement, extraKey);
  return copy;
}

interface Outcome {
  readonly kind: 'returned' | 'config-error' | 'other-error';
  readonly error?: unknown;
}

const tally = new Map<string, Record<Outcome['kind'], number>>();

function run(fn: PublicFunction, args: unknown[]): Outcome {
  const outcome = attempt(fn, args);
  const counts = tally.get(fn.name) ?? { returned: 0, 'config-error': 0, 'other-error': 0 };
  counts[outcome.kind] += 1;
  tally.set(fn.name, counts);
  return outcome;
}

function attempt(fn: PublicFunction, args: unknown[]): Outcome {
  try {
    fn.call(args);
    return { kind: 'returned' };
  } catch (error) {
    return error instanceof ComplianceConfigError ? { kind: 'config-error', error } : { kind: 'other-error', error };
  }
}

afterAll(() => {
  const all = [...tally.values()];
  const sum = (kind: Outcome['kind']) => all.reduce((total, counts) => total + counts[kind], 0);
  console.info(
    `[totality] ${tally.size} functions, ${sum('returned') + sum('config-error') + sum('other-error')} calls: ${sum('returned')} returned, ${sum('config-error')} ComplianceConfigError, ${sum('other-error')} other errors`,
  );
});

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n')}` : String(error);
}

const short = (value: unknown): string => {
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 20)}…" (${value.length} chars)` : JSON.stringify(value);
  if (Array.isArray(value) && value.length > 10) return `[…${value.length} items]`;
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return String(value);
  if (value instanceof Date) return `Date(${value.getTime()})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Plain data: primitives, arrays, plain objects and Dates only — what the results promise. */
function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((item) => isPlainData(item, depth + 1));
  }
  return false;
}

describe('the table of public functions', () => {
  it('lists every function exported from src/index.ts (a new export must join the totality properties)', () => {
    const exported = Object.entries(api)
      .filter(([name, value]) => typeof value === 'function' && !('safeParse' in value) && name !== 'ComplianceConfigError')
      .map(([name]) => name)
      .sort();
    expect(PUBLIC_FUNCTIONS.map((fn) => fn.name).sort()).toEqual(exported);
  });
});

describe.each(PUBLIC_FUNCTIONS.map((fn) => [fn.name, fn] as const))('%s is total', (name, fn) => {
  test.prop([fn.valid], { numRuns: 60 })('returns plain data for valid input', (args) => {
    const outcome = run(fn, args);
    if (outcome.kind !== 'returned') throw new Error(`threw on valid input ${short(args)}: ${describeError(outcome.error)}`);
    // defineRule returns the rule itself, with its check function.
    if (name !== 'defineRule') expect(isPlainData(fn.call(args))).toBe(true);
  });

  test.prop([fn.valid.chain((args) => fc.tuple(fc.constant(args), fc.constantFrom(...positions(args).filter((path) => path.length > 0)))), fc.constantFrom(...HOSTILE), fc.boolean()], {
    numRuns: 120,
  })('throws only ComplianceConfigError when any part of the input is replaced by a hostile value', ([args, path], hostile, asExtraKey) => {
    const mutated = replaceAt(args, path, hostile, asExtraKey && path.length > 1 ? 'unexpectedKey' : undefined) as unknown[];
    const outcome = run(fn, mutated);
    if (outcome.kind === 'other-error') {
      throw new Error(`${name}: at ${path.join('.') || '(arguments)'} = ${short(hostile)}${asExtraKey ? ' (as an extra key)' : ''}: ${describeError(outcome.error)}`);
    }
  });

  test.prop([fc.array(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), { maxLength: 3 })], {
    numRuns: 60,
  })('throws only ComplianceConfigError for arbitrary arguments', (args) => {
    const outcome = run(fn, args);
    if (outcome.kind === 'other-error') throw new Error(`${name}(${short(args)}): ${describeError(outcome.error)}`);
  });

  it('rejected some of those inputs and accepted others (the mutations reach the validation)', () => {
    const counts = tally.get(name)!;
    expect(counts['config-error']).toBeGreaterThan(20);
    expect(counts.returned).toBeGreaterThan(20);
  });
});
