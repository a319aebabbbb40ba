import { describe, expect, it } from 'vitest';
import { applyFixes, ComplianceConfigError, lint } from '../../src/index.js';

describe('applyFixes', () => {
  it('applies the suggestions of a lint report', () => {
    const text = '【XX银行】最低利息，50万额度等你拿';
    expect(applyFixes(text, lint(text).issues)).toBe('【XX银行】基准利率起，最高可申请额度等你拿。拒收请回复R');
  });

  it('applies replacements and insertions in position order and skips overlaps', () => {
    const text = 'abcdef';
    const fixed = applyFixes(text, [
      { suggestion: { text: 'X', start: 3, end: 5 } },
      { suggestion: { text: '>', start: 0, end: 0 } },
      { suggestion: { text: 'Y', start: 4, end: 6 } },
      { suggestion: { text: 'Z', start: 1, end: 2 } },
    ]);
    expect(fixed).toBe('>aZcXf');
  });

  it('keeps only the first of two insertions at the same place', () => {
    expect(applyFixes('ab', [{ suggestion: { text: '1', start: 1, end: 1 } }, { suggestion: { text: '2', start: 1, end: 1 } }])).toBe('a1b');
  });

  it('ignores issues without a suggestion and changes nothing when there are none', () => {
    expect(applyFixes('abc', [{}, {}])).toBe('abc');
    expect(applyFixes('abc', [])).toBe('abc');
  });

  it('rejects spans outside the text and non-arrays with ComplianceConfigError', () => {
    expect(() => applyFixes('abc', [{ suggestion: { text: 'x', start: 2, end: 9 } }])).toThrowError(/issues\[0\]\.suggestion/);
    expect(() => applyFixes('abc', 'nope' as never)).toThrowError(ComplianceConfigError);
    expect(() => applyFixes(1 as never, [])).toThrowError(ComplianceConfigError);
  });
});
