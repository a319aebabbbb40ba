// Supply chain and purity: the runtime dependencies are the designed set (or documented), and no
// library source evaluates code, reads the clock, draws random numbers or imports node: modules.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, listFiles } from './_regexInventory.js';

const DESIGNED = ['@date-fns/tz', 'date-fns', 'xregexp', 'zod'];

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const guarantees = readFileSync(join(ROOT, 'docs', 'guarantees.md'), 'utf8');

describe('runtime dependencies', () => {
  it('are the designed set, or each is named in docs/guarantees.md with a note', () => {
    const runtime = [
      ...Object.keys(packageJson['dependencies'] ?? {}),
      ...Object.keys(packageJson['peerDependencies'] ?? {}),
      ...Object.keys(packageJson['optionalDependencies'] ?? {}),
    ];
    const undocumented = runtime.filter((name) => !DESIGNED.includes(name) && !guarantees.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });

  it('are pinned to exact versions, so an install cannot pull a new release unreviewed', () => {
    const ranged = Object.entries(packageJson['dependencies'] ?? {}).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    expect(ranged).toEqual([]);
  });

  // `prepare` runs only in our own checkout and for git installs, never for a registry install.
  it('have no install scripts of our own that run on the user’s machine', () => {
    const scripts = packageJson['scripts'] ?? {};
    expect(Object.keys(scripts).filter((name) => /^(pre|post)?install$/.test(name))).toEqual([]);
  });
});

interface Finding {
  readonly where: string;
  readonly what: string;
}

/** Eval, new Function, node: imports, Date.now(), argument-less new Date(), Math.random — by AST, so comments and strings do not count. */
function impurities(file: string): Finding[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const findings: Finding[] = [];
  const add = (node: ts.Node, what: string): void => {
    findings.push({ where: `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`, what });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval') add(node, 'eval(...)');
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      add(node, 'Function(...)');
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) {
      add(node, 'new Date() without an argument');
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') add(node, 'Date() as a function');
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const name = `${node.expression.text}.${node.name.text}`;
      if (['Date.now', 'Math.random', 'performance.now', 'crypto.getRandomValues', 'crypto.randomUUID', 'process.env', 'globalThis.process'].includes(name)) {
        add(node, name);
      }
    }
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const specifier = node.moduleSpecifier.text;
      if (specifier.startsWith('node:') || ['fs', 'path', 'child_process', 'os', 'http', 'https', 'net', 'worker_threads', 'vm'].includes(specifier)) {
        add(node, `import "${specifier}"`);
      }
    }
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node, 'dynamic import/require');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe('the library sources (src/ except src/cli/)', () => {
  const files = listFiles(join(ROOT, 'src'), '.ts').filter((file) => !relative(ROOT, file).startsWith(`src${'/'}cli${'/'}`));

  it('are all scanned', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('never evaluate code, read the clock, draw randomness or import node: modules', () => {
    expect(files.flatMap(impurities)).toEqual([]);
  });

  it('the scanner finds each forbidden construct (so a pass above means something)', () => {
    const sample = join(ROOT, 'test', 'hardening', 'fixtures', 'impure.ts.txt');
    const found = impurities(sample).map((finding) => finding.what);
    expect(found).toEqual([
      'eval(...)',
      'Function(...)',
      'new Date() without an argument',
      'Date.now',
      'Math.random',
      'import "node:fs"',
      'dynamic import/require',
    ]);
  });
});
