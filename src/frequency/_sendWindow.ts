import { tz } from '@date-fns/tz';
import { set, startOfDay } from 'date-fns';
import { nextDayStart } from '../_lib/calendarSteps.js';

/**
 * A send window with its defaults applied and its clock times split into numbers.
 *
 * @internal
 */
export interface ResolvedSendWindow {
  readonly timeZone: string;
  readonly startHours: number;
  readonly startMinutes: number;
  readonly endHours: number;
  readonly endMinutes: number;
}

/**
 * Resolves a parsed send-window policy; `fallbackZone` applies when it names no zone.
 *
 * @internal
 */
export function resolveSendWindow(
  policy: { start: string; end: string; timeZone?: string | undefined },
  fallbackZone: string,
): ResolvedSendWindow {
  const [startHours, startMinutes] = policy.start.split(':').map(Number) as [number, number];
  const [endHours, endMinutes] = policy.end.split(':').map(Number) as [number, number];
  return { timeZone: policy.timeZone ?? fallbackZone, startHours, startMinutes, endHours, endMinutes };
}

/**
 * The window `[start, end)` of the local day that begins at `dayStart`. On a DST day a bound that falls in
 * the skipped hour moves forward, so a window can come out empty (start === end).
 */
function boundsOfDay(dayStart: Date, window: ResolvedSendWindow, zone: ReturnType<typeof tz>): { start: number; end: number } {
  const start = set(dayStart, { hours: window.startHours, minutes: window.startMinutes });
  // `24:00` is the next local midnight, which is not always 24 hours later.
  const end =
    window.endHours === 24
      ? nextDayStart(dayStart, zone)
      : set(dayStart, { hours: window.endHours, minutes: window.endMinutes });
  return { start: start.getTime(), end: end.getTime() };
}

/**
 * Where `ms` stands relative to the daily window: inside (with the current window's end) or outside
 * (with the earliest window start after `ms`).
 *
 * @internal
 */
export function locateInWindow(
  ms: number,
  window: ResolvedSendWindow,
): { inside: true; windowEnd: number } | { inside: false; nextStart: number } {
  const zone = tz(window.timeZone);
  let day: Date = startOfDay(ms, { in: zone });
  // An empty window (DST) or an instant after today's window sends us to the next days; three suffice,
  // a week is a generous bound that can never loop forever.
  for (let i = 0; i < 8; i += 1) {
    const { start, end } = boundsOfDay(day, window, zone);
    if (start < end && ms < end) {
      return ms >= start ? { inside: true, windowEnd: end } : { inside: false, nextStart: start };
    }
    day = nextDayStart(day, zone);
  }
  /* c8 ignore next 2 -- unreachable: start < end holds on all but DST days */
  throw new Error('no send window found within a week');
}

/**
 * The earliest instant at or after `ms` that lies inside the window.
 *
 * @internal
 */
export function earliestInWindow(ms: number, window: ResolvedSendWindow): number {
  const place = locateInWindow(ms, window);
  return place.inside ? ms : place.nextStart;
}
