import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/anti-fraud-tip.json';
import type { RuleDefinition } from '../engine/types.js';
import { asPack, basisOf } from './_pack.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/anti-fraud-tip.json`. */
export const AntiFraudTipSettingsSchema = z.strictObject({ message: z.string().min(1) });

const settings = pack.settings as z.output<typeof AntiFraudTipSettingsSchema>;

/**
 * `anti-fraud-tip` — a marketing message without an anti-fraud statement ("本机构不会以任何理由
 * 要求转账…") gets an `info`. The accepted phrases are terms in `rules/anti-fraud-tip.json`; add
 * your own through `config.terms['anti-fraud-tip']`. The finding has an empty span at the end.
 */
export const antiFraudTipRule: RuleDefinition = {
  id: 'anti-fraud-tip',
  meta: {
    description: pack.description,
    defaultSeverity: 'info',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#anti-fraud-tip',
    kinds: ['marketing'],
    terms: pack.entries,
  },
  check(context) {
    if (context.termMatches.length > 0) return;
    const end = context.text.length;
    context.report({ start: end, end, message: settings.message });
  },
};
