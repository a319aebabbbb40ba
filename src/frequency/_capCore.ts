import { tz } from '@date-fns/tz';
import { startOfDay, startOfMonth, subHours } from 'date-fns';
import { nextDayStart, nextMonthStart } from '../_lib/calendarSteps.js';
import { earliestInWindow, locateInWindow, resolveSendWindow, type ResolvedSendWindow } from './_sendWindow.js';
import type { FrequencyReason, ResolvedFrequencyPolicy } from './schemas.js';

/**
 * Everything about one evaluation instant that does not depend on the number: window bounds, the
 * day, the send window. Built once per `at`, so a batch pays for date-fns only once.
 *
 * @internal
 */
export interface CapFrame {
  readonly at: number;
  readonly limit: number;
  readonly rolling: boolean;
  /** Calendar: first instant of the month (inclusive). Rolling: `at − days` (exclusive). */
  readonly capStart: number;
  /** Calendar: first instant of the next month. Rolling: `at`. */
  readonly capEnd: number;
  readonly rollMs: number;
  readonly dailyLimit: number | undefined;
  readonly dayStart: number;
  readonly dayEnd: number;
  readonly gapMs: number;
  readonly sendWindow: ResolvedSendWindow | undefined;
  readonly atInWindow: boolean;
  /** Threshold → next window opening; in a batch most refusals share a threshold (month end, `at`). */
  readonly windowMemo: Map<number, number>;
}

/**
 * Builds the {@link CapFrame} of `at` under a resolved policy.
 *
 * @internal
 */
export function buildFrame(at: number, policy: ResolvedFrequencyPolicy): CapFrame {
  const zone = tz(policy.timeZone);
  const rolling = policy.window !== 'calendar-month';
  let capStart: number;
  let capEnd: number;
  let rollMs = 0;
  if (policy.window === 'calendar-month') {
    const monthStart = startOfMonth(at, { in: zone });
    capStart = monthStart.getTime();
    capEnd = nextMonthStart(monthStart, zone).getTime();
  } else {
    // Rolling days are 24-hour days, not calendar days: a DST change must not stretch the window.
    capStart = subHours(at, 24 * policy.window.rollingDays).getTime();
    capEnd = at;
    rollMs = at - capStart;
  }
  let dayStart = 0;
  let dayEnd = 0;
  if (policy.dailyLimit !== undefined) {
    const day = startOfDay(at, { in: zone });
    dayStart = day.getTime();
    dayEnd = nextDayStart(day, zone).getTime();
  }
  const sendWindow =
    policy.sendWindow === undefined ? undefined : resolveSendWindow(policy.sendWindow, policy.timeZone);
  return {
    at,
    limit: policy.limit,
    rolling,
    capStart,
    capEnd,
    rollMs,
    dailyLimit: policy.dailyLimit,
    dayStart,
    dayEnd,
    gapMs: (policy.minGapMinutes ?? 0) * 60_000,
    sendWindow,
    atInWindow: sendWindow === undefined || locateInWindow(at, sendWindow).inside,
    windowMemo: new Map(),
  };
}

/**
 * Whether a send at `t` (already known to be ≤ `at`) counts towards the cap window.
 *
 * @internal
 */
export function inCap(frame: CapFrame, t: number): boolean {
  return frame.rolling ? t > frame.capStart : t >= frame.capStart;
}

/**
 * Whether a send at `t` (already known to be ≤ `at`) counts towards the daily limit.
 *
 * @internal
 */
export function inDay(frame: CapFrame, t: number): boolean {
  return frame.dailyLimit !== undefined && t >= frame.dayStart;
}

/**
 * The verdict for one number, from what the history says about it.
 *
 * @internal
 */
export interface CoreDecision {
  readonly allowed: boolean;
  readonly used: number;
  readonly remaining: number;
  readonly nextAllowedAt: number | null;
  readonly reason: FrequencyReason | undefined;
}

/**
 * Decides one send at `frame.at`.
 *
 * Every limit except the send window is "upward closed" once no further sends are made: the month
 * count can only drop to zero at the next month, the rolling count only shrinks as old sends age
 * out, the day count resets at the next day, and the gap only grows. So the earliest allowed instant
 * is the latest of the per-limit thresholds, moved to the next window opening if it is outside the
 * send window. That makes `nextAllowedAt` exact, not a guess.
 *
 * @param count - Sends in the cap window (≤ `at`).
 * @param rollingTimes - For a rolling window, the times of those sends; sorted in place when needed.
 * @param dayCount - Sends since the start of `at`'s calendar day.
 * @param last - The latest send ≤ `at`, or `-Infinity`.
 * @internal
 */
export function decide(
  frame: CapFrame,
  count: number,
  rollingTimes: number[] | undefined,
  dayCount: number,
  last: number,
): CoreDecision {
  const { at, limit } = frame;
  let threshold = at;
  let reason: FrequencyReason | undefined;

  if (count >= limit) {
    reason = 'limit-reached';
    if (frame.rolling) {
      const times = rollingTimes ?? [];
      times.sort((a, b) => a - b);
      // Removing the oldest (count − limit + 1) sends frees one slot; the last of them ages out
      // when the window's exclusive start passes it.
      threshold = Math.max(threshold, times[count - limit]! + frame.rollMs);
    } else {
      threshold = Math.max(threshold, frame.capEnd);
    }
  }
  if (frame.dailyLimit !== undefined && dayCount >= frame.dailyLimit) {
    reason ??= 'daily-limit-reached';
    threshold = Math.max(threshold, frame.dayEnd);
  }
  if (frame.gapMs > 0 && last + frame.gapMs > at) {
    reason ??= 'min-gap';
    threshold = Math.max(threshold, last + frame.gapMs);
  }
  if (!frame.atInWindow) reason ??= 'outside-send-window';

  const next =
    frame.sendWindow === undefined
      ? threshold
      : threshold === at && frame.atInWindow
        ? at
        : memoizedEarliestInWindow(frame, threshold, frame.sendWindow);
  const allowed = next === at;
  return {
    allowed,
    used: count,
    remaining: Math.max(0, limit - count),
    nextAllowedAt: allowed ? null : next,
    reason: allowed ? undefined : reason,
  };
}

function memoizedEarliestInWindow(frame: CapFrame, threshold: number, window: ResolvedSendWindow): number {
  const known = frame.windowMemo.get(threshold);
  if (known !== undefined) return known;
  const next = earliestInWindow(threshold, window);
  // Bounded so a batch of all-distinct thresholds (rolling windows) cannot grow it without limit.
  if (frame.windowMemo.size >= 4096) frame.windowMemo.clear();
  frame.windowMemo.set(threshold, next);
  return next;
}
