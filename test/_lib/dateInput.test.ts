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
});

describe('TimeZoneSchema', () => {
  it('accepts IANA names and rejects unknown ones', () => {
    expect(parseInput(TimeZoneSchema, 'Asia/Shanghai', 'timeZone')).toBe('Asia/Shanghai');
    expect(() => parseInput(TimeZoneSchema, 'Mars/Olympus', 'policy.timeZone')).toThrowError(/policy\.timeZone: unknown time zone/);
  });
});
