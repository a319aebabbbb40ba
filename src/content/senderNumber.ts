import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/sender-number.json';
import type { RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, fill } from './_pack.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/sender-number.json`. */
export const SenderNumberSettingsSchema = z.strictObject({
  enterprisePrefixes: z.array(z.string().regex(/^[0-9]{2,6}$/)).min(1),
  personalMessage: z.string().min(1),
  otherMessage: z.string().min(1),
  invalidMessage: z.string().min(1),
});

const settings = pack.settings as z.output<typeof SenderNumberSettingsSchema>;

/** Options of the `sender-number` rule. */
export const SenderNumberOptionsSchema = z
  .strictObject({
    /** Accepted enterprise port prefixes. */
    enterprisePrefixes: z.array(z.string().regex(/^[0-9]{2,6}$/, 'expected 2–6 digits')).min(1).default(settings.enterprisePrefixes),
  })
  .default({ enterprisePrefixes: settings.enterprisePrefixes });

type Options = z.output<typeof SenderNumberOptionsSchema>;

const PERSONAL_MOBILE = /^1[3-9][0-9]{9}$/;

/**
 * `sender-number` — when `lint(text, { sender })` names the sending number: it should be an
 * enterprise service port starting with 106 (warning otherwise), and never a personal mobile
 * number (error). The finding is about the message as a whole, so its span is empty at 0.
 */
export const senderNumberRule: RuleDefinition<Options> = {
  id: 'sender-number',
  meta: {
    description: pack.description,
    defaultSeverity: 'warning',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#sender-number',
    options: SenderNumberOptionsSchema,
  },
  check(context) {
    const { sender } = context.options;
    if (sender === undefined) return;
    const digits = sender.replace(/[\s()-]/g, '').replace(/^(?:\+86|0086)/, '');
    if (!/^[0-9]{3,21}$/.test(digits)) {
      context.report({ start: 0, end: 0, severity: 'warning', message: fill(settings.invalidMessage, { sender }) });
      return;
    }
    if (context.ruleOptions.enterprisePrefixes.some((prefix) => digits.startsWith(prefix))) return;
    if (PERSONAL_MOBILE.test(digits)) {
      context.report({ start: 0, end: 0, severity: 'error', message: fill(settings.personalMessage, { sender }) });
      return;
    }
    context.report({ start: 0, end: 0, severity: 'warning', message: fill(settings.otherMessage, { sender }) });
  },
};
