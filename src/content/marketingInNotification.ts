import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/marketing-in-notification.json';
import type { RuleDefinition, TermMatch } from '../engine/types.js';
import { ExclusionSettingsSchema, compileExclusion, isExclusion } from './_exclusion.js';
import { asPack, basisOf, fill, reportTerm } from './_pack.js';
import { CLAUSE_BREAKS, clauseEnd, clauseStart } from './_clause.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/marketing-in-notification.json`. */
export const MarketingInNotificationSettingsSchema = z.strictObject({
  ...ExclusionSettingsSchema.shape,
  /** The category of offer wording (a warning on its own). */
  offerCategory: z.string().min(1),
  /** From this many offer phrases in one notification, each is an error: the message is a promotion. */
  escalateAt: z.number().int().min(2),
  escalatedMessage: z.string().min(1),
  /** An offer in or next to a clause with one of these reports a transaction ("返现5元已到账"): no promotion. */
  statusWords: z.array(z.string().min(1)),
});

const settings = pack.settings as z.output<typeof MarketingInNotificationSettingsSchema>;
const exclusion = /* @__PURE__ */ compileExclusion(settings);

/**
 * `marketing-in-notification` — promotion in a message sent as a notification: calls to apply or claim
 * (立即申请, 点击领取: errors) and offer wording (低至, 限时优惠, 专属额度: warnings). A notification port may not
 * carry commercial messages (MIIT Order 31), and carriers suspend accounts that send marketing through one.
 * An offer in or next to a clause that reports a transaction ("返现5元已到账") is none. Two distinct offer
 * phrases or more in one notification make each an error: one may be a status ("免息券已到期"), several are a
 * promotion sent as a notice. Marketing messages are not checked: promotion is what they are for. A call to apply for a service ("请立即申请挂失", "欢迎申请延期还款") is no promotion: the pack's exclusion
 * tails name those services, and its leads the warnings ("请勿相信“低息贷款”").
 */
const MAX_CLAUSE = 32;

/**
 * Whether the clause of `match` or a clause next to it reports a status ("返现5元已入账，返现将在账单中抵扣",
 * "您推荐朋友成功办卡，奖励积分已发放"). Each clause is read at most MAX_CLAUSE units from the match.
 */
function inStatusClause(view: string, match: TermMatch): boolean {
  const start = clauseStart(view, match.viewStart, CLAUSE_BREAKS, MAX_CLAUSE);
  const end = clauseEnd(view, match.viewEnd, CLAUSE_BREAKS, MAX_CLAUSE);
  const before = start > 0 ? clauseStart(view, start - 1, CLAUSE_BREAKS, MAX_CLAUSE) : start;
  const after = end < view.length ? clauseEnd(view, end + 1, CLAUSE_BREAKS, MAX_CLAUSE) : end;
  const clauses = view.slice(before, after);
  return settings.statusWords.some((word) => clauses.includes(word));
}

export const marketingInNotificationRule: RuleDefinition = {
  id: 'marketing-in-notification',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#marketing-in-notification',
    kinds: ['notification'],
    terms: pack.entries,
    allow: pack.allow.map((allow) => allow.phrase),
    // Reports term matches only: a message without one has nothing for it.
    triggers: [],
  },
  check(context) {
    const matches = context.termMatches;
    const view = context.normalized.text;
    const claimed: TermMatch[] = [];
    const offerTerms = new Set<string>();
    for (let index = 0; index < matches.length; index++) {
      const match = matches[index]!;
      if (isExclusion(view, matches, index, exclusion)) continue;
      const offer = match.entry.category === settings.offerCategory;
      if (offer && inStatusClause(view, match)) continue;
      claimed.push(match);
      if (offer) offerTerms.add(match.term);
    }
    // Distinct offers: "返现…返现金额" is one offer named twice.
    const offers = offerTerms.size;
    // One offer word may be a status ("免息券已到期"); several in one notice are a promotion sent as a notice.
    const escalated = offers >= settings.escalateAt;
    for (const match of claimed) {
      if (escalated && match.entry.category === settings.offerCategory) {
        // {term} is kept for reportTerm, which fills it with the match as written.
        const message = fill(settings.escalatedMessage, { term: '{term}', count: offers });
        reportTerm(context, match, pack.description, { message, severity: 'error' });
      } else reportTerm(context, match, pack.entries[0]!.message ?? pack.description);
    }
  },
};
