// The library keeps no state between calls. Two ways it could slip in are checked on the source:
// a module-level `let`, and a module-level regex whose lastIndex a call moves (g/y regexes are stateful).
// The one sanctioned exception — a write-once memo of a value built from frozen data — lives in
// src/_lib/once.ts, and is itself tested here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { once } from '../../src/_lib/once.js';

const SRC = join(__dirname, '../../src');

function libraryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : libraryFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('no state shared between calls', () => {
  const files = libraryFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

  it('reads the library sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('declares no module-level let', () => {
    const found = files.flatMap(({ path, text }) =>
      text.split('\n').flatMap((line, index) => (/^(export )?let /.test(line) ? [`${path}:${index + 1}: ${line}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('never moves the lastIndex of a module-level regex (constants are named in capitals)', () => {
    const found = files.flatMap(({ path, text }) =>
      text.split('\n').flatMap((line, index) => (/\b[A-Z][A-Z0-9_]*\.lastIndex\s*=/.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('flags both patterns on a file that has them (the checks can fail)', () => {
    expect(/^(export )?let /.test('let cache: Map<string, number> | undefined;')).toBe(true);
    expect(/\b[A-Z][A-Z0-9_]*\.lastIndex\s*=/.test('  AMOUNT_SCANNER.lastIndex = at;')).toBe(true);
  });
});

describe('once', () => {
  it('computes on first use only and returns the same value afterwards', () => {
    let calls = 0;
    const value = once(() => {
      calls += 1;
      return { built: calls };
    });
    expect(calls).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(calls).toBe(1);
  });
});
