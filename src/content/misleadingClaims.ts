import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/misleading-claims.json';
import type { RuleDefinition, TermMatch } from '../engine/types.js';
import { endsWithAny } from '../_lib/endsAt.js';
import { namesAnyOutside } from '../_lib/namesAnyOutside.js';
import { ExclusionSettingsSchema, compileExclusion, isExclusion } from './_exclusion.js';
import { asPack, basisOf, reportTerm } from './_pack.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/misleading-claims.json`. */
export const MisleadingClaimsSettingsSchema = z.strictObject({
  loanContextTerms: z.array(z.string().min(1)).min(1),
  /** Words whose loan term is no loan context: the 借 of 借记卡 (a debit card). */
  notLoanContext: z.array(z.string().min(1)),
  conditionalCategories: z.record(z.string(), z.enum(['loan-context', 'with-guarantee'])),
  guaranteeCategories: z.array(z.string().min(1)).min(1),
  ...ExclusionSettingsSchema.shape,
  /** In a notification, one of these right after a `factLeads` word reports what happened ("已当日放款"). */
  factTerms: z.array(z.string().min(1)),
  factLeads: z.array(z.string().min(1)),
});

const settings = pack.settings as z.output<typeof MisleadingClaimsSettingsSchema>;
const exclusion = /* @__PURE__ */ compileExclusion(settings);

/**
 * `misleading-claims` — forbidden loan come-ons (秒批, 包过, 不看征信, 征信修复, 保本, 套现…), each
 * with its own reason. Two categories only count in context: "分期付款" when the message is about
 * a loan (NFRA 2025 alert), and "无抵押" when paired with a guarantee of approval or speed. A warning
 * against a practice is not a claim of it: "严禁信用卡套现", "谨防征信修复诈骗" (pack settings: leads and tails).
 * Nor is a notification's report of what happened: "您的借款已当日放款" (`factLeads`, `factTerms`; "已秒到账" is
 * still a claim).
 */
export const misleadingClaimsRule: RuleDefinition = {
  id: 'misleading-claims',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: true,
    basis: basisOf(pack),
    docs: 'docs/rules.md#misleading-claims',
    terms: pack.entries,
    allow: pack.allow.map((allow) => allow.phrase),
    // Reports term matches only: a message without one has nothing for it.
    triggers: [],
  },
  check(context) {
    const all = context.termMatches;
    if (all.length === 0) return;
    const view = context.normalized.text;
    // Most messages exclude nothing: they keep the list as it is.
    let matches = all;
    for (let index = 0; index < all.length; index++) {
      if (!isExclusion(view, all, index, exclusion)) continue;
      matches = all.filter((_, other) => !isExclusion(view, all, other, exclusion));
      break;
    }
    // A notification that says a loan "已当日放款" reports the outcome of one loan; it promises nothing.
    if (context.options.kind === 'notification') matches = matches.filter((match) => !isReportedFact(view, match));
    const hasGuarantee = matches.some((match) => settings.guaranteeCategories.includes(match.entry.category ?? ''));
    let isLoan: boolean | undefined;
    for (const match of matches) {
      const condition = settings.conditionalCategories[match.entry.category ?? ''];
      if (condition === 'with-guarantee' && !hasGuarantee) continue;
      if (condition === 'loan-context') {
        isLoan ??= isAboutLoan(view);
        if (!isLoan) continue;
      }
      reportTerm(context, match, '「{term}」：虚假或引人误解的贷款宣传（《广告法》第四条、第二十八条）。');
    }
  },
};

function isReportedFact(view: string, match: TermMatch): boolean {
  return settings.factTerms.includes(match.term) && endsWithAny(view, 0, match.viewStart, settings.factLeads);
}

/** Whether the view names a loan: a loan context term outside the words that only look like one (借记卡). */
function isAboutLoan(view: string): boolean {
  return namesAnyOutside(view, settings.loanContextTerms, settings.notLoanContext);
}
