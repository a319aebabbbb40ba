import type { TZDate } from '@date-fns/tz';
import { addDays, addHours, startOfDay, startOfMonth } from 'date-fns';

type Zone = (value: Date | number | string) => TZDate;

/**
 * The start of the local day after the day that starts at `dayStart`. Not `addDays(dayStart, 1)`: where DST begins
 * at midnight (America/Santiago, Africa/Cairo) a day starts at 01:00, and `addDays` carries that 01:00 into the next
 * day, an hour after its real start. A day lasts 23 to 25 hours, so 36 hours on is always inside the next one.
 *
 * @internal
 * @example
 * nextDayStart(startOfDay(at, { in: tz('America/Santiago') }), tz('America/Santiago'));
 */
export function nextDayStart(dayStart: Date, zone: Zone): TZDate {
  return startOfDay(addHours(dayStart, 36), { in: zone });
}

/**
 * The start of the local month after the month that starts at `monthStart`, for the same reason as
 * {@link nextDayStart}: 32 days after the 1st is always inside the next month.
 *
 * @internal
 */
export function nextMonthStart(monthStart: Date, zone: Zone): TZDate {
  return startOfMonth(addDays(monthStart, 32, { in: zone }), { in: zone });
}
