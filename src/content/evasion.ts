import { z } from 'zod';
import packJson from '../../rules/evasion.json';
import type { RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, fill } from './_pack.js';

const pack = asPack(packJson);

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
    const reported = new Set<string>();
    for (const match of context.allTermMatches) {
      if (!match.evasive || settings.ignoreRules.includes(match.ruleId)) continue;
      const key = `${match.start}:${match.end}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const excerpt = context.text.slice(match.start, match.end);
      context.report({
        start: match.start,
        end: match.end,
        message: fill(settings.message, { excerpt, term: match.term, rule: match.ruleId }),
      });
    }
  },
};
