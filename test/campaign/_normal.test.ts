import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { erfc, normalCdf, normalQuantile, normalSurvival } from '../../src/campaign/_normal.js';

/** |actual − expected| ≤ tolerance × |expected|. */
function closeRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('erfc / normalCdf / normalSurvival (internal)', () => {
  // Reference values: Abramowitz & Stegun, Handbook of Mathematical Functions, Table 7.1 (erf to
  // 10 places) and Table 26.1 (the normal distribution P(x) to 15 places).
  it.each([
    [0.5, 1 - 0.5204998778],
    [1, 1 - 0.8427007929],
    [2, 1 - 0.9953222650],
  ])('erfc(%d) matches the A&S table to the documented 1.2e-7 relative error', (x, expected) => {
    closeRelative(erfc(x), expected, 1.2e-7);
    closeRelative(erfc(-x), 2 - expected, 1.2e-7);
  });

  it('is exactly 1 at 0 (the fit is clamped so probabilities never exceed 1)', () => {
    expect(erfc(0)).toBe(1);
    expect(normalCdf(0)).toBe(0.5);
  });

  it.each([
    [1, 0.8413447461],
    [1.96, 0.9750021049],
    [2, 0.9772498681],
    [3, 0.9986501020],
  ])('Φ(%d) matches the table', (x, expected) => {
    closeRelative(normalCdf(x), expected, 1.2e-7);
    closeRelative(normalCdf(-x), 1 - expected, 1.2e-7);
  });

  it('keeps relative accuracy deep in the upper tail, where 1 − Φ(x) would cancel to 0', () => {
    // A&S Table 26.1: P(5) = 0.999999713348428, so Q(5) = 2.86651572e-7.
    closeRelative(normalSurvival(5), 2.8665157e-7, 2e-7);
    // Q(6) = 9.8658765e-10 from an independent implementation (CPython's math.erfc(6/√2)/2).
    closeRelative(normalSurvival(6), 9.8658765e-10, 2e-7);
    expect(1 - normalCdf(9)).toBe(0); // the naive form loses everything...
    expect(normalSurvival(9)).toBeGreaterThan(1e-19); // ...the survival form does not (Q(9) ≈ 1.13e-19)
  });

  it('agrees with the asymptotic series of the tail worked by hand (A&S 26.2.12)', () => {
    // Q(x) ≈ φ(x)/x · (1 − 1/x² + 3/x⁴ − 15/x⁶ + 105/x⁸), with an error below the first omitted term
    // 945/x¹⁰. At x = 8: φ(8) = e^(−32)/√(2π) = 1.2664166e-14 / 2.5066283 = 5.0522711e-15;
    // φ(8)/8 = 6.3153389e-16; bracket = 1 − 0.015625 + 0.000732422 − 0.0000572205 + 0.0000062585
    // = 0.9850565, so Q(8) ≈ 6.2209653e-16 within 945/8¹⁰ = 8.8e-7 relative (plus erfc's 1.2e-7).
    closeRelative(normalSurvival(8), 6.2209653e-16, 1e-6 + 1.2e-7);
  });

  test.prop([fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: -40, max: 40, noNaN: true })])(
    'Φ is monotone and stays in [0, 1]',
    (x, y) => {
      const [low, high] = x <= y ? [x, y] : [y, x];
      expect(normalCdf(low)).toBeLessThanOrEqual(normalCdf(high));
      expect(normalCdf(low)).toBeGreaterThanOrEqual(0);
      expect(normalCdf(high)).toBeLessThanOrEqual(1);
    },
  );
});

describe('normalQuantile (internal)', () => {
  // Critical values of the standard normal (A&S Table 26.5; any statistics textbook):
  // z_{0.975} = 1.959964, z_{0.95} = 1.644854, z_{0.995} = 2.575829, z_{0.8} = 0.841621, z_{0.999} = 3.090232.
  it.each([
    [0.975, 1.959964],
    [0.95, 1.644854],
    [0.995, 2.575829],
    [0.8, 0.841621],
    [0.999, 3.090232],
  ])('Φ⁻¹(%d) = %d to six decimals, and symmetric', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 6);
    expect(normalQuantile(1 - p)).toBeCloseTo(-z, 6);
  });

  it('is 0 at one half, infinite at 0 and 1, NaN outside', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });

  test.prop([fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true })])('inverts Φ to within the combined error of both approximations', (p) => {
    // Quantile error (1.15e-9 relative in x) plus erfc error (1.2e-7 relative in the tail), measured on the smaller tail.
    const tail = Math.min(p, 1 - p);
    expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThanOrEqual(3e-7 * tail);
  });
});
