import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { builtinRules } from '../../src/catalog/builtinRules.js';
import { ComplianceConfigError, createLinter, defineRule, type AnyRuleDefinition, type Issue } from '../../src/index.js';
import { makeCorpus } from '../../bench/corpus.mjs';
import { messageArbitrary, textArbitrary } from '../support/arbitraries.js';

/** A custom rule that records every message its check saw. */
function spyRule(id: string, meta: Partial<AnyRuleDefinition['meta']>, seen: string[]): AnyRuleDefinition {
  return defineRule({
    id,
    meta: { description: 'spy', defaultSeverity: 'info', fixable: false, ...meta },
    check: (context) => {
      seen.push(context.text);
    },
  });
}

describe('rule triggers (meta.triggers)', () => {
  it('runs check only for messages whose view contains a trigger', () => {
    const seen: string[] = [];
    const linter = createLinter({ customRules: [spyRule('needs-link', { triggers: ['http', '.'] }, seen)] });
    linter.lint('您好');
    linter.lint('详见 HTTP：//x');
    linter.lint('年化利率7.2%');
    expect(seen).toEqual(['详见 HTTP：//x', '年化利率7.2%']);
  });

  it('matches triggers in the normalised view: full-width, 繁体 and spaced-out text trigger too', () => {
    const seen: string[] = [];
    const linter = createLinter({ customRules: [spyRule('needs-loan', { triggers: ['贷款'] }, seen)] });
    for (const text of ['贷款', '貸款', '贷 款', '贷\u200b款', '贷', '款贷']) linter.lint(text);
    expect(seen).toEqual(['贷款', '貸款', '贷 款', '贷\u200b款']);
  });

  it('ignores word boundaries: a trigger is any occurrence ("13" inside a longer number)', () => {
    const seen: string[] = [];
    createLinter({ customRules: [spyRule('digits', { triggers: ['13'] }, seen)] }).lint('电话 4001388888');
    expect(seen).toHaveLength(1);
  });

  it('with triggers: [] a term rule runs only when one of its own terms matched (allow-lists applied)', () => {
    const seen: string[] = [];
    const linter = createLinter({
      customRules: [spyRule('house-terms', { terms: [{ terms: ['闪电放款'] }], allow: ['不承诺闪电放款'], triggers: [] }, seen)],
    });
    linter.lint('闪电放款');
    linter.lint('我们不承诺闪电放款');
    linter.lint('普通消息');
    expect(seen).toEqual(['闪电放款']);
  });

  it('without triggers a rule sees every message', () => {
    const seen: string[] = [];
    const linter = createLinter({ customRules: [spyRule('every', {}, seen)] });
    linter.lint('');
    linter.lint('您好');
    expect(seen).toEqual(['', '您好']);
  });

  it('rejects triggers that are not non-empty strings, naming the path', () => {
    const bad = () => defineRule({ ...spyRule('bad', {}, []), meta: { description: 'x', defaultSeverity: 'info', fixable: false, triggers: [''] } });
    expect(bad).toThrow(ComplianceConfigError);
    expect(bad).toThrow(/rule\.meta\.triggers\[0\]/);
  });
});

/**
 * The built-in rules with triggers, each registered a second time WITHOUT them under another id: the
 * pre-filter must never hide a finding, so both copies report the same issues on every message.
 */
const filteredRules = builtinRules.filter((rule) => rule.meta.triggers !== undefined);
const unfiltered: AnyRuleDefinition[] = filteredRules.map((rule) => {
  const { triggers: _dropped, ...meta } = rule.meta;
  return { id: `${rule.id}-unfiltered`, meta, check: rule.check };
});
const pairLinter = createLinter({ customRules: unfiltered });
const strip = (issues: readonly Issue[], suffix: string): string[] =>
  issues
    .filter((issue) => filteredRules.some((rule) => `${rule.id}${suffix}` === issue.ruleId))
    .map((issue) => JSON.stringify({ ...issue, ruleId: issue.ruleId.replace(/-unfiltered$/, '') }))
    .sort();

function sameFindings(text: string, kind: 'marketing' | 'notification'): void {
  const { issues } = pairLinter.lint(text, { kind });
  expect(strip(issues, '-unfiltered')).toEqual(strip(issues, ''));
}

describe('built-in triggers never hide a finding', () => {
  it('covers the rules that declare triggers', () => {
    expect(filteredRules.map((rule) => rule.id).sort()).toEqual(
      ['absolute-terms', 'apr-disclosure', 'contact-channel', 'link', 'marketing-in-notification', 'misleading-claims', 'placeholder', 'specific-amount', 'student-targeting'].sort(),
    );
  });

  it('the unfiltered copies fire on the benchmark corpus, so the comparison is not vacuous', () => {
    const { messages } = makeCorpus(2_000);
    let findings = 0;
    for (const text of messages) {
      sameFindings(text, 'marketing');
      findings += strip(pairLinter.lint(text).issues, '-unfiltered').length;
    }
    expect(findings).toBeGreaterThan(100);
  });

  test.prop([fc.oneof(messageArbitrary, textArbitrary), fc.constantFrom('marketing' as const, 'notification' as const)], { numRuns: 300 })(
    'random messages: the filtered and the unfiltered rule report the same issues',
    (text, kind) => sameFindings(text, kind),
  );
});
