import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/evasion.json';
import type { RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, fill } from './_pack.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/evasion.json`. */
export const EvasionSettingsSchema = z.strictObject({
  message: z.string().min(1),
  ignoreRules: z.array(z.string().min(1)),
});

const settings = pack.settings as z.output<typeof EvasionSettingsSchema>;

/**
 * `evasion` — a term of any term rule that only matches after normalisation ("最 低 利 息",
 * "最*低*利*息", "最低利\u200b息", "黑戶可貸", "１００％下款"). Carriers treat the disguise itself as a
 * violation, so it is reported on top of the rule the term belongs to. ASCII case alone is not a
 * disguise.
 */
export const evasionRule: RuleDefinition = {
  id: 'evasion',
  meta: {
    description: pack.description,
    defaultSeverity: 'warning',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#evasion',
  },
  check(context) {
    // Most messages have no disguised match at all: they pay one pass over the (short) match list.
    if (!context.allTermMatches.some((match) => match.evasive)) return;
    const disguised = context.allTermMatches
      .filter((match) => match.evasive && !settings.ignoreRules.includes(match.ruleId))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    // One finding per disguise: a match inside a longer disguised match ("利 息" in "最 低 利 息") adds nothing.
    let coveredUntil = -1;
    for (const match of disguised) {
      if (match.end <= coveredUntil) continue;
      coveredUntil = match.end;
      const excerpt = context.text.slice(match.start, match.end);
      context.report({
        start: match.start,
        end: match.end,
        message: fill(settings.message, { excerpt, term: match.term, rule: match.ruleId }),
      });
    }
  },
};
