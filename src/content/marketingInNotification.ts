import { description, sources, entries, allow } from '../../rules/marketing-in-notification.json';
import type { RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, reportTerm } from './_pack.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow });

/**
 * `marketing-in-notification` — promotion in a message sent as a notification: calls to apply or claim
 * (立即申请, 点击领取: errors) and offer wording (低至, 限时优惠, 专属额度: warnings). A notification port may not
 * carry commercial messages (MIIT Order 31), and carriers suspend accounts that send marketing through one.
 * Marketing messages are not checked: promotion is what they are for.
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
    for (const match of context.termMatches) reportTerm(context, match, pack.entries[0]!.message ?? pack.description);
  },
};
