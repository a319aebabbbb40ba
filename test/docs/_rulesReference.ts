import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { builtinRules } from '../../src/catalog/builtinRules.js';
import { RulePackSchema, type RulePack } from '../../src/content/packSchema.js';
import { createLinter, lint, type LintOptions } from '../../src/index.js';
import type { AnyRuleDefinition, Issue } from '../../src/engine/types.js';
import { ROOT } from './_snippets.js';

/**
 * The generator of docs/rules.md. The page is a pure function of the rule catalog, the rule packs in
 * rules/ and the examples below, rendered with the lint results of those examples. The test compares the
 * committed page with this output (`npm run docs:rules` rewrites it) and, independently, parses the
 * committed page and runs every example again.
 */

/** One example of the reference: the rule must report on `text` iff `fires`. */
export interface RuleExample {
  readonly text: string;
  readonly fires: boolean;
  /** Options of the `lint` call (`sender`, `kind`, `segment`). */
  readonly lintOptions?: LintOptions;
  /** Options of this rule, given through `createLinter({ rules: { [id]: { options } } })`. */
  readonly ruleOptions?: Record<string, unknown>;
  readonly note?: string;
}

const GOOD = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R';
const NOTICE = '【XX银行】您尾号1234的借款将于12月15日到期，请按时还款。';
const LONG =
  '【XX银行】尊敬的客户，您的专属绿色通道已开通，额度与利率以审批结果为准，年化利率(单利)7.2%起，' +
  '详情请登录手机银行查看。回复1了解详情，回复2预约回电。拒收请回复R';

/**
 * Examples of the rules whose data is not a rule pack (the structure rules and `segment-fit`). The content
 * rules' examples are the `specs` of their packs in rules/, which the content tests run as well.
 */
const EXTRA_EXAMPLES: Readonly<Record<string, readonly RuleExample[]>> = {
  identity: [
    { text: '您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R', fires: true, note: 'no 【签名】 at the start' },
    { text: '【温馨提示】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R', fires: true, note: 'neutral signature' },
    { text: '【YY银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R', fires: true, ruleOptions: { institution: 'XX银行' }, note: 'not the configured institution' },
    { text: GOOD, fires: false, note: 'names a bank' },
    { text: GOOD, fires: false, ruleOptions: { institution: 'XX银行' } },
  ],
  'feature-length': [
    { text: '【XX银行】您享有专属绿色通道并且可以随时申请提高额度。回复1了解详情，回复2预约回电。拒收请回复R', fires: true, note: 'more than 15 counted characters' },
    { text: GOOD, fires: false, note: '9 counted characters' },
    { text: NOTICE, fires: false, lintOptions: { kind: 'notification' }, note: 'marketing only' },
  ],
  'reply-options': [
    { text: '【XX银行】您享有专属绿色通道。回复1了解详情，回复1预约回电。拒收请回复R', fires: true, note: 'duplicate key' },
    { text: '【XX银行】您享有专属绿色通道。回复1了解详情。拒收请回复R', fires: true, note: 'one option, 2–3 expected' },
    { text: GOOD, fires: false },
    { text: '【XX银行】您享有专属绿色通道。回复1了解详情。拒收请回复R', fires: false, ruleOptions: { minReplyOptions: 1 } },
  ],
  unsubscribe: [
    { text: '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。', fires: true, note: 'missing; the fix appends 拒收请回复R' },
    { text: `${NOTICE}拒收请回复R`, fires: true, lintOptions: { kind: 'notification' }, note: 'a notification carries none' },
    { text: GOOD, fires: false },
    { text: NOTICE, fires: false, lintOptions: { kind: 'notification' } },
  ],
  'layer-order': [
    { text: '【XX银行】回复1了解详情，回复2预约回电。您享有专属绿色通道。拒收请回复R', fires: true, note: 'interaction before feature' },
    { text: GOOD, fires: false },
  ],
  'message-length': [
    { text: LONG, fires: true, note: 'more than 70 characters: 2 billed parts' },
    { text: LONG, fires: false, ruleOptions: { maxParts: 2 } },
    { text: GOOD, fires: false, note: '38 characters: 1 part' },
  ],
  'segment-fit': [
    { text: '【XX消费金融】新用户专享年化利率(单利)7.2%起。拒收请回复R', fires: true, lintOptions: { segment: 'C' }, note: '利率优惠信息 sent to a C customer' },
    { text: '【XX消费金融】新用户专享年化利率(单利)7.2%起。拒收请回复R', fires: false, lintOptions: { segment: 'B' }, note: 'fits B' },
    { text: GOOD, fires: true, lintOptions: { segment: 'excluded' }, note: 'no marketing to excluded customers' },
    { text: '【XX消费金融】新用户专享年化利率(单利)7.2%起。拒收请回复R', fires: false, note: 'no segment given' },
  ],
};

/** What the options of some rules mean (the schemas give names, types and defaults). */
const OPTION_NOTES: Readonly<Record<string, string>> = {
  'apr-disclosure.maxAnnualRate': 'a disclosed annual rate above this (in %) is an error; `null` turns the ceiling off',
  'apr-disclosure.requireInterestMethod': 'require the interest method (单利/复利) next to a disclosed rate',
  'link.allowedDomains': 'your ICP-filed domains; when given, a link to any other domain gets a warning',
  'sender-number.enterprisePrefixes': 'number prefixes of enterprise SMS ports (the `sender` lint option is checked against them)',
  'identity.institution': 'the licensed signature name, or a list; `【】` around it is optional',
  'identity.allowSignatures': 'brand or app names accepted as lenders without naming a lender type',
  'feature-length.maxFeatureChars': 'the most Han characters, letters and digits the feature may have',
  'reply-options.minReplyOptions': 'the fewest reply options',
  'reply-options.maxReplyOptions': 'the most reply options',
  'unsubscribe.acceptedUnsubscribe': 'the statements accepted at the end of a marketing message',
  'message-length.billing': '`china` (70 per part, 67 in a long message) or `international` (GSM-7 / UCS-2)',
  'message-length.maxParts': 'billed parts above which the rule warns (above 500 characters it is an error)',
};

const PAGES: Readonly<Record<string, string>> = {
  identity: 'structure.md',
  'feature-length': 'structure.md',
  'reply-options': 'structure.md',
  unsubscribe: 'structure.md',
  'layer-order': 'structure.md',
  'message-length': 'structure.md',
  'segment-fit': 'segments.md#the-segment-fit-rule',
};

/** The rule packs in rules/, by rule id. */
export function loadPacks(): Map<string, RulePack> {
  const packs = new Map<string, RulePack>();
  for (const rule of builtinRules) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(ROOT, 'rules', `${rule.id}.json`), 'utf8'));
    } catch {
      continue;
    }
    packs.set(rule.id, RulePackSchema.parse(json));
  }
  return packs;
}

/** The examples of one rule: its pack's specs, or the examples above. */
export function examplesOf(id: string, packs: ReadonlyMap<string, RulePack>): readonly RuleExample[] {
  const pack = packs.get(id);
  if (pack !== undefined) {
    return pack.specs.map((spec) => ({
      text: spec.text,
      fires: spec.fires,
      ...(spec.options === undefined ? {} : { lintOptions: spec.options as LintOptions }),
      ...(spec.note === undefined ? {} : { note: spec.note }),
    }));
  }
  return EXTRA_EXAMPLES[id] ?? [];
}

/** Runs one example: the issues `id` reports on it. */
export function runExample(id: string, example: Pick<RuleExample, 'text' | 'lintOptions' | 'ruleOptions'>): Issue[] {
  const report =
    example.ruleOptions === undefined
      ? lint(example.text, example.lintOptions)
      : createLinter({ rules: { [id]: { options: example.ruleOptions } } }).lint(example.text, example.lintOptions);
  return report.issues.filter((issue) => issue.ruleId === id);
}

/** A message as a JSON string literal, with invisible and space-like characters escaped so the reader sees them. */
export function showText(text: string): string {
  return JSON.stringify(text).replace(/[\p{Cf}\p{Zs}\p{Cc}]/gu, (char) =>
    char === ' ' ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Escapes a table cell: a `|` would end the cell even inside a code span. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text}${fence}`;
}

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map(typeOf).join(' \\| ');
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => `'${String(value)}'`).join(' \\| ');
  if (schema.type === 'array') return `${typeOf((schema.items ?? {}) as Record<string, unknown>)}[]`;
  if (schema.type === 'integer') return 'integer';
  return typeof schema.type === 'string' ? schema.type : 'unknown';
}

function optionsTable(rule: AnyRuleDefinition): string[] {
  if (rule.meta.options === undefined) return ['Options: none.', ''];
  const json = z.toJSONSchema(rule.meta.options, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
  };
  const entries = Object.entries(json.properties ?? {});
  if (entries.length === 0) return ['Options: none.', ''];
  const lines = [
    `Options (\`createLinter({ rules: { '${rule.id}': { options: { … } } } })\`):`,
    '',
    '| Option | Type | Default | Meaning |',
    '|---|---|---|---|',
  ];
  for (const [name, schema] of entries) {
    const fallback = 'default' in schema ? code(JSON.stringify(schema.default)) : '—';
    lines.push(`| \`${name}\` | ${typeOf(schema)} | ${cell(fallback)} | ${cell(OPTION_NOTES[`${rule.id}.${name}`] ?? '')} |`);
  }
  return [...lines, ''];
}

function basisLines(rule: AnyRuleDefinition, pack: RulePack | undefined): string[] {
  if (pack === undefined) return [`Basis: ${rule.meta.basis ?? '—'}`, ''];
  const lines = ['Basis:', ''];
  for (const source of Object.values(pack.sources)) {
    const where = [source.kind, `confidence ${source.confidence}`, source.ref].filter(Boolean).join(', ');
    lines.push(`- ${source.title} (${where})`);
  }
  return [...lines, ''];
}

function dataLine(pack: RulePack | undefined): string[] {
  if (pack === undefined || pack.entries.length === 0) return [];
  const terms = pack.entries.reduce((sum, entry) => sum + entry.terms.length, 0);
  const categories = [...new Set(pack.entries.map((entry) => entry.category).filter(Boolean))];
  const suggestions = pack.entries.filter((entry) => entry.suggestion !== undefined).length;
  // Which entries are also matched as evaders spell them, and how: "in pinyin", "with a homophone".
  const spellingNote = (flag: 'pinyin' | 'homophones', how: string): string => {
    const spelled = pack.entries.filter((entry) => entry[flag] === true);
    if (spelled.length === 0) return '';
    if (spelled.length === pack.entries.length) return ` Every phrase is also matched ${how} ([evasion](#evasion)).`;
    return ` Phrases of ${spelled.map((entry) => entry.category).filter(Boolean).join(', ')} are also matched ${how} ([evasion](#evasion)).`;
  };
  const both = pack.entries.every((entry) => (entry.pinyin === true) === (entry.homophones === true));
  const pinyinNote = both
    ? spellingNote('pinyin', 'spelled in pinyin or with one character swapped for a homophone')
    : spellingNote('pinyin', 'spelled in pinyin') + spellingNote('homophones', 'with one character swapped for a homophone');
  return [
    `Data: \`rules/${pack.rule}.json\` version ${pack.version} — ${plural(terms, 'phrase')}` +
      (categories.length === 0 ? '' : ` in ${plural(categories.length, 'category', 'categories')} (${categories.join(', ')})`) +
      `, ${plural(pack.allow.length, 'accepted phrase')}, ${plural(suggestions, 'entry', 'entries')} with a suggested replacement.${pinyinNote} ` +
      `Add terms or accepted phrases in the linter config ([configuring](configuring.md#extra-terms-and-allow-lists)).`,
    '',
  ];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function reported(issues: readonly Issue[]): string {
  if (issues.length === 0) return '—';
  return issues.map((issue) => `${code(showText(issue.excerpt))} ${issue.severity}`).join('<br>');
}

function examplesTable(rule: AnyRuleDefinition, examples: readonly RuleExample[]): string[] {
  const lines = [
    'Examples (executed by `test/docs/rules-reference.test.ts`):',
    '',
    '| Result | Message | Lint options | Rule options | Reported (excerpt, severity) | Note |',
    '|---|---|---|---|---|---|',
  ];
  for (const example of examples) {
    const issues = runExample(rule.id, example);
    lines.push(
      [
        '',
        example.fires ? 'fires' : 'silent',
        cell(code(showText(example.text))),
        example.lintOptions === undefined ? '—' : cell(code(JSON.stringify(example.lintOptions))),
        example.ruleOptions === undefined ? '—' : cell(code(JSON.stringify(example.ruleOptions))),
        cell(reported(issues)),
        cell(example.note ?? ''),
        '',
      ].join(' | ').trim(),
    );
  }
  return [...lines, ''];
}

/** Renders docs/rules.md. */
export function renderRulesReference(): string {
  const packs = loadPacks();
  const out: string[] = [
    '<!-- Generated from the rule catalog and rules/*.json by test/docs/_rulesReference.ts.',
    '     Do not edit by hand: run `npm run docs:rules` after changing a rule or its data. -->',
    '',
    '# Rule reference（规则参考）',
    '',
    'Every built-in rule of `lint()` / `createLinter()`: what it checks, its legal or carrier basis, its default',
    'severity, its options, and messages on which it fires and on which it must stay silent. Every example on this',
    'page is run by the test suite, so the page cannot drift from the code. To turn a rule off, change its severity',
    'or give it options, see [configuring rules](configuring.md); the content rules are explained in',
    '[content-rules.md](content-rules.md), the structure rules in [structure.md](structure.md).',
    '',
    'Severities: `error` makes a report not `ok` (do not send); `warning` and `info` are advice.',
    '',
    '| Rule | Default severity | Fixable | Applies to | What it checks |',
    '|---|---|---|---|---|',
  ];
  for (const rule of builtinRules) {
    const kinds = (rule.meta.kinds ?? ['marketing', 'notification']).join(', ');
    const summary = rule.meta.description.split(/(?<=[。.])/u)[0]!;
    out.push(`| [\`${rule.id}\`](#${rule.id}) | ${rule.meta.defaultSeverity} | ${rule.meta.fixable ? 'yes' : 'no'} | ${kinds} | ${cell(summary)} |`);
  }
  out.push('');
  for (const rule of builtinRules) {
    const pack = packs.get(rule.id);
    const more = PAGES[rule.id];
    out.push(
      `## ${rule.id}`,
      '',
      rule.meta.description,
      '',
      `- Default severity: **${rule.meta.defaultSeverity}**` + (pack === undefined ? '' : ' (individual entries may carry their own)'),
      `- Fixable: ${rule.meta.fixable ? 'yes — issues carry a `suggestion` that `applyFixes` applies' : 'no'}`,
      `- Applies to: ${(rule.meta.kinds ?? ['marketing', 'notification']).join(', ')} messages`,
      ...(more === undefined ? [] : [`- More: [${more.replace(/#.*/, '')}](${more})`]),
      '',
      ...basisLines(rule, pack),
      ...dataLine(pack),
      ...optionsTable(rule),
      ...examplesTable(rule, examplesOf(rule.id, packs)),
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
