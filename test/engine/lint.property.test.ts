import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyFixes, lint, type Issue } from '../../src/index.js';
import { messageArbitrary, textArbitrary } from '../support/arbitraries.js';

function countByRule(issues: readonly Issue[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.ruleId, (counts.get(issue.ruleId) ?? 0) + 1);
  return counts;
}

describe('lint properties', () => {
  test.prop([textArbitrary, fc.constantFrom('marketing', 'notification' as const)])(
    'never throws; spans lie inside the text; excerpts are the spanned text; issues are sorted',
    (text, kind) => {
      const report = lint(text, { kind });
      let previous = -1;
      for (const issue of report.issues) {
        expect(issue.start).toBeGreaterThanOrEqual(0);
        expect(issue.end).toBeGreaterThanOrEqual(issue.start);
        expect(issue.end).toBeLessThanOrEqual(text.length);
        expect(issue.excerpt).toBe(text.slice(issue.start, issue.end));
        expect(issue.start).toBeGreaterThanOrEqual(previous);
        previous = issue.start;
        if (issue.suggestion) {
          expect(issue.suggestion.start).toBeGreaterThanOrEqual(0);
          expect(issue.suggestion.end).toBeLessThanOrEqual(text.length);
        }
      }
      expect(report.ok).toBe(!report.issues.some((issue) => issue.severity === 'error'));
    },
  );

  test.prop([textArbitrary])('is deterministic and returns JSON-serialisable data', (text) => {
    const first = lint(text);
    expect(lint(text)).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  test.prop([messageArbitrary])('applying suggested fixes never adds an issue of the rule that was fixed', (text) => {
    const before = lint(text);
    const fixedRules = new Set(before.issues.filter((issue) => issue.suggestion).map((issue) => issue.ruleId));
    const fixed = applyFixes(text, before.issues);
    const after = countByRule(lint(fixed).issues);
    const beforeCounts = countByRule(before.issues);
    for (const ruleId of fixedRules) expect(after.get(ruleId) ?? 0).toBeLessThanOrEqual(beforeCounts.get(ruleId) ?? 0);
  });

  test.prop([messageArbitrary])('fixing is idempotent: a second round of fixes changes nothing more', (text) => {
    let fixed = applyFixes(text, lint(text).issues);
    // Overlapping suggestions are applied over successive rounds; two rounds settle every generated message.
    fixed = applyFixes(fixed, lint(fixed).issues);
    expect(applyFixes(fixed, lint(fixed).issues)).toBe(fixed);
  });

  test.prop([fc.constantFrom('最低利息', '秒批', '100%下款', '黑户可贷', '不看征信'), fc.array(fc.constantFrom(' ', '*', '-', '_', '.', '|', '/', '~', '\u200b', '😀', '\u3000'), { minLength: 1, maxLength: 3 })])(
    'inserting separators between the characters of a banned term never hides it',
    (term, separators) => {
      // A dot between digits is a decimal point ("0.5%"), never a separator: that one disguise is out of scope.
      fc.pre(!(/[0-9]/.test(term) && separators.includes('.')));
      const disguised = [...term].join(separators.join(''));
      const report = lint(`【XX银行】${disguised}。`);
      expect(report.ok).toBe(false);
      expect(report.issues.some((issue) => issue.ruleId === 'evasion')).toBe(true);
    },
  );

  test.prop([fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 })], { numRuns: 3 })(
    'checks a 100 KB string without throwing',
    (text) => {
      expect(() => lint(text)).not.toThrow();
    },
  );
});
