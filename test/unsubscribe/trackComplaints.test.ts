import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/ComplianceConfigError.js';
import { trackComplaints } from '../../src/unsubscribe/trackComplaints.js';

const MINUTE = 60_000;
const t0 = Date.parse('2026-11-30T09:00:00+08:00');

describe('trackComplaints', () => {
  it('reports each level as done, late, pending or overdue, and not-required for level 3 of an ordinary complaint', () => {
    const report = trackComplaints(
      [
        { id: 'a', receivedAt: t0, level1At: t0 + 4 * MINUTE, level2At: t0 + 150 * MINUTE },
        { id: 'b', receivedAt: t0, serious: true, level1At: t0 + MINUTE, level2At: t0 + 60 * MINUTE },
      ],
      { at: t0 + 3 * 60 * MINUTE },
    );
    expect(report.items[0]!.levels.map((level) => [level.status, level.remainingMs])).toEqual([
      ['done', MINUTE],
      ['late', -30 * MINUTE],
      ['not-required', 0],
    ]);
    expect(report.items[0]!.status).toBe('late');
    expect(report.items[1]!.levels.map((level) => level.status)).toEqual(['done', 'done', 'pending']);
    expect(report.items[1]!.status).toBe('pending');
    expect(report.summary).toMatchObject({ total: 2, late: 1, pending: 1, done: 0, overdue: 0, oldestOverdue: null });
  });

  it('is pending at the deadline and overdue one millisecond later', () => {
    const complaints = [{ receivedAt: t0 }];
    expect(trackComplaints(complaints, { at: t0 + 5 * MINUTE }).items[0]!.levels[0]!.status).toBe('pending');
    expect(trackComplaints(complaints, { at: t0 + 5 * MINUTE + 1 }).items[0]!.levels[0]!.status).toBe('overdue');
  });

  it('ignores a handling time later than `at`', () => {
    const report = trackComplaints([{ receivedAt: t0, level1At: t0 + 10 * MINUTE }], { at: t0 + 6 * MINUTE });
    expect(report.items[0]!.levels[0]!.status).toBe('overdue');
  });

  it('names the overdue level whose deadline passed first', () => {
    const report = trackComplaints(
      [
        { id: 'later', receivedAt: t0 + 30 * MINUTE },
        { id: 'first', receivedAt: t0, level1At: t0 + MINUTE, serious: true },
      ],
      { at: t0 + 13 * 60 * MINUTE },
    );
    expect(report.summary.oldestOverdue).toEqual({
      index: 0,
      id: 'later',
      level: 1,
      deadline: new Date(t0 + 35 * MINUTE),
      overdueMs: 13 * 60 * MINUTE - 35 * MINUTE,
    });
    expect(report.summary.overdue).toBe(2);
  });

  it('rejects invalid complaints and options with ComplianceConfigError naming the field', () => {
    expect(() => trackComplaints([{ receivedAt: 'soon' }], { at: t0 })).toThrowError(ComplianceConfigError);
    expect(() => trackComplaints([{ receivedAt: 'soon' }], { at: t0 })).toThrowError(/^complaints\[0\]\.receivedAt: /);
    expect(() => trackComplaints([{ receivedAt: t0, urgent: true } as never], { at: t0 })).toThrowError(/^complaints\[0\]: /);
    expect(() => trackComplaints([], { at: t0, policy: { level1Minutes: -5 } })).toThrowError(/^options\.policy\.level1Minutes: /);
  });
});
