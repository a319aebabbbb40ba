import type { AnyRuleDefinition } from '../engine/types.js';
import { absoluteTermsRule } from './absoluteTerms.js';
import { antiFraudTipRule } from './antiFraudTip.js';
import { aprDisclosureRule } from './aprDisclosure.js';
import { contactChannelRule } from './contactChannel.js';
import { evasionRule } from './evasion.js';
import { forbiddenCharactersRule } from './forbiddenCharacters.js';
import { linkRule } from './link.js';
import { marketingInNotificationRule } from './marketingInNotification.js';
import { misleadingClaimsRule } from './misleadingClaims.js';
import { placeholderRule } from './placeholder.js';
import { senderNumberRule } from './senderNumber.js';
import { specificAmountRule } from './specificAmount.js';
import { studentTargetingRule } from './studentTargeting.js';

/** The content rules, in documentation order. */
export const contentRules = [
  absoluteTermsRule,
  specificAmountRule,
  misleadingClaimsRule,
  aprDisclosureRule,
  studentTargetingRule,
  contactChannelRule,
  linkRule,
  placeholderRule,
  forbiddenCharactersRule,
  senderNumberRule,
  antiFraudTipRule,
  marketingInNotificationRule,
  evasionRule,
] as const satisfies readonly AnyRuleDefinition[];

export { RulePackSchema, RuleSourceSchema, TermEntrySchema, AllowEntrySchema, SpecSchema, SeveritySchema } from './packSchema.js';
export type { RulePack, RulePackInput, RuleSource } from './packSchema.js';
