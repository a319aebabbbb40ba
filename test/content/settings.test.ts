import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AbsoluteTermsSettingsSchema } from '../../src/content/absoluteTerms.js';
import { AntiFraudTipSettingsSchema } from '../../src/content/antiFraudTip.js';
import { AprDisclosureSettingsSchema } from '../../src/content/aprDisclosure.js';
import { ContactChannelSettingsSchema } from '../../src/content/contactChannel.js';
import { EvasionSettingsSchema } from '../../src/content/evasion.js';
import { ForbiddenCharactersSettingsSchema } from '../../src/content/forbiddenCharacters.js';
import { LinkSettingsSchema } from '../../src/content/link.js';
import { MarketingInNotificationSettingsSchema } from '../../src/content/marketingInNotification.js';
import { MisleadingClaimsSettingsSchema } from '../../src/content/misleadingClaims.js';
import { PlaceholderSettingsSchema } from '../../src/content/placeholder.js';
import { SenderNumberSettingsSchema } from '../../src/content/senderNumber.js';
import { SpecificAmountSettingsSchema } from '../../src/content/specificAmount.js';
import { StudentTargetingSettingsSchema } from '../../src/content/studentTargeting.js';
import { RulePackSchema } from '../../src/index.js';
import absoluteTerms from '../../rules/absolute-terms.json';
import antiFraudTip from '../../rules/anti-fraud-tip.json';
import aprDisclosure from '../../rules/apr-disclosure.json';
import contactChannel from '../../rules/contact-channel.json';
import evasion from '../../rules/evasion.json';
import forbiddenCharacters from '../../rules/forbidden-characters.json';
import link from '../../rules/link.json';
import marketingInNotification from '../../rules/marketing-in-notification.json';
import misleadingClaims from '../../rules/misleading-claims.json';
import placeholder from '../../rules/placeholder.json';
import senderNumber from '../../rules/sender-number.json';
import specificAmount from '../../rules/specific-amount.json';
import studentTargeting from '../../rules/student-targeting.json';

// The rules read their pack's `settings` without parsing at run time; this is where they are checked.
const cases: [string, { settings?: unknown }, z.ZodType][] = [
  ['absolute-terms', absoluteTerms, AbsoluteTermsSettingsSchema],
  ['anti-fraud-tip', antiFraudTip, AntiFraudTipSettingsSchema],
  ['apr-disclosure', aprDisclosure, AprDisclosureSettingsSchema],
  ['contact-channel', contactChannel, ContactChannelSettingsSchema],
  ['evasion', evasion, EvasionSettingsSchema],
  ['forbidden-characters', forbiddenCharacters, ForbiddenCharactersSettingsSchema],
  ['link', link, LinkSettingsSchema],
  ['marketing-in-notification', marketingInNotification, MarketingInNotificationSettingsSchema],
  ['misleading-claims', misleadingClaims, MisleadingClaimsSettingsSchema],
  ['placeholder', placeholder, PlaceholderSettingsSchema],
  ['sender-number', senderNumber, SenderNumberSettingsSchema],
  ['specific-amount', specificAmount, SpecificAmountSettingsSchema],
  ['student-targeting', studentTargeting, StudentTargetingSettingsSchema],
];

describe('rule pack settings', () => {
  it.each(cases)('%s: settings match the rule’s schema', (_id, pack, schema) => {
    expect(() => RulePackSchema.parse(pack)).not.toThrow();
    const result = schema.safeParse(pack.settings);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('rejects a pack whose entry cites an unknown source, or that repeats a term', () => {
    const base = { schema: 'sms-compliance/rule-pack@1', rule: 'x', version: '2026.11.29', description: 'x', sources: {}, allow: [], specs: [] };
    expect(RulePackSchema.safeParse({ ...base, entries: [{ terms: ['a'], source: 'nope' }] }).success).toBe(false);
    expect(RulePackSchema.safeParse({ ...base, entries: [{ terms: ['a', 'a'] }] }).success).toBe(false);
    expect(RulePackSchema.safeParse({ ...base, entries: [{ terms: ['a'] }] }).success).toBe(true);
  });
});
