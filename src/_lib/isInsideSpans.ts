/** A stretch of a view, as rules and classifiers find them. @internal */
export interface ViewSpan {
  readonly viewStart: number;
  readonly viewEnd: number;
}

/**
 * Whether the non-empty stretch [start, end) lies inside one of `spans` (sorted, disjoint): a bisection, so
 * checking every match of a long text against every span stays linear (a scan of the spans per match made it
 * quadratic).
 *
 * @internal
 * @example
 * isInsideSpans([{ viewStart: 2, viewEnd: 8 }], 3, 5); //=> true
 * isInsideSpans([{ viewStart: 2, viewEnd: 8 }], 7, 9); //=> false
 */
export function isInsideSpans(spans: readonly ViewSpan[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const span = spans[middle]!;
    if (span.viewEnd <= start) low = middle + 1;
    else if (span.viewStart > start) high = middle - 1;
    else return end <= span.viewEnd;
  }
  return false;
}
