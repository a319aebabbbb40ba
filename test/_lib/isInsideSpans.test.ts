import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isInsideSpans } from '../../src/_lib/isInsideSpans.js';

describe('isInsideSpans', () => {
  it('finds the span that holds a stretch, and only a whole one', () => {
    const spans = [{ viewStart: 2, viewEnd: 8 }, { viewStart: 10, viewEnd: 12 }];
    expect(isInsideSpans(spans, 3, 5)).toBe(true);
    expect(isInsideSpans(spans, 10, 12)).toBe(true);
    expect(isInsideSpans(spans, 7, 9)).toBe(false);
    expect(isInsideSpans(spans, 8, 10)).toBe(false);
    expect(isInsideSpans([], 0, 1)).toBe(false);
  });

  // Sorted, disjoint spans from cut points; for a non-empty stretch (what callers pass: a number, a match) the
  // bisection must answer what a scan of every span answers.
  test.prop([fc.uniqueArray(fc.nat(60), { maxLength: 20 }), fc.nat(60), fc.integer({ min: 1, max: 8 })])('answers what a scan of the spans answers', (cuts, start, width) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const spans = [];
    for (let k = 0; k + 1 < sorted.length; k += 2) spans.push({ viewStart: sorted[k]!, viewEnd: sorted[k + 1]! });
    const end = start + width;
    expect(isInsideSpans(spans, start, end)).toBe(spans.some((span) => span.viewStart <= start && end <= span.viewEnd));
  });
});
