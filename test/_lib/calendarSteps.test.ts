// Where DST begins at midnight (America/Santiago on 2026-09-06, Africa/Cairo on 2026-04-24) the day starts at
// 01:00; addDays carried that 01:00 into the next day, an hour after its real start. Found by comparing the time
// functions with an oracle built on Intl alone.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { tz } from '@date-fns/tz';
import { startOfDay, startOfMonth } from 'date-fns';
import { nextDayStart, nextMonthStart } from '../../src/_lib/calendarSteps.js';
import { checkFrequency, checkSendWindow, unsubscribeDeadline } from '../../src/index.js';

const santiago = 'America/Santiago';

describe('nextDayStart / nextMonthStart', () => {
  it('reach the next local midnight after a day that began at 01:00', () => {
    const zone = tz(santiago);
    const day = startOfDay(new Date('2026-09-06T15:00:00Z'), { in: zone });
    expect(new Date(day.getTime()).toISOString()).toBe('2026-09-06T04:00:00.000Z'); // 01:00, -03:00: 00:00 did not exist
    expect(new Date(nextDayStart(day, zone).getTime()).toISOString()).toBe('2026-09-07T03:00:00.000Z');
  });

  const zones = fc.constantFrom('Asia/Shanghai', santiago, 'Africa/Cairo', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu');
  const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });

  test.prop([instant, zones], { numRuns: 2000 })('the next day start is the start of the day 36 hours on, and comes after the day', (at, name) => {
    const zone = tz(name);
    const day = startOfDay(at, { in: zone });
    const next = nextDayStart(day, zone);
    expect(next.getTime()).toBeGreaterThan(at.getTime());
    // The local calendar date moved by exactly one day.
    const localDate = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: name, dateStyle: 'short' }).format(date);
    const following = new Date(`${localDate(day)}T12:00:00Z`);
    following.setUTCDate(following.getUTCDate() + 1);
    expect(localDate(next)).toBe(following.toISOString().slice(0, 10));
    // Nothing of the next day comes before it.
    expect(localDate(new Date(next.getTime() - 1))).toBe(localDate(day));
  });

  test.prop([instant, zones], { numRuns: 1000 })('the next month start is the first instant of the following month', (at, name) => {
    const zone = tz(name);
    const month = startOfMonth(at, { in: zone });
    const next = nextMonthStart(month, zone);
    const localMonth = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: name, year: 'numeric', month: '2-digit' }).format(date);
    expect(localMonth(next)).not.toBe(localMonth(month));
    expect(localMonth(new Date(next.getTime() - 1))).toBe(localMonth(month));
  });
});

describe('the time functions on a day that began at 01:00', () => {
  it('checkFrequency, unsubscribeDeadline and checkSendWindow give the next local midnight', () => {
    const decision = checkFrequency([{ at: '2026-09-06T10:00:00-03:00' }], {
      at: '2026-09-06T12:00:00-03:00',
      policy: { timeZone: santiago, dailyLimit: 1 },
    });
    expect(decision.nextAllowedAt?.toISOString()).toBe('2026-09-07T03:00:00.000Z');
    expect(unsubscribeDeadline('2026-09-06T12:00:00-03:00', { kind: 'business-days', days: 1, timeZone: santiago }).toISOString()).toBe(
      '2026-09-08T03:00:00.000Z',
    );
    expect(checkSendWindow('2026-09-06T22:00:00-03:00', { end: '24:00', timeZone: santiago }).windowEndsAt?.toISOString()).toBe(
      '2026-09-07T03:00:00.000Z',
    );
  });
});
