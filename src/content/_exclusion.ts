import { z } from 'zod';
import type { TermMatch } from '../engine/types.js';
import { endsAt, endsWithAny } from '../_lib/endsAt.js';

/**
 * Pack settings that turn a term into its opposite: a lead right before it ("不向大学生", "严禁套现") or a
 * tail right after it ("大学生除外", "征信修复诈骗"), with qualifiers ("在校", "信用卡") and further term
 * matches in between.
 *
 * @internal
 */
export const ExclusionSettingsSchema = z.object({
  exclusionLeads: z.array(z.string().min(1)),
  exclusionTails: z.array(z.string().min(1)),
  qualifiers: z.array(z.string().min(1)),
});

/** @internal */
export type ExclusionSettings = z.output<typeof ExclusionSettingsSchema>;

/** Exclusion settings with the units their words can end or start with, so most matches are cleared by one look. @internal */
export interface Exclusion {
  readonly settings: ExclusionSettings;
  /** The last units of the leads and qualifiers: a word before a match can only end in one of them. */
  readonly lastUnits: ReadonlySet<number>;
  /** The first units of the tails and qualifiers: a word after a match can only start with one of them. */
  readonly firstUnits: ReadonlySet<number>;
}

/**
 * Compiles pack settings once (at module load): read-only.
 *
 * @internal
 */
export function compileExclusion(settings: ExclusionSettings): Exclusion {
  return {
    settings,
    lastUnits: new Set([...settings.exclusionLeads, ...settings.qualifiers].map((word) => word.charCodeAt(word.length - 1))),
    firstUnits: new Set([...settings.exclusionTails, ...settings.qualifiers].map((word) => word.charCodeAt(0))),
  };
}

/**
 * Whether `matches[index]` is excluded rather than claimed: reading backwards over qualifiers and
 * adjacent matches ("不向|在校|大学生|学生") reaches a lead, or forwards over adjacent matches reaches a tail.
 * Only what stands right next to the term counts, so "谨防错过" three words before 秒批 excuses nothing.
 *
 * @internal
 * @example
 * // view '严禁信用卡套现', one match 套现 at [5, 7)
 * isExclusion(view, matches, 0, exclusion); //=> true (lead 严禁, qualifier 信用卡)
 */
export function isExclusion(view: string, matches: readonly TermMatch[], index: number, exclusion: Exclusion): boolean {
  const { settings, lastUnits, firstUnits } = exclusion;
  for (let at = matches[index]!.viewStart, before = index - 1; ; ) {
    const word = at > 0 && lastUnits.has(view.charCodeAt(at - 1));
    if (word && endsWithAny(view, 0, at, settings.exclusionLeads)) return true;
    const qualifier = word ? settings.qualifiers.find((candidate) => endsAt(view, 0, at, candidate)) : undefined;
    if (qualifier !== undefined) at -= qualifier.length;
    else if (before >= 0 && matches[before]!.viewEnd === at) at = matches[before--]!.viewStart;
    else break;
  }
  for (let at = matches[index]!.viewEnd, after = index + 1; ; ) {
    const word = at < view.length && firstUnits.has(view.charCodeAt(at));
    if (word && settings.exclusionTails.some((tail) => view.startsWith(tail, at))) return true;
    const qualifier = word ? settings.qualifiers.find((candidate) => view.startsWith(candidate, at)) : undefined;
    if (qualifier !== undefined) at += qualifier.length;
    else if (after < matches.length && matches[after]!.viewStart === at) at = matches[after++]!.viewEnd;
    else return false;
  }
}
