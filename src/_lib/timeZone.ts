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
export const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'unknown time zone (expected an IANA name such as Asia/Shanghai)' });
