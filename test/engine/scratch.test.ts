// A linter reuses one scratch buffer for the normalised view from call to call. These tests pin down
// that nothing observable depends on that: results never alias it, a nested call gets its own, and a
// rule that keeps its context past the call gets an error instead of another message's data.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ComplianceConfigError, createLinter, defineRule, lint, type Linter, type RuleContext } from '../../src/index.js';
import { textArbitrary } from '../support/arbitraries.js';

/** A default linter plus one info-level custom rule with `check`. */
const linterWithRule = (id: string, description: string, check: (context: RuleContext) => void): Linter =>
  createLinter({ customRules: [defineRule({ id, meta: { description, defaultSeverity: 'info', fixable: false }, check })] });

describe('the per-linter view scratch', () => {
  test.prop([fc.array(textArbitrary, { minLength: 2, maxLength: 6 })])(
    'a linter used for many messages reports exactly what a fresh linter reports for each',
    (texts) => {
      const reused = createLinter();
      for (const text of texts) expect(reused.lint(text)).toEqual(createLinter().lint(text));
    },
  );

  it('earlier reports are not changed by later calls (long message, then short, then long)', () => {
    const linter = createLinter();
    const long = `【XX银行】${'最 低 利 息，'.repeat(40)}拒收请回复R`;
    const first = linter.lint(long);
    const snapshot = JSON.parse(JSON.stringify(first));
    linter.lint('秒批');
    linter.lint(`${long}${long}`);
    expect(first).toEqual(snapshot);
  });

  it('a rule that lints another message inside its check (a nested call) sees its own view', () => {
    let inner: Linter | undefined;
    let depth = 0;
    const nestedViews: string[] = [];
    const outer = linterWithRule('nested', 'lints a second message from inside check', (context) => {
      if (depth > 0) return;
      const before = context.normalized.text;
      // The same linter, re-entered: it must not write into the buffer this call is reading.
      depth += 1;
      const report = inner!.lint('加 微 信 领取 1234567890');
      depth -= 1;
      nestedViews.push(before, context.normalized.text);
      const { start, end } = context.toOriginal(0, context.normalized.text.length);
      context.report({ start, end, message: `${report.issues.length} nested issue(s)` });
    });
    inner = outer;
    const report = outer.lint('最 低 利 息');
    expect(nestedViews).toEqual(['最低利息', '最低利息']);
    expect(report.issues.find((issue) => issue.ruleId === 'nested')).toMatchObject({ start: 0, end: 7 });
    expect(report.issues.find((issue) => issue.ruleId === 'absolute-terms')).toMatchObject({ start: 0, end: 7 });
    expect(outer.lint('最 低 利 息')).toEqual(report);
  });

  it('a context kept past its call fails with a ComplianceConfigError instead of reading the next message', () => {
    let kept: RuleContext | undefined;
    const linter = linterWithRule('keeper', 'keeps its context', (context) => {
      kept = context;
      void context.normalized.text;
    });
    linter.lint('最 低 利 息');
    const stale = kept!;
    linter.lint('完全不同的另一条消息，１２３４５６');
    // What was read during the call stays readable and unchanged.
    expect(stale.normalized.text).toBe('最低利息');
    expect(stale.text).toBe('最 低 利 息');
    // Fields are copied on first read; after the call nothing is left to copy from.
    expect(() => stale.normalized.starts).toThrow(ComplianceConfigError);
    expect(() => stale.normalized.starts).toThrow(/only valid while the rule's check\(\) runs/);
    expect(() => stale.toOriginal(0, 1)).toThrow(/only valid while the rule's check\(\) runs/);
  });

  // Found by a fresh-user probe: an async check reported after lint() returned, so a report already handed out
  // gained an error while its `ok` stayed true.
  it('a check that returns a promise is refused, and a report after the call throws instead of changing a result', async () => {
    // A plain function that returns a promise passes defineRule; lint() catches it.
    const linter = linterWithRule('late', 'reports after an await', (context: RuleContext) => {
      return Promise.resolve().then(() => context.report({ start: 0, end: 1, message: 'late' })) as unknown as void;
    });
    expect(() => linter.lint('最 低 利 息')).toThrow(/rules\.late: check\(\) returned a promise/);
    // defineRule refuses an async function outright.
    expect(() =>
      defineRule({ id: 'late', meta: { description: 'x', defaultSeverity: 'info', fixable: false }, check: async () => undefined }),
    ).toThrow(/check must be synchronous/);
    // The late report throws inside the rule's own promise; nothing leaks out as an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 5));

    let kept: RuleContext | undefined;
    const keeper = linterWithRule('keeper', 'keeps its context', (context) => {
      kept = context;
    });
    const report = keeper.lint('最低利息');
    const before = JSON.stringify(report);
    expect(() => kept!.report({ start: 0, end: 1, message: 'late' })).toThrow(/context\.report: is only valid while/);
    expect(JSON.stringify(report)).toBe(before);
  });

  it('a report with a severity or suggestion of the wrong type is refused, naming the rule', () => {
    const shouting = linterWithRule('shouting', 'reports ERROR', (context) => {
      context.report({ start: 0, end: 1, message: 'x', severity: 'ERROR' as 'error' });
    });
    expect(() => shouting.lint('最低利息')).toThrow(/rules\.shouting: report\(\) severity must be "error", "warning" or "info", got "ERROR"/);
    const numeric = linterWithRule('numeric', 'suggests a number', (context) => {
      context.report({ start: 0, end: 1, message: 'x', suggestion: { text: 5 as unknown as string, start: 0, end: 1 } });
    });
    expect(() => numeric.lint('最低利息')).toThrow(ComplianceConfigError);
    expect(() => numeric.lint('最低利息')).toThrow(/rules\.numeric: report\(\) suggestion must be a string/);
  });

  it('a view offset past the view is an error of the rule, not a stale span', () => {
    const linter = linterWithRule('first-six', 'maps the first six view units', (context) => {
      const { start, end } = context.toOriginal(0, 6);
      context.report({ start, end, message: 'x' });
    });
    expect(linter.lint('一条很长很长的消息').issues.find((issue) => issue.ruleId === 'first-six')).toMatchObject({ start: 0, end: 6 });
    // The scratch still holds the long message's offsets; reading past the short view must not use them.
    expect(() => linter.lint('短')).toThrow(/rules\.first-six: the rule threw: toOriginal\(0, 6\) is outside the view \(length 1\)/);
  });

  it('lint() (the shared default linter) is unaffected by calls in between', () => {
    const first = lint('【XX银行】最低利息，拒收请回复R');
    lint('秒批秒批秒批');
    expect(lint('【XX银行】最低利息，拒收请回复R')).toEqual(first);
  });
});
