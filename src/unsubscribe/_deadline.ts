import { tz } from '@date-fns/tz';
import { addMilliseconds, format, getISODay, startOfDay } from 'date-fns';
import { nextDayStart } from '../_lib/calendarSteps.js';
import type { z } from 'zod';
import type { UnsubscribePolicySchema } from './schemas.js';

/** @internal */
export type ResolvedUnsubscribePolicy = z.output<typeof UnsubscribePolicySchema>;

/** @internal */
export const DEFAULT_UNSUBSCRIBE_POLICY: ResolvedUnsubscribePolicy = { kind: 'hours', hours: 24 };

/**
 * A policy's deadline function, with its holiday sets built once so a long list of requests pays for
 * them only once.
 *
 * @internal
 */
export function deadlineFunction(policy: ResolvedUnsubscribePolicy): (requestedAt: number) => number {
  if (policy.kind === 'hours') {
    const ms = Math.round(policy.hours * 3_600_000);
    return (requestedAt) => addMilliseconds(requestedAt, ms).getTime();
  }
  const zone = tz(policy.timeZone);
  const holidays = new Set(policy.holidays);
  const workdays = new Set(policy.workdays);
  const weekend = new Set(policy.weekend);
  const isBusinessDay = (day: Date): boolean => {
    const key = format(day, 'yyyy-MM-dd');
    if (workdays.has(key)) return true;
    return !holidays.has(key) && !weekend.has(getISODay(day));
  };
  // Every week has a business day and the holiday list is finite, so this many days always suffice.
  const maxSteps = 7 * (policy.days + holidays.size + 2);
  return (requestedAt) => {
    let day: Date = startOfDay(requestedAt, { in: zone });
    let counted = 0;
    for (let step = 0; step < maxSteps && counted < policy.days; step += 1) {
      day = nextDayStart(day, zone);
      if (isBusinessDay(day)) counted += 1;
    }
    // The deadline is the end of the last counted business day: the next local midnight.
    return nextDayStart(day, zone).getTime();
  };
}
