// The public API: named re-exports only. The CLI (src/cli) is a separate entry.
export * from './engine/index.js';
export * from './catalog/index.js';
export * from './normalize/index.js';
export * from './errors/index.js';
export {
  RulePackSchema,
  RuleSourceSchema,
  TermEntrySchema,
  AllowEntrySchema,
  SpecSchema,
  SeveritySchema,
  type RulePack,
  type RulePackInput,
  type RuleSource,
} from './content/index.js';
export { DateInputSchema, type DateInput } from './_lib/dateInput.js';
export { TimeZoneSchema } from './_lib/timeZone.js';
export * from './segments/index.js';
export * from './structure/index.js';
export * from './campaign/index.js';
export * from './frequency/index.js';
export * from './unsubscribe/index.js';
