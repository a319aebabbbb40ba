// Golden stability: the verdicts on the sample corpus, reviewed by hand (see the review notes in
// docs/guarantees.md). An intended rule change updates golden/messages.verdicts.jsonl with
// `npx vitest run test/hardening/golden.test.ts -u` and the diff is reviewed like code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/index.js';
import { ROOT } from './_regexInventory.js';

interface Example {
  readonly id: string;
  readonly text: string;
  readonly sender?: string;
  readonly kind?: LintOptions['kind'];
  readonly segment?: LintOptions['segment'];
}

const corpus = readFileSync(join(ROOT, 'examples', 'messages.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Example);

/** One line per message: the verdict without the long messages, so wording changes do not churn it. */
function verdict(example: Example): string {
  const options: LintOptions = {
    ...(example.sender === undefined ? {} : { sender: example.sender }),
    ...(example.kind === undefined ? {} : { kind: example.kind }),
    ...(example.segment === undefined ? {} : { segment: example.segment }),
  };
  const report = lint(example.text, options);
  return JSON.stringify({
    id: example.id,
    ok: report.ok,
    issues: report.issues.map((issue) => [issue.ruleId, issue.severity, issue.start, issue.end, issue.excerpt]),
  });
}

describe('verdicts on examples/messages.jsonl', () => {
  it('has a corpus with unique ids', () => {
    expect(corpus.length).toBeGreaterThan(20);
    expect(new Set(corpus.map((example) => example.id)).size).toBe(corpus.length);
  });

  it('match the reviewed snapshot', async () => {
    await expect(`${corpus.map(verdict).join('\n')}\n`).toMatchFileSnapshot('./golden/messages.verdicts.jsonl');
  });

  it('pass every "pass-" example and fail every "fail-" example (the corpus names its intent)', () => {
    const wrong = corpus.filter((example) => {
      const { ok } = JSON.parse(verdict(example)) as { ok: boolean };
      return (example.id.startsWith('pass-') && !ok) || (example.id.startsWith('fail-') && ok);
    });
    expect(wrong.map((example) => example.id)).toEqual([]);
  });
});
