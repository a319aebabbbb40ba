// Every `//=> value` in the JSDoc examples and the docs' code blocks is checked against what the code
// returns: the compile check (examples.test.ts) proves an example type-checks, this proves it tells the truth.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument, mismatch } from './_results.js';
import { jsdocExamples, markdownBlocks, markdownPages, ROOT } from './_snippets.js';

const documented = [...jsdocExamples(), ...markdownBlocks(markdownPages())].filter((example) => example.code.includes('//=>'));
// An example that declares what it does not define continues another one (or reads a file): it compiles on
// its own, but cannot run on its own. These are the only ones; a new one has to be listed here.
const CONTINUATIONS = ['src/campaign/schemas.ts:', 'docs/campaign.md:63'];
const continues = (where: string): boolean => CONTINUATIONS.some((prefix) => where.startsWith(prefix)) && /\bdeclare const\b/.test(
  documented.find((example) => example.where === where)!.code,
);
const examples = documented.filter((example) => !continues(example.where));
// Inside the project, so the test runner transforms the rewritten examples like any other TypeScript module.
const directory = join(ROOT, 'node_modules', '.cache', 'doc-example-results');
rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });

const RUNTIME = `
const __MORE = Symbol('more');
export const __recorded = [];
function __record(line, actual, documented) {
  __recorded.push({ line, actual, documented: documented() });
  return actual;
}
export { __MORE };
`;

interface Recorded {
  readonly line: number;
  readonly actual: unknown;
  readonly documented: unknown;
}

describe('documented results (//=>)', () => {
  it('are found in the examples and guides', () => {
    expect(examples.length).toBeGreaterThan(40);
  });

  it('are all run, but for the listed continuations of another example', () => {
    const skipped = documented.filter((example) => continues(example.where)).map((example) => example.where);
    expect(skipped.length).toBeLessThanOrEqual(2);
    expect(documented.filter((example) => /\bdeclare const\b/.test(example.code) && !continues(example.where))).toEqual([]);
  });

  examples.forEach((example, index) => {
    it(`${example.where}: each //=> is what the code returns`, async () => {
      const instrumented = instrument(example.code);
      if (!instrumented.ok) throw new Error(`${example.where}, line ${instrumented.line} of the example: ${instrumented.problem}`);
      const file = join(directory, `example${index}.ts`);
      const code = instrumented.code.replaceAll(`from 'sms-compliance'`, `from ${JSON.stringify(join(ROOT, 'src', 'index.ts'))}`);
      // The recorder first: the example's statements call it (its imports are hoisted above it anyway).
      writeFileSync(file, `${RUNTIME}\n${code}\n`);
      const module = (await import(pathToFileURL(file).href)) as { __recorded: Recorded[]; __MORE: symbol };
      // Every documented result was reached, once.
      expect(module.__recorded.map((entry) => entry.line)).toEqual(instrumented.results.map((result) => result.line));
      for (const entry of module.__recorded) {
        const documented = instrumented.results.find((result) => result.line === entry.line)!.documented;
        expect(mismatch(entry.actual, entry.documented, module.__MORE), `${example.where}, line ${entry.line}: //=> ${documented}`).toBeNull();
      }
    });
  });
});

describe('the result checker', () => {
  const more = Symbol('more');
  it('accepts what matches and names what does not (so a passing check means something)', () => {
    expect(mismatch([1, 2, 3], [1, 2, more], more)).toBeNull();
    expect(mismatch([1], [1, 2, more], more)).toMatch(/at least 2/);
    expect(mismatch({ a: 1, b: 2 }, { a: 1, __MORE: more }, more)).toBeNull();
    expect(mismatch({ a: 1, b: 2 }, { a: 1 }, more)).toMatch(/undocumented keys b/);
    expect(mismatch({ a: 1, b: undefined }, { a: 1 }, more)).toBeNull();
    expect(mismatch('【XX银行】基准利率起，最高', '【XX银行】基准利率起...', more)).toBeNull();
    expect(mismatch('生命周期：服务期（第3个月）', '生命周期：服务期（…）', more)).toBeNull();
    expect(mismatch('生命周期：沉默期', '生命周期：服务期（…）', more)).not.toBeNull();
    expect(mismatch(0.1 + 0.2, 0.3, more)).not.toBeNull();
    expect(mismatch(new Date('2026-12-01T01:00:00.000Z'), new Date('2026-12-01T01:00:00.000Z'), more)).toBeNull();
    expect(mismatch(new Date('2026-12-01T01:00:00.000Z'), new Date('2026-12-01T02:00:00.000Z'), more)).not.toBeNull();
    expect(mismatch(0.021049, '0.02104…', more)).toBeNull();
    expect(mismatch(0.0211, '0.02104…', more)).not.toBeNull();
  });

  it('rewrites the statement before a //=>, on its line or above it', () => {
    const rewritten = instrument("const x = [1, 2];\nx.length; //=> 2\nx.map(\n  (n) => n * 2,\n);\n//=> [2, 4]\n");
    expect(rewritten.ok && rewritten.results.map((result) => result.line)).toEqual([2, 6]);
    expect(rewritten.ok && rewritten.code).toContain('__record(2, x.length, () => (2))');
    expect(rewritten.ok && rewritten.code).toContain('__record(6, x.map(');
    const twoOnALine = instrument('let a = 1;\na = 2; a + 1; //=> 3\n');
    expect(twoOnALine.ok && twoOnALine.code).toContain('a = 2; __record(2, a + 1, () => (3));');
  });

  it('refuses a documented value that is not a literal, and reads instants and remarks', () => {
    expect(instrument('1 + 1; //=> two, of course')).toMatchObject({ ok: false, line: 1 });
    const read = instrument('f(); //=> { at: 2026-12-01T01:00:00.000Z, n: 0.02104… } (a remark)');
    expect(read.ok && read.code).toContain("{ at: new Date('2026-12-01T01:00:00.000Z'), n: '0.02104…' }");
  });
});
