import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compareVariants, VariantComparisonSchema } from '../../src/campaign/index.js';

const armArbitrary = fc
  .record({ trials: fc.nat(1_000_000), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ trials, share }) => ({ trials, successes: Math.round(trials * share) }));
// Small arms hit the edges (0 trials, 0 % and 100 %) often.
const smallArmArbitrary = fc.nat(6).chain((trials) => fc.nat(trials).map((successes) => ({ trials, successes })));
const anyArm = fc.oneof(armArbitrary, smallArmArbitrary);
const optionsArbitrary = fc.record(
  {
    alpha: fc.double({ min: 0.001, max: 0.2, noNaN: true }),
    power: fc.double({ min: 0.51, max: 0.99, noNaN: true }),
    minimumDetectableEffect: fc.double({ min: 0.0005, max: 0.5, noNaN: true }),
  },
  { requiredKeys: [] },
);

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) numbersIn(item, out);
  return out;
}

describe('compareVariants (properties)', () => {
  test.prop([anyArm, anyArm, optionsArbitrary])('every number in the result is finite, and the result matches its schema', (a, b, options) => {
    const result = compareVariants(a, b, options);
    for (const value of numbersIn(result)) expect(Number.isFinite(value)).toBe(true);
    expect(VariantComparisonSchema.safeParse(result).success).toBe(true);
  });

  test.prop([anyArm, anyArm, optionsArbitrary])('p lies in [0, 1], the interval holds the difference, and significance follows p', (a, b, options) => {
    const result = compareVariants(a, b, options);
    if (result.status === 'insufficient-data') {
      expect(a.trials === 0 || b.trials === 0).toBe(true);
      return;
    }
    const { lower, upper } = result.confidenceInterval!;
    expect(result.pValue).toBeGreaterThanOrEqual(0);
    expect(result.pValue).toBeLessThanOrEqual(1);
    expect(-1).toBeLessThanOrEqual(lower);
    expect(lower).toBeLessThanOrEqual(result.difference!);
    expect(result.difference!).toBeLessThanOrEqual(upper);
    expect(upper).toBeLessThanOrEqual(1);
    expect(result.significant).toBe(result.pValue! < result.alpha);
  });

  test.prop([anyArm, anyArm])('swapping the arms negates the difference and z, mirrors the interval and keeps p', (a, b) => {
    const ab = compareVariants(a, b);
    const ba = compareVariants(b, a);
    expect(ba.status).toBe(ab.status);
    if (ab.status === 'insufficient-data') return;
    expect(ba.difference! + ab.difference!).toBeCloseTo(0, 12);
    expect(ba.z! + ab.z!).toBeCloseTo(0, 9);
    expect(ba.pValue).toBe(ab.pValue);
    expect(ba.confidenceInterval!.lower + ab.confidenceInterval!.upper).toBeCloseTo(0, 12);
  });
});
