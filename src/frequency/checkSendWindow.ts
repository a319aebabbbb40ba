import { DateInputSchema, type DateInput } from '../_lib/dateInput.js';
import { parseInput } from '../errors/parseInput.js';
import { locateInWindow, resolveSendWindow } from './_sendWindow.js';
import { SendWindowPolicySchema, type SendWindowDecision, type SendWindowPolicy } from './schemas.js';

/**
 * Whether `at` falls inside the daily marketing window in the recipient's time zone, and if not, when the
 * next window opens. Default 08:00–20:00 Asia/Shanghai (`start` inclusive, `end` exclusive).
 *
 * There is no statutory window in China; 08:00–20:00 is the strictest channel practice and 08:00–21:00 is
 * Huawei's and the US TCPA's, so the window is configurable. Local times are read with `@date-fns/tz`, so
 * DST zones such as `America/New_York` get the right wall-clock window on every day.
 *
 * @param at - The instant of the intended send.
 * @param policy - `{ start?: 'HH:mm', end?: 'HH:mm', timeZone? }`.
 * @returns `{ allowed, nextWindowStart, windowEndsAt }`.
 * @throws {ComplianceConfigError} When `at` is not a valid date or the policy is invalid.
 *
 * @example
 * import { checkSendWindow } from 'sms-compliance';
 *
 * checkSendWindow('2026-11-30T13:30:00Z'); // 21:30 in Shanghai
 * //=> { allowed: false, nextWindowStart: 2026-12-01T00:00:00.000Z, windowEndsAt: null }
 *
 * checkSendWindow('2026-11-30T12:30:00Z', { end: '21:00' }); // 20:30 in Shanghai
 * //=> { allowed: true, nextWindowStart: null, windowEndsAt: 2026-11-30T13:00:00.000Z }
 */
export function checkSendWindow(at: DateInput, policy?: SendWindowPolicy): SendWindowDecision {
  const instant = parseInput(DateInputSchema, at, 'at');
  const parsed = parseInput(SendWindowPolicySchema, policy ?? {}, 'policy');
  const window = resolveSendWindow(parsed, 'Asia/Shanghai');
  const place = locateInWindow(instant.getTime(), window);
  return place.inside
    ? { allowed: true, nextWindowStart: null, windowEndsAt: new Date(place.windowEnd) }
    : { allowed: false, nextWindowStart: new Date(place.nextStart), windowEndsAt: null };
}
