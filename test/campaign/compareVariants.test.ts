import { describe, expect, it } from 'vitest';
import { compareVariants, VariantComparisonSchema, type VariantStats } from '../../src/campaign/index.js';
import { configError } from '../support/configError.js';


const arm = (successes: number, trials: number): VariantStats => ({ successes, trials });

describe('compareVariants', () => {
  describe('the two-proportion z-test, checked against examples worked by hand', () => {
    it('10 % of 1000 vs 15 % of 1000: z = 3.3806, p = 0.000723', () => {
      // p̂A = 100/1000 = 0.10, p̂B = 150/1000 = 0.15, d = 0.05.
      // Pooled p̄ = 250/2000 = 0.125; SE₀ = √(0.125 · 0.875 · (1/1000 + 1/1000)) = √0.00021875 = 0.0147902.
      // z = 0.05 / 0.0147902 = 3.38062.
      // Normal table: Q(3.38) = 0.00036243, Q(3.39) = 0.00034946; interpolating at 3.38062,
      // Q ≈ 0.00036243 − 0.062 · 0.00001297 = 0.00036163, so p = 2Q = 0.00072326
      // (linear interpolation error < h²/8 · max Q'' = 1e-4/8 · 0.0044 ≈ 6e-8 per tail).
      const result = compareVariants(arm(100, 1000), arm(150, 1000));
      expect(result.rateA).toBe(0.1);
      expect(result.rateB).toBe(0.15);
      expect(result.difference).toBeCloseTo(0.05, 12);
      expect(result.z).toBeCloseTo(3.38062, 4);
      expect(Math.abs(result.pValue! - 0.00072326)).toBeLessThanOrEqual(3e-7);
      expect(result.significant).toBe(true);
      expect(result.status).toBe('significant');
      expect(VariantComparisonSchema.parse(result)).toEqual(result);
    });

    it('48/80 vs 56/70: z = 2.6502, p = 0.00805', () => {
      // p̂A = 0.6, p̂B = 0.8, d = 0.2. p̄ = 104/150 = 0.693333; p̄(1 − p̄) = 0.212622;
      // 1/80 + 1/70 = 0.0267857; SE₀ = √(0.212622 · 0.0267857) = √0.00569524 = 0.0754668; z = 0.2 / 0.0754668 = 2.65017.
      // Table: Q(2.65) = 0.0040246, Q(2.66) = 0.0039070 → Q(2.65017) ≈ 0.0040246 − 0.017 · 0.0001176 = 0.0040226; p = 0.0080452.
      const result = compareVariants(arm(48, 80), arm(56, 70));
      expect(result.z).toBeCloseTo(2.65017, 4);
      expect(Math.abs(result.pValue! - 0.0080452)).toBeLessThanOrEqual(2e-6);
      expect(result.significant).toBe(true);
    });

    it('is not significant when p ≥ alpha, and honours a stricter alpha', () => {
      // p = 0.0080 < 0.05 but > 0.005.
      expect(compareVariants(arm(48, 80), arm(56, 70), { alpha: 0.005 }).status).toBe('not-significant');
      // 10/100 vs 12/100: p̄ = 0.11, SE₀ = √(0.11 · 0.89 · 0.02) = 0.044249, z = 0.02/0.044249 = 0.452, p ≈ 0.65.
      const result = compareVariants(arm(10, 100), arm(12, 100));
      expect(result.z).toBeCloseTo(0.452, 3);
      expect(result.pValue).toBeCloseTo(0.651, 3);
      expect(result.status).toBe('not-significant');
      expect(result.reason).toContain('差异不显著');
    });
  });

  describe('confidence interval (Newcombe 1998, method 10, hybrid score)', () => {
    // Newcombe, "Interval estimation for the difference between independent proportions",
    // Statistics in Medicine 17:873–890 (1998), Table II, method 10, for θ = p₁ − p₂. Our difference is
    // b − a, so b = (m/n) and a = (x/y) of each example.
    it.each([
      ['56/70 − 48/80', arm(48, 80), arm(56, 70), 0.0524, 0.3339],
      ['9/10 − 3/10', arm(3, 10), arm(9, 10), 0.1705, 0.809],
      ['6/7 − 2/7', arm(2, 7), arm(6, 7), 0.0582, 0.8062],
      ['5/56 − 0/29', arm(0, 29), arm(5, 56), -0.0381, 0.1926],
      ['0/10 − 0/20', arm(0, 20), arm(0, 10), -0.1611, 0.2775],
      ['0/10 − 0/10', arm(0, 10), arm(0, 10), -0.2775, 0.2775],
    ])('%s matches the published limits to four decimals', (_label, a, b, lower, upper) => {
      const { confidenceInterval } = compareVariants(a, b);
      expect(confidenceInterval?.level).toBe(0.95);
      expect(confidenceInterval?.lower).toBeCloseTo(lower, 4);
      expect(confidenceInterval?.upper).toBeCloseTo(upper, 4);
    });

    it('worked by hand for 56/70 − 48/80 from the two Wilson intervals', () => {
      // Wilson 95 % (z = 1.959964, z² = 3.841459): for 56/70, centre = (0.8 + z²/140)/(1 + z²/70) = 0.827439/1.054878 = 0.784393,
      // half = z/(1 + z²/70) · √(0.8·0.2/70 + z²/19600) = 1.858001 · 0.049817 = 0.092560 → [0.691834, 0.876953];
      // for 48/80, centre = (0.6 + z²/160)/(1 + z²/80) = 0.624009/1.048018 = 0.595418,
      // half = 1.870162 · 0.056125 = 0.104964 → [0.490455, 0.700382].
      // L = 0.2 − √((0.8 − 0.691834)² + (0.700382 − 0.6)²) = 0.2 − √(0.011700 + 0.010076) = 0.2 − 0.147568 = 0.05243
      // U = 0.2 + √((0.876953 − 0.8)² + (0.6 − 0.490455)²) = 0.2 + √(0.005922 + 0.012000) = 0.2 + 0.133873 = 0.33387
      const { confidenceInterval } = compareVariants(arm(48, 80), arm(56, 70));
      expect(confidenceInterval?.lower).toBeCloseTo(0.05243, 5);
      expect(confidenceInterval?.upper).toBeCloseTo(0.33387, 5);
    });

    it('widens with a higher confidence level', () => {
      const at95 = compareVariants(arm(48, 80), arm(56, 70)).confidenceInterval!;
      const at99 = compareVariants(arm(48, 80), arm(56, 70), { alpha: 0.01 }).confidenceInterval!;
      expect(at99.level).toBe(0.99);
      expect(at99.lower).toBeLessThan(at95.lower);
      expect(at99.upper).toBeGreaterThan(at95.upper);
    });
  });

  describe('edges', () => {
    it('identical rates give z = 0 and p = 1', () => {
      const result = compareVariants(arm(30, 100), arm(30, 100));
      expect([result.difference, result.z, result.pValue, result.significant]).toEqual([0, 0, 1, false]);
      expect(result.reason).toContain('比率相同');
    });

    it('0 % vs 0 % and 100 % vs 100 % (zero pooled standard error) give z = 0, p = 1, never NaN', () => {
      for (const [a, b] of [[arm(0, 10), arm(0, 20)], [arm(10, 10), arm(20, 20)]] as const) {
        const result = compareVariants(a, b);
        expect([result.z, result.pValue, result.significant, result.smallSample]).toEqual([0, 1, false, true]);
        expect(result.confidenceInterval!.lower).toBeLessThan(0);
        expect(result.confidenceInterval!.upper).toBeGreaterThan(0);
      }
    });

    it('0 % vs 100 % is an extreme but finite result', () => {
      // p̄ = 0.5, SE₀ = √(0.25 · (1/50 + 1/50)) = √0.01 = 0.1, d = 1, z = 10; p = erfc(10/√2) = 1.524e-23.
      const result = compareVariants(arm(0, 50), arm(50, 50));
      expect(result.z).toBeCloseTo(10, 12);
      expect(result.pValue! / 1.5239706e-23).toBeCloseTo(1, 6);
      expect(result.significant).toBe(true);
      // Wilson at p = 1: lower = n/(n + z²) = 50/53.84146 = 0.928652; at p = 0: upper = z²/(n + z²) = 0.071348.
      // L = 1 − √((1 − 0.928652)² + 0.071348²) = 1 − √0.0101810 = 0.899099; U = 1 + √(0 + 0) = 1.
      expect(result.confidenceInterval!.lower).toBeCloseTo(0.8991, 4);
      expect(result.confidenceInterval!.upper).toBe(1);
    });

    it('flags tiny samples, where an expected count is below 5', () => {
      const tiny = compareVariants(arm(1, 2), arm(2, 3));
      expect(tiny.smallSample).toBe(true);
      expect(tiny.reason).toContain('Fisher');
      expect(Number.isFinite(tiny.z) && Number.isFinite(tiny.pValue)).toBe(true);
      // 100 trials at p̄ = 0.05: expected successes 5 per arm → not small.
      expect(compareVariants(arm(5, 100), arm(5, 100)).smallSample).toBe(false);
      expect(compareVariants(arm(4, 100), arm(5, 100)).smallSample).toBe(true);
    });

    it('zero trials in an arm: insufficient data, null statistics, still a sample-size estimate', () => {
      const result = compareVariants(arm(0, 0), arm(10, 100));
      expect(result).toMatchObject({
        status: 'insufficient-data',
        rateA: null,
        rateB: 0.1,
        difference: null,
        confidenceInterval: null,
        z: null,
        pValue: null,
        significant: false,
      });
      expect(result.reason).toContain('A 组');
      expect(result.sampleSize.baselineRate).toBe(0.1);
      expect(VariantComparisonSchema.parse(result)).toEqual(result);
    });

    it('zero trials in both arms and no baseline: no sample size, said so', () => {
      const result = compareVariants(arm(0, 0), arm(0, 0));
      expect(result.sampleSize.perVariant).toBeNull();
      expect(result.sampleSize.remaining).toBeNull();
      expect(result.reason).toContain('A、B 组');
      expect(result.reason).toContain('无法估算');
      expect(compareVariants(arm(0, 0), arm(0, 0), { baselineRate: 0.023 }).sampleSize.perVariant).toBeGreaterThan(0);
    });
  });

  describe('sample size for the minimum detectable effect', () => {
    it('matches Fleiss for 10 % vs 15 %, α = 0.05 two-sided, power 0.8: 686 per arm', () => {
      // n = (z_{α/2}·√(2·p̄·q̄) + z_β·√(p₁q₁ + p₂q₂))² / δ², p₁ = 0.10, p₂ = 0.15, p̄ = 0.125, δ = 0.05,
      // z_{α/2} = 1.959964, z_β = 0.841621.
      // √(2 · 0.125 · 0.875) = √0.21875 = 0.467707 → 1.959964 · 0.467707 = 0.916689
      // √(0.09 + 0.1275) = √0.2175 = 0.466369 → 0.841621 · 0.466369 = 0.392506
      // (0.916689 + 0.392506)² = 1.309195² = 1.713992; / 0.0025 = 685.6 → 686.
      const result = compareVariants(arm(10, 100), arm(12, 100), { baselineRate: 0.1, minimumDetectableEffect: 0.05 });
      expect(result.sampleSize).toEqual({
        minimumDetectableEffect: 0.05,
        power: 0.8,
        baselineRate: 0.1,
        perVariant: 686,
        remaining: { a: 586, b: 586 },
      });
    });

    it('uses the observed rate of a by default and never reports a negative remainder', () => {
      const result = compareVariants(arm(100, 1000), arm(150, 1000), { minimumDetectableEffect: 0.05 });
      expect(result.sampleSize.baselineRate).toBe(0.1);
      expect(result.sampleSize.perVariant).toBe(686);
      expect(result.sampleSize.remaining).toEqual({ a: 0, b: 0 });
    });

    it('turns the alternative downwards when the baseline plus the effect would pass 100 %', () => {
      // By symmetry of the formula in p ↔ 1 − p, baseline 0.9 with δ = 0.15 (alternative 0.75) needs the same as 0.10 vs 0.25.
      const high = compareVariants(arm(1, 2), arm(1, 2), { baselineRate: 0.9, minimumDetectableEffect: 0.15 }).sampleSize.perVariant;
      const low = compareVariants(arm(1, 2), arm(1, 2), { baselineRate: 0.1, minimumDetectableEffect: 0.15 }).sampleSize.perVariant;
      expect(high).toBe(low);
    });

    it('gives no estimate when the effect fits neither way', () => {
      expect(compareVariants(arm(1, 2), arm(1, 2), { baselineRate: 0.5, minimumDetectableEffect: 0.6 }).sampleSize.perVariant).toBeNull();
    });

    it('needs more trials for a smaller effect or more power', () => {
      const n = (options: Parameters<typeof compareVariants>[2]) => compareVariants(arm(23, 1000), arm(25, 1000), options).sampleSize.perVariant!;
      expect(n({ minimumDetectableEffect: 0.005 })).toBeGreaterThan(n({ minimumDetectableEffect: 0.01 }));
      expect(n({ power: 0.9 })).toBeGreaterThan(n({ power: 0.8 }));
    });
  });

  describe('bad input', () => {
    it.each([
      ['a.successes', arm(11, 10), arm(1, 10), undefined],
      ['b.trials', arm(1, 10), arm(1, 10.5), undefined],
      ['a.trials', arm(0, -1), arm(1, 10), undefined],
      ['a', { ...arm(1, 10), label: 'x' }, arm(1, 10), undefined],
      ['options.alpha', arm(1, 10), arm(1, 10), { alpha: 0 }],
      ['options.power', arm(1, 10), arm(1, 10), { power: 1 }],
      ['options.minimumDetectableEffect', arm(1, 10), arm(1, 10), { minimumDetectableEffect: 0 }],
      ['options.baselineRate', arm(1, 10), arm(1, 10), { baselineRate: 1.2 }],
      ['options', arm(1, 10), arm(1, 10), { tails: 1 }],
    ])('rejects input with ComplianceConfigError naming %s', (path, a, b, options) => {
      expect(configError(() => compareVariants(a as VariantStats, b, options as never)).path).toBe(path);
    });
  });
});
