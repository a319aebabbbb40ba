import { z } from 'zod';

/**
 * Whether `zone` is an IANA time zone the runtime knows (`Asia/Shanghai`, `America/New_York`, `UTC`).
 *
 * @internal
 */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Schema of an IANA time-zone name.
 *
 * @example
 * import { TimeZoneSchema } from 'sms-compliance';
 *
 * TimeZoneSchema.safeParse('Asia/Shanghai').success; //=> true
 * TimeZoneSchema.safeParse('China/Beijing').error?.issues[0]?.message;
 * //=> 'unknown time zone (expected an IANA name such as Asia/Shanghai)'
 */
export const TimeZoneSchema = z.string().superRefine((zone, context) => {
  if (!isValidTimeZone(zone)) {
    context.addIssue({ code: 'custom', message: 'unknown time zone (expected an IANA name such as Asia/Shanghai)' });
  } else if (isAbbreviation(zone)) {
    const readAs = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    context.addIssue({
      code: 'custom',
      message: `"${zone}" is an abbreviation, not an IANA name, and ambiguous: the runtime reads it as ${readAs} (for China Standard Time use Asia/Shanghai)`,
    });
  }
});

// Names that are UTC under another spelling, and the IANA links for China and Taiwan: unambiguous.
const UNAMBIGUOUS_SHORT_NAMES: ReadonlySet<string> = new Set(['UTC', 'GMT', 'UCT', 'PRC', 'ROC']);

/**
 * Whether `zone` is a capitalised abbreviation (CST, IST, BST, EST …). ICU accepts many as aliases, each for one
 * zone of those the abbreviation names: "CST" is America/Chicago, not China Standard Time; "BST" is Asia/Dhaka,
 * not British Summer Time. A host that writes one means something else often enough to refuse them all.
 */
function isAbbreviation(zone: string): boolean {
  return /^[A-Z]{2,5}$/.test(zone) && !UNAMBIGUOUS_SHORT_NAMES.has(zone);
}
