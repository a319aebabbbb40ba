import { parseInput } from '../errors/parseInput.js';
import { formatPercent } from './_format.js';
import { erfc, normalQuantile } from './_normal.js';
import {
  CompareVariantsOptionsSchema,
  VariantStatsSchema,
  type CompareVariantsOptions,
  type VariantComparison,
  type VariantStats,
} from './schemas.js';

type Interval = readonly [lower: number, upper: number];

/**
 * Compares the reply (or conversion) rates of two arms of an experiment with a two-proportion
 * z-test, `b` against `a`.
 *
 * - `difference` is `rateB − rateA`; `z` uses the pooled standard error; `pValue` is two-sided,
 *   `erfc(|z| / √2)`; `significant` is `pValue < alpha`.
 * - `confidenceInterval` is Newcombe's hybrid score interval (Newcombe 1998, method 10) built from
 *   the two Wilson intervals: unlike the textbook Wald interval it stays inside `[−1, 1]` and does
 *   not collapse to a point at 0 % or 100 % rates.
 * - `sampleSize.perVariant` is the number of trials per arm needed to detect
 *   `minimumDetectableEffect` (absolute) at `alpha` with `power` (Fleiss' formula without
 *   continuity correction), from `baselineRate` or the observed rate of `a`; `remaining` is what
 *   each arm still lacks.
 *
 * Edges give clear answers, never `NaN`: identical rates (also 0 % vs 0 % and 100 % vs 100 %,
 * where the pooled standard error is 0) give `z = 0`, `pValue = 1`; an arm with zero trials gives
 * `status: 'insufficient-data'` with `null` statistics. `smallSample` flags expected counts below
 * 5, where the normal approximation is rough and Fisher's exact test is the better tool.
 *
 * @param a - The control arm: `{ trials, successes }` (e.g. delivered, replies).
 * @param b - The treatment arm.
 * @param options - `alpha` (0.05), `power` (0.8), `minimumDetectableEffect` (0.005), `baselineRate`.
 * @returns The comparison; see {@link VariantComparison}.
 * @throws {ComplianceConfigError} When counts are negative or fractional, `successes > trials`,
 *   or an option is out of range.
 *
 * @example
 * import { compareVariants } from 'sms-compliance';
 *
 * const result = compareVariants({ trials: 1000, successes: 100 }, { trials: 1000, successes: 150 });
 * result.difference; //=> 0.04999999999999999 (15 % − 10 %)
 * result.z?.toFixed(4); //=> '3.3806'
 * result.pValue?.toFixed(5); //=> '0.00072'
 * result.significant; //=> true
 *
 * compareVariants({ trials: 0, successes: 0 }, { trials: 10, successes: 1 }).status;
 * //=> 'insufficient-data'
 */
export function compareVariants(a: VariantStats, b: VariantStats, options?: CompareVariantsOptions): VariantComparison {
  const armA = parseInput(VariantStatsSchema, a, 'a');
  const armB = parseInput(VariantStatsSchema, b, 'b');
  const { alpha, power, minimumDetectableEffect, baselineRate } = parseInput(CompareVariantsOptionsSchema, options ?? {}, 'options');

  const rateA = armA.trials === 0 ? null : armA.successes / armA.trials;
  const rateB = armB.trials === 0 ? null : armB.successes / armB.trials;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const baseline = baselineRate ?? rateA ?? rateB;
  const perVariant = baseline === null ? null : requiredTrials(baseline, minimumDetectableEffect, zAlpha, normalQuantile(power));
  const sampleSize = {
    minimumDetectableEffect,
    power,
    baselineRate: baseline,
    perVariant,
    remaining: perVariant === null ? null : { a: Math.max(0, perVariant - armA.trials), b: Math.max(0, perVariant - armB.trials) },
  };

  if (rateA === null || rateB === null) {
    const empty = [rateA === null ? 'A' : '', rateB === null ? 'B' : ''].filter(Boolean).join('、');
    return {
      status: 'insufficient-data',
      reason: `${empty} 组试验数（送达数）为 0，无法比较。${needMore(sampleSize.perVariant, sampleSize.remaining)}`,
      rateA,
      rateB,
      difference: null,
      confidenceInterval: null,
      z: null,
      pValue: null,
      alpha,
      significant: false,
      smallSample: true,
      sampleSize,
    };
  }

  const difference = rateB - rateA;
  const pooled = (armA.successes + armB.successes) / (armA.trials + armB.trials);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / armA.trials + 1 / armB.trials));
  // A zero pooled standard error means both arms are all-failure or all-success: the rates are
  // identical, and "no evidence of a difference" is the limit of z → 0, p → 1.
  const z = standardError === 0 ? 0 : difference / standardError;
  const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  const significant = pValue < alpha;

  const [lowerA, upperA] = wilson(armA.successes, armA.trials, zAlpha);
  const [lowerB, upperB] = wilson(armB.successes, armB.trials, zAlpha);
  const lower = Math.max(-1, difference - Math.hypot(rateB - lowerB, upperA - rateA));
  const upper = Math.min(1, difference + Math.hypot(upperB - rateB, rateA - lowerA));
  const level = 1 - alpha;

  const smallSample = Math.min(armA.trials, armB.trials) * Math.min(pooled, 1 - pooled) < 5;
  const verdict = significant
    ? `p = ${formatP(pValue)} < ${alpha}：差异显著。`
    : `p = ${formatP(pValue)} ≥ ${alpha}：差异不显著。${needMore(sampleSize.perVariant, sampleSize.remaining)}`;
  const caution = smallSample ? '期望频数低于 5，正态近似不可靠，建议改用 Fisher 精确检验。' : '';
  return {
    status: significant ? 'significant' : 'not-significant',
    reason: `B 组${describeDifference(difference)}（${formatPercent(level)} 置信区间 ${formatPoints(lower)} 至 ${formatPoints(upper)}），${verdict}${caution}`,
    rateA,
    rateB,
    difference,
    confidenceInterval: { level, lower, upper },
    z,
    pValue,
    alpha,
    significant,
    smallSample,
    sampleSize,
  };
}

/** Wilson score interval for `successes / trials` (trials > 0), clamped to [0, 1] against rounding. */
function wilson(successes: number, trials: number, z: number): Interval {
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Trials per arm to detect an absolute difference `effect` from `baseline` (Fleiss, *Statistical
 * Methods for Rates and Proportions*, without continuity correction):
 * `n = (z_{α/2}·√(2·p̄·q̄) + z_β·√(p₁q₁ + p₂q₂))² / δ²`. The alternative rate is `baseline + effect`,
 * or `baseline − effect` when that would pass 100 %; `null` when neither fits in [0, 1].
 */
function requiredTrials(baseline: number, effect: number, zAlpha: number, zBeta: number): number | null {
  const p1 = baseline;
  const p2 = p1 + effect <= 1 ? p1 + effect : p1 - effect;
  if (p2 < 0) return null;
  const mean = (p1 + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((root * root) / (effect * effect));
}

function needMore(perVariant: number | null, remaining: { a: number; b: number } | null): string {
  if (perVariant === null || remaining === null) return '没有基准比率，无法估算所需样本量。';
  if (remaining.a === 0 && remaining.b === 0) return `样本量已达到检测最小差异所需的每组 ${perVariant} 条。`;
  return `按最小可检测差异估算每组需 ${perVariant} 条，A 组还差 ${remaining.a} 条，B 组还差 ${remaining.b} 条。`;
}

function describeDifference(difference: number): string {
  if (difference === 0) return '与 A 组比率相同';
  return `比 A 组${difference > 0 ? '高' : '低'} ${formatPoints(Math.abs(difference))}`;
}

function formatPoints(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))} 个百分点`;
}

function formatP(p: number): string {
  return p < 0.0001 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
}
