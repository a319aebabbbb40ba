import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild, ROOT } from './_dist.js';

requireBuild();
// --ignore-scripts: list what would ship from the current build instead of rebuilding (prepare) here.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [pack] = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
) as [{ files: { path: string }[] }];
const files = pack.files.map((file) => file.path);
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  bin: Record<string, string>;
  main: string;
  types: string;
};

function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

describe('the npm package (npm pack --dry-run)', () => {
  it('ships only dist/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const stray = files.filter((path) => !path.startsWith('dist/') && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(path));
    expect(stray).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'CHANGELOG.md']));
  });

  it('contains every file the exports map, main, types and bin point to', () => {
    const pointed = [...targets(manifest.exports), manifest.main, manifest.types, ...Object.values(manifest.bin)]
      .filter((target) => target.startsWith('./dist/'))
      .map((target) => target.slice(2));
    expect(pointed.length).toBeGreaterThan(4);
    for (const target of pointed) expect(files, target).toContain(target);
  });

  it('does not ship sources, tests, rule data (bundled into dist) or docs', () => {
    expect(files.filter((path) => /^(src|test|rules|docs|examples|scripts|bench)\//.test(path))).toEqual([]);
  });
});
