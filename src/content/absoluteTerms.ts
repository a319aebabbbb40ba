import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/absolute-terms.json';
import type { RuleDefinition, TermMatch } from '../engine/types.js';
import { asPack, basisOf, reportTerm } from './_pack.js';
import { SPACE } from './_chars.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/absolute-terms.json`. */
export const AbsoluteTermsSettingsSchema = z.strictObject({
  escalateCategory: z.string(),
  escalateWindow: z.number().int().min(0).max(32),
  escalateTopics: z.array(z.string().min(1)).min(1),
  escalatedMessage: z.string().min(1),
  ceilingTerms: z.array(z.string().min(1)),
  ceilingStarts: z.string().min(1),
  /** In a notification, these followed by a time ("最快今日到账", "最快2小时") estimate when one transaction completes. */
  estimateTerms: z.array(z.string().min(1)),
  /** A day that starts a time: 今/明/次/当/后 (今日, 明天, 次日, 当天). */
  estimateDays: z.string().min(1),
  /** After a number, the units of a time a transaction takes ("2小时", "1个工作日"); minutes and seconds are a speed claim. */
  estimateUnits: z.array(z.string().min(1)).min(1),
});

const settings = pack.settings as z.output<typeof AbsoluteTermsSettingsSchema>;

/**
 * `absolute-terms` — 《广告法》第九条 superlatives. Compound terms tied to rate, cost, return,
 * approval or safety are errors; a bare generic absolute is a warning, raised to an error when a
 * rate/cost/return/approval/safety word stands within a few characters of it ("利率最低的").
 * Factual ceilings ("最高可申请额度") are allow-listed in the data, and a ceiling term followed by a
 * number ("最高20万", "利率最高24%": a cap, whose amount is specific-amount's finding) is no superlative.
 * In a notification, 最快 followed by a time ("预计最快今日到账") estimates one transaction: no claim either.
 */
export const absoluteTermsRule: RuleDefinition = {
  id: 'absolute-terms',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: true,
    basis: basisOf(pack),
    docs: 'docs/rules.md#absolute-terms',
    terms: pack.entries,
    allow: pack.allow.map((allow) => allow.phrase),
    // Reports term matches only: a message without one has nothing for it.
    triggers: [],
  },
  check(context) {
    const notification = context.options.kind === 'notification';
    for (const match of context.termMatches) {
      if (settings.ceilingTerms.includes(match.term) && isFollowedByNumber(context.normalized.text, match.viewEnd)) continue;
      if (notification && settings.estimateTerms.includes(match.term) && isFollowedByTime(context.normalized.text, match.viewEnd)) continue;
      if (match.entry.category === settings.escalateCategory && isNearTopic(context.normalized.text, match)) {
        reportTerm(context, match, pack.description, { message: settings.escalatedMessage, severity: 'error' });
      } else {
        reportTerm(context, match, pack.entries[0]!.message ?? pack.description);
      }
    }
  },
};

function isNearTopic(view: string, match: TermMatch): boolean {
  const window = settings.escalateWindow;
  const before = view.slice(Math.max(0, match.viewStart - window), match.viewStart);
  const after = view.slice(match.viewEnd, match.viewEnd + window);
  return settings.escalateTopics.some((topic) => before.includes(topic) || after.includes(topic));
}

/**
 * Whether a day or a time in hours or days ("今日", "次日", "2小时", "1个工作日") starts at `at`, after an optional
 * 将/于/可/在 and at most one space. "最快1分钟到账" is a speed claim, not an estimate.
 */
function isFollowedByTime(view: string, at: number): boolean {
  let from = view.charCodeAt(at) === SPACE ? at + 1 : at;
  while (from < view.length && ESTIMATE_LINKS.includes(view.charAt(from))) from++;
  if (from < view.length && settings.estimateDays.includes(view.charAt(from))) return true;
  let end = from;
  while (end < view.length && NUMBER_CHARS.includes(view.charAt(end))) end++;
  return end > from && settings.estimateUnits.some((unit) => view.startsWith(unit, end));
}

const NUMBER_CHARS = '0123456789一二两三四五六七八九十半';

const ESTIMATE_LINKS = '将于可在';

/** Whether a number (digits, a currency sign or a Chinese numeral) starts at `at`, after at most one space. */
function isFollowedByNumber(view: string, at: number): boolean {
  const from = view.charCodeAt(at) === SPACE ? at + 1 : at;
  return from < view.length && settings.ceilingStarts.includes(view.charAt(from));
}
