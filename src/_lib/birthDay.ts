import { TZDate, tz } from '@date-fns/tz';
import { startOfDay } from 'date-fns';

/**
 * Midnight of the birthday in `zone`: a plain `YYYY-MM-DD` is taken literally, an instant is read as the calendar
 * day it falls on there, so ages (周岁) are counted in whole calendar days.
 *
 * @internal
 * @example
 * calendarBirthDay('2008-02-29', 'Asia/Shanghai').toISOString(); //=> '2008-02-28T16:00:00.000Z'
 */
export function calendarBirthDay(birthDate: string | Date, zone: string): TZDate {
  if (typeof birthDate === 'string') {
    const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
    return new TZDate(year, month - 1, day, zone);
  }
  return startOfDay(birthDate, { in: tz(zone) });
}

/**
 * The first instant at which someone born on `birthDate` is `age` years old (周岁), counted in `zone`: midnight of
 * the birthday `age` years on — and for someone born on 29 February, midnight of 1 March in a common year (the
 * date overflows as `Date` does), never 28 February.
 *
 * @internal
 * @example
 * adulthoodStart('2008-02-29', 18, 'Asia/Shanghai').toISOString(); //=> '2026-02-28T16:00:00.000Z' (1 March)
 */
export function adulthoodStart(birthDate: string | Date, age: number, zone: string): Date {
  const birthDay = calendarBirthDay(birthDate, zone);
  return new TZDate(birthDay.getFullYear() + age, birthDay.getMonth(), birthDay.getDate(), zone);
}
