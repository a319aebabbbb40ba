import { describe, expect, it } from 'vitest';
import { DateInputSchema } from '../../src/_lib/dateInput.js';
import { TimeZoneSchema } from '../../src/_lib/timeZone.js';
import { parseInput } from '../../src/errors/parseInput.js';
import { ComplianceConfigError } from '../../src/errors/ComplianceConfigError.js';

describe('DateInputSchema', () => {
  it('accepts a Date and returns a copy', () => {
    const date = new Date('2026-11-30T16:30:00Z');
    const parsed = parseInput(DateInputSchema, date, 'at');
    expect(parsed.getTime()).toBe(date.getTime());
    expect(parsed).not.toBe(date);
  });

  it('accepts ISO strings with a zone, plain dates and epoch milliseconds', () => {
    expect(parseInput(DateInputSchema, '2026-12-01T00:30:00+08:00', 'at').toISOString()).toBe('2026-11-30T16:30:00.000Z');
    expect(parseInput(DateInputSchema, '2026-11-30T16:30:00Z', 'at').toISOString()).toBe('2026-11-30T16:30:00.000Z');
    expect(parseInput(DateInputSchema, '2026-11-30', 'at').toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(parseInput(DateInputSchema, 0, 'at').toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it.each([
    ['a zone-less date-time', '2026-11-30T16:30:00'],
    ['garbage', 'tomorrow'],
    ['an invalid Date', new Date(Number.NaN)],
    ['NaN', Number.NaN],
    ['an out-of-range number', 9e15],
    ['null', null],
  ])('rejects %s with ComplianceConfigError naming the path', (_label, value) => {
    expect(() => parseInput(DateInputSchema, value, 'history[2].at')).toThrowError(ComplianceConfigError);
    try {
      parseInput(DateInputSchema, value, 'history[2].at');
    } catch (error) {
      expect((error as ComplianceConfigError).path).toBe('history[2].at');
    }
  });

  // A union of schemas answered "expected date, received Date; or expected string, received Date; or …".
  it('says in one line what is expected, what was missing and what was invalid', () => {
    const messageOf = (value: unknown): string => {
      try {
        parseInput(DateInputSchema, value, 'options.at');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(messageOf(new Date('x'))).toBe('options.at: expected a valid Date, got an Invalid Date');
    expect(messageOf(undefined)).toBe('options.at: required: expected a valid Date, an ISO-8601 string with a zone (…Z or …+08:00) or epoch milliseconds');
    expect(messageOf({})).toBe('options.at: expected a valid Date, an ISO-8601 string with a zone (…Z or …+08:00) or epoch milliseconds');
  });
});

describe('TimeZoneSchema', () => {
  it('accepts IANA names and rejects unknown ones', () => {
    expect(parseInput(TimeZoneSchema, 'Asia/Shanghai', 'timeZone')).toBe('Asia/Shanghai');
    expect(() => parseInput(TimeZoneSchema, 'Mars/Olympus', 'policy.timeZone')).toThrowError(/policy\.timeZone: unknown time zone/);
    // ICU accepts abbreviations as aliases of one zone each: "CST" would silently mean US Central time.
    expect(() => parseInput(TimeZoneSchema, 'CST', 'policy.timeZone')).toThrowError(
      /policy\.timeZone: "CST" is an abbreviation, not an IANA name, and ambiguous: the runtime reads it as America\/Chicago \(for China Standard Time use Asia\/Shanghai\)/,
    );
    for (const abbreviation of ['BST', 'IST', 'EST', 'JST', 'CET']) expect(TimeZoneSchema.safeParse(abbreviation).success, abbreviation).toBe(false);
    for (const name of ['UTC', 'GMT', 'PRC', 'Etc/GMT-8', 'Asia/Hong_Kong']) expect(TimeZoneSchema.safeParse(name).success, name).toBe(true);
  });
});
