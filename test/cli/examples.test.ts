import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { MessageRecordSchema } from '../../src/cli/index.js';

// Each sample's id states what it shows: `pass-…` lints ok, `warn-<rule>-<n>` lints ok with a
// warning of <rule>, `fail-<rule>-<n>` fails with <rule> among its issues.
const lines = readFileSync(resolve(__dirname, '../../examples/messages.jsonl'), 'utf8').split('\n').filter((line) => line !== '');
const samples = lines.map((line) => MessageRecordSchema.parse(JSON.parse(line)));

describe('examples/messages.jsonl', () => {
  it('holds about 30 valid records with unique ids, both marketing and notifications', () => {
    expect(samples.length).toBeGreaterThanOrEqual(28);
    expect(new Set(samples.map((sample) => sample.id)).size).toBe(samples.length);
    expect(samples.some((sample) => sample.kind === 'notification')).toBe(true);
    expect(samples.filter((sample) => String(sample.id).startsWith('pass-')).length).toBeGreaterThanOrEqual(6);
  });

  it('uses placeholder signatures, never a real institution', () => {
    for (const sample of samples) {
      const signature = /^【([^】]*)】/.exec(sample.text)?.[1];
      if (signature !== undefined) expect(signature).toMatch(/^XX/);
    }
  });

  it.each(samples.map((sample) => [String(sample.id), sample] as const))('%s lints as its id says', (id, sample) => {
    const { text, id: _id, ...options } = sample;
    const report = lint(text, options);
    const [, verdict, rule] = /^(pass|warn|fail)(?:-(.+?))?(?:-\d+)?$/.exec(id) ?? [];
    if (verdict === 'pass') expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    if (verdict === 'warn') {
      expect(report.ok).toBe(true);
      expect(report.issues.some((issue) => issue.ruleId === rule && issue.severity === 'warning')).toBe(true);
    }
    if (verdict === 'fail') {
      expect(report.ok).toBe(false);
      expect(report.issues.map((issue) => issue.ruleId)).toContain(rule);
    }
    expect(verdict).toBeDefined();
  });
});
