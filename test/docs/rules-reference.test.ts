import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { renderRulesReference, runExample, showText } from './_rulesReference.js';
import { ROOT } from './_snippets.js';

const pagePath = join(ROOT, 'docs', 'rules.md');
// A missing page fails the snapshot test below with a clear diff instead of crashing the file.
const page = existsSync(pagePath) ? readFileSync(pagePath, 'utf8') : '';

interface ParsedExample {
  readonly line: number;
  readonly fires: boolean;
  readonly text: string;
  readonly lintOptions?: Record<string, unknown>;
  readonly ruleOptions?: Record<string, unknown>;
  readonly reported: readonly string[];
}

function splitRow(row: string): string[] {
  const cells = row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
  return cells.map((value) => value.trim().replace(/\\\|/g, '|'));
}

function unCode(value: string): string {
  const match = /^(`{1,2})([\s\S]*)\1$/.exec(value);
  if (match === null) throw new Error(`expected a code span, got ${value}`);
  return match[2]!;
}

function optional(value: string): Record<string, unknown> | undefined {
  return value === '—' ? undefined : (JSON.parse(unCode(value)) as Record<string, unknown>);
}

/** Reads the sections (`## rule-id`) and their example tables back from the committed page. */
function parsePage(markdown: string): Map<string, ParsedExample[]> {
  const sections = new Map<string, ParsedExample[]>();
  let current: ParsedExample[] | undefined;
  markdown.split('\n').forEach((row, index) => {
    const heading = /^## (\S+)$/.exec(row);
    if (heading !== null) {
      current = [];
      sections.set(heading[1]!, current);
      return;
    }
    if (current === undefined || !/^\| (fires|silent) \|/.test(row)) return;
    const [result, message, lintOptions, ruleOptions, reported] = splitRow(row);
    current.push({
      line: index + 1,
      fires: result === 'fires',
      text: JSON.parse(unCode(message!)) as string,
      ...(optional(lintOptions!) === undefined ? {} : { lintOptions: optional(lintOptions!) }),
      ...(optional(ruleOptions!) === undefined ? {} : { ruleOptions: optional(ruleOptions!) }),
      reported: reported === '—' ? [] : reported!.split('<br>').map((item) => unCode(item.replace(/ (error|warning|info)$/, ''))),
    });
  });
  return sections;
}

const sections = parsePage(page);

describe('docs/rules.md, the rule reference', () => {
  it('is exactly what the generator renders from the catalog and rules/*.json (run `npm run docs:rules`)', async () => {
    await expect(renderRulesReference()).toMatchFileSnapshot('../../docs/rules.md');
  });

  it('has one section per built-in rule, in catalog order, and nothing else', () => {
    expect([...sections.keys()]).toEqual(rules.map((rule) => rule.id));
  });

  it('links each rule in the index to its section', () => {
    for (const rule of rules) expect(page).toContain(`[\`${rule.id}\`](#${rule.id})`);
  });

  it('every rule whose docs link points into this page has its anchor here', () => {
    for (const rule of rules) {
      const match = /docs\/rules\.md#(.+)$/.exec(rule.docs ?? '');
      if (match !== null) expect(sections.has(match[1]!), rule.id).toBe(true);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const examples = sections.get(rule.id) ?? [];

      it('shows at least one message that fires and one that must stay silent', () => {
        expect(examples.some((example) => example.fires)).toBe(true);
        expect(examples.some((example) => !example.fires)).toBe(true);
      });

      for (const example of examples) {
        it(`docs/rules.md:${example.line} ${example.fires ? 'fires on' : 'stays silent on'} ${showText(example.text)}`, () => {
          const issues = runExample(rule.id, example);
          if (example.fires) expect(issues.length, 'the rule did not fire').toBeGreaterThan(0);
          else expect(issues, 'the rule fired').toEqual([]);
          expect(issues.map((issue) => showText(issue.excerpt)), 'the reported excerpts').toEqual(example.reported);
        });
      }
    });
  }
});

describe('the page parser behind these tests', () => {
  it('reads escaped pipes, options and several excerpts back', () => {
    const parsed = parsePage(
      ['## demo', '| fires | `"a\\|b"` | `{"kind":"notification"}` | — | `"a"` error<br>`"b"` warning | x |'].join('\n'),
    );
    expect(parsed.get('demo')).toEqual([
      { line: 2, fires: true, text: 'a|b', lintOptions: { kind: 'notification' }, reported: ['"a"', '"b"'] },
    ]);
  });
});
