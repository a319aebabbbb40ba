import { hasUnit } from '../_lib/hasUnit.js';

/**
 * The marks that end a clause in the normalised view. NFKC has already turned the full-width "，；！？" into
 * ",;!?", so they need no entry of their own; "。" has no compatibility form and stays. A reader that also
 * breaks at "、" or "：" adds them to this list.
 *
 * @internal
 */
export const CLAUSE_BREAKS = ',;!?。\n';

/**
 * Where the clause holding `at` starts: right after the last clause break before it, reading back at most `max`
 * units (a long text without punctuation stays linear).
 *
 * @internal
 * @example
 * clauseStart('借款，手续费0.6%', 6, '，', 32); //=> 3
 */
export function clauseStart(view: string, at: number, breaks: string, max: number): number {
  let start = at;
  const first = Math.max(0, at - max);
  while (start > first && !hasUnit(breaks, view.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Where the clause holding the unit before `at` ends: at the first clause break from `at` on, reading at most `max`
 * units.
 *
 * @internal
 * @example
 * clauseEnd('手续费0.6%，欢迎办理', 3, '，', 32); //=> 7
 */
export function clauseEnd(view: string, at: number, breaks: string, max: number): number {
  let end = at;
  const last = Math.min(view.length, at + max);
  while (end < last && !hasUnit(breaks, view.charCodeAt(end))) end++;
  return end;
}
