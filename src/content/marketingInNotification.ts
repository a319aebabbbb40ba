import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/marketing-in-notification.json';
import type { RuleDefinition, TermMatch } from '../engine/types.js';
import { ExclusionSettingsSchema, compileExclusion, isExclusion } from './_exclusion.js';
import { asPack, basisOf, fill, reportTerm } from './_pack.js';

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
});

const settings = pack.settings as z.output<typeof MarketingInNotificationSettingsSchema>;
const exclusion = /* @__PURE__ */ compileExclusion(settings);

/**
 * `marketing-in-notification` — promotion in a message sent as a notification: calls to apply or claim
 * (立即申请, 点击领取: errors) and offer wording (低至, 限时优惠, 专属额度: warnings). A notification port may not
 * carry commercial messages (MIIT Order 31), and carriers suspend accounts that send marketing through one.
 * Two offer phrases or more in one notification make each an error: one may be a status ("免息券已到期"),
 * several are a promotion sent as a notice. Marketing messages are not checked: promotion is what they are
 * for. A call to apply for a service ("请立即申请挂失", "欢迎申请延期还款") is no promotion: the pack's exclusion
 * tails name those services, and its leads the warnings ("请勿相信“低息贷款”").
 */
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
    const claimed: TermMatch[] = [];
    let offers = 0;
    for (let index = 0; index < matches.length; index++) {
      if (isExclusion(context.normalized.text, matches, index, exclusion)) continue;
      claimed.push(matches[index]!);
      if (matches[index]!.entry.category === settings.offerCategory) offers++;
    }
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
