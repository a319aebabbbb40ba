/**
 * A fraction as a short percentage for messages: `0.923` → `92.3%`, `0.0235` → `2.35%`.
 *
 * Rounds to two decimals of a percent and drops trailing zeros, so `0.55` reads `55%` rather than
 * the `55.00000000000001%` that floating-point multiplication produces.
 *
 * @internal
 */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/**
 * An amount in 元 for messages, to two decimals without trailing zeros: `19.5` → `19.5 元`.
 *
 * @internal
 */
export function formatYuan(amount: number): string {
  return `${Number(amount.toFixed(2))} 元`;
}
