import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assignVariant } from '../../src/campaign/index.js';

const N = 100_000;

/**
 * Shares observed over N ids must be within 5 standard errors of the weights.
 *
 * Treating the hash as a random function of the id (what FNV-1a + the fmix32 avalanche step is
 * for), the count of a variant with share p is Binomial(N, p), so its observed share has standard
 * error √(p(1−p)/N) ≤ √(0.25/100000) = 0.158 percentage points. Five of them is at most 0.79 pp —
 * a few tenths of a point — and a correct hash exceeds it with probability 5.7e-7 per check
 * (two-sided normal tail). This file makes at most 10 runs × 4 variants + the fixed checks ≈ 50
 * checks, so a false failure has probability below 3e-5, while a hash that is off by one point
 * (≥ 6 standard errors) fails.
 */
function tolerance(share: number): number {
  return 5 * Math.sqrt((share * (1 - share)) / N);
}

function observedShares(ids: (i: number) => string, experiment: { id: string; variants: { id: string; weight: number }[] }): Map<string, number> {
  const counts = new Map<string, number>(experiment.variants.map((v) => [v.id, 0]));
  for (let i = 0; i < N; i++) {
    const { variant } = assignVariant(ids(i), experiment);
    counts.set(variant, counts.get(variant)! + 1);
  }
  return new Map([...counts].map(([id, count]) => [id, count / N]));
}

function expectCloseToWeights(shares: Map<string, number>, variants: { id: string; weight: number }[]): void {
  const total = variants.reduce((sum, v) => sum + v.weight, 0);
  for (const variant of variants) {
    const expected = variant.weight / total;
    expect(Math.abs(shares.get(variant.id)! - expected)).toBeLessThanOrEqual(tolerance(expected));
  }
}

describe('assignVariant over 100,000 ids', () => {
  test('splits sequential mobile numbers 50/50', () => {
    const variants = [{ id: '09-10', weight: 1 }, { id: '15-16', weight: 1 }];
    const shares = observedShares((i) => String(13_800_000_000 + i), { id: 'send-time', variants });
    expectCloseToWeights(shares, variants);
  });

  test('splits 10/30/60 with customer ids', () => {
    const variants = [{ id: 'a', weight: 10 }, { id: 'b', weight: 30 }, { id: 'c', weight: 60 }];
    expectCloseToWeights(observedShares((i) => `customer-${i}`, { id: 'three-way', variants }), variants);
  });

  test('assigns two experiments independently: each cell of the 2×2 table holds a quarter', () => {
    const variants = [{ id: 'x', weight: 1 }, { id: 'y', weight: 1 }];
    const cells = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const id = `u${i}`;
      const key = `${assignVariant(id, { id: 'time', variants }).variant}${assignVariant(id, { id: 'link', variants }).variant}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    expect([...cells.keys()].sort()).toEqual(['xx', 'xy', 'yx', 'yy']);
    for (const count of cells.values()) expect(Math.abs(count / N - 0.25)).toBeLessThanOrEqual(tolerance(0.25));
  });

  const experimentArbitrary = fc.record({
    id: fc.string({ minLength: 1, maxLength: 12 }),
    prefix: fc.string({ maxLength: 6 }),
    weights: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 4 }),
  });

  test.prop([experimentArbitrary], { numRuns: 10 })('any experiment: observed shares are within 5 standard errors of the weights', ({ id, prefix, weights }) => {
    const variants = weights.map((weight, index) => ({ id: `v${index}`, weight }));
    expectCloseToWeights(observedShares((i) => `${prefix}${i}`, { id, variants }), variants);
  });

  test.prop([fc.string({ minLength: 1 }), experimentArbitrary])('is stable: the same id and experiment always give the same assignment', (recipientId, { id, weights }) => {
    const experiment = { id, variants: weights.map((weight, index) => ({ id: `v${index}`, weight })) };
    const first = assignVariant(recipientId, experiment);
    expect(assignVariant(recipientId, structuredClone(experiment))).toEqual(first);
    expect(experiment.variants.map((v) => v.id)).toContain(first.variant);
  });
});
