import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/placeholder.json';
import type { RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, fill } from './_pack.js';
import { PLACEHOLDER_PATTERN, PLACEHOLDER_TRIGGERS, mayHavePlaceholder } from './_placeholders.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/placeholder.json`. */
export const PlaceholderSettingsSchema = z.strictObject({ message: z.string().min(1) });

const settings = pack.settings as z.output<typeof PlaceholderSettingsSchema>;

/**
 * `placeholder` — unresolved template variables (`${name}`, `{1}`, `{{x}}`, `#name#`): lint the
 * message as it will be sent, with variables filled.
 */
export const placeholderRule: RuleDefinition = {
  id: 'placeholder',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#placeholder',
    triggers: PLACEHOLDER_TRIGGERS,
  },
  check(context) {
    // Every variable form has a `{` or a `#`; most messages have neither, so they skip the scan.
    if (!mayHavePlaceholder(context.text)) return;
    for (const found of context.text.matchAll(new RegExp(PLACEHOLDER_PATTERN, 'g'))) {
      const start = found.index;
      const end = start + found[0].length;
      context.report({ start, end, message: fill(settings.message, { excerpt: found[0] }) });
    }
  },
};
