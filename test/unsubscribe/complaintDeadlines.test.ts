import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/ComplianceConfigError.js';
import { complaintDeadlines } from '../../src/unsubscribe/complaintDeadlines.js';

describe('complaintDeadlines', () => {
  it('gives the three industry levels: 5 minutes, 2 hours, 12 hours (serious complaints only)', () => {
    const result = complaintDeadlines('2026-11-30T09:00:00+08:00');
    expect(result.receivedAt.toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(result.levels).toEqual([
      { level: 1, name: '智能客服即时处理', deadline: new Date('2026-11-30T01:05:00Z'), seriousOnly: false },
      { level: 2, name: '人工专员跟进', deadline: new Date('2026-11-30T03:00:00Z'), seriousOnly: false },
      { level: 3, name: '风控部门备案', deadline: new Date('2026-11-30T13:00:00Z'), seriousOnly: true },
    ]);
  });

  it('takes configured minutes per level', () => {
    const levels = complaintDeadlines(0, { level1Minutes: 1, level3Minutes: 24 * 60 }).levels;
    expect(levels.map((level) => level.deadline.getTime())).toEqual([60_000, 2 * 3_600_000, 24 * 3_600_000]);
  });

  it('counts elapsed time across a DST change', () => {
    const levels = complaintDeadlines('2026-03-08T06:30:00Z').levels; // 01:30 EST, just before New York springs forward
    expect(levels[2]!.deadline.toISOString()).toBe('2026-03-08T18:30:00.000Z');
  });

  it('rejects a non-positive number of minutes and an invalid date, naming the field', () => {
    expect(() => complaintDeadlines(0, { level2Minutes: 0 })).toThrowError(ComplianceConfigError);
    expect(() => complaintDeadlines(0, { level2Minutes: 0 })).toThrowError(/^policy\.level2Minutes: /);
    expect(() => complaintDeadlines('30/11/2026')).toThrowError(/^receivedAt: /);
  });
});
