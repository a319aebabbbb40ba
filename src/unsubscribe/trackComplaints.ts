import { z } from 'zod';
import { parseInput } from '../errors/parseInput.js';
import { complaintLevels } from './_complaintLevels.js';
import {
  ComplaintSchema,
  TrackComplaintsOptionsSchema,
  type Complaint,
  type ComplaintLevelStatus,
  type ComplaintReport,
  type TrackComplaintsOptions,
} from './schemas.js';

const ComplaintsSchema = z.array(ComplaintSchema, { error: 'expected an array of complaints' });

type ItemStatus = ComplaintReport['items'][number]['status'];
const SEVERITY: Record<ItemStatus, number> = { done: 0, pending: 1, late: 2, overdue: 3 };

/**
 * Where every complaint's three response levels stand as of `at`, like `trackUnsubscribes` for opt-outs:
 * each level is `done` (handled by its deadline), `late`, `pending`, `overdue`, or `not-required` (level 3
 * of a complaint that is not serious). A handling time later than `at` is not yet known and is ignored.
 *
 * @param complaints - `{ id?, receivedAt, serious?, level1At?, level2At?, level3At? }[]`.
 * @param options - `{ at, policy? }`; the policy is the one of `complaintDeadlines`.
 * @returns `{ items, summary }`: items in input order, each with its worst level status; the summary counts
 *   items per status and names the overdue level whose deadline passed first.
 * @throws {ComplianceConfigError} On an invalid complaint, date or policy (`complaints[0].receivedAt`).
 *
 * @example
 * import { trackComplaints } from 'sms-compliance';
 *
 * const report = trackComplaints(
 *   [{ id: 'C-1', receivedAt: '2026-11-30T09:00:00+08:00', level1At: '2026-11-30T09:01:00+08:00' }],
 *   { at: '2026-11-30T11:30:00+08:00' },
 * );
 * report.items[0]?.levels.map((level) => level.status);
 * //=> ['done', 'overdue', 'not-required']
 * report.summary.oldestOverdue;
 * //=> { index: 0, id: 'C-1', level: 2, deadline: 2026-11-30T03:00:00.000Z, overdueMs: 1800000 }
 */
export function trackComplaints(complaints: readonly Complaint[], options: TrackComplaintsOptions): ComplaintReport {
  const parsed = parseInput(ComplaintsSchema, complaints, 'complaints');
  const { at, policy } = parseInput(TrackComplaintsOptionsSchema, options, 'options');
  const now = at.getTime();
  const levels = complaintLevels(policy);

  const summary: ComplaintReport['summary'] = { total: parsed.length, pending: 0, done: 0, overdue: 0, late: 0, oldestOverdue: null };
  const items = parsed.map((complaint, index) => {
    const received = complaint.receivedAt.getTime();
    const handled = [complaint.level1At, complaint.level2At, complaint.level3At];
    let worst: ItemStatus = 'done';
    const levelReports = levels.map((level, i) => {
      const deadline = received + Math.round(level.minutes * 60_000);
      if (level.seriousOnly && !complaint.serious) {
        return { level: level.level, name: level.name, deadline: new Date(deadline), status: 'not-required' as const, remainingMs: 0 };
      }
      const doneMs = handled[i]?.getTime();
      const doneAt = doneMs !== undefined && doneMs <= now ? doneMs : undefined;
      const status: ComplaintLevelStatus =
        doneAt !== undefined ? (doneAt <= deadline ? 'done' : 'late') : now > deadline ? 'overdue' : 'pending';
      if (SEVERITY[status] > SEVERITY[worst]) worst = status;
      if (status === 'overdue') {
        const oldest = summary.oldestOverdue;
        if (oldest === null || deadline < oldest.deadline.getTime()) {
          summary.oldestOverdue = {
            index,
            ...(complaint.id === undefined ? {} : { id: complaint.id }),
            level: level.level,
            deadline: new Date(deadline),
            overdueMs: now - deadline,
          };
        }
      }
      return { level: level.level, name: level.name, deadline: new Date(deadline), status, remainingMs: deadline - (doneAt ?? now) };
    });
    summary[worst] += 1;
    return {
      ...(complaint.id === undefined ? {} : { id: complaint.id }),
      receivedAt: new Date(received),
      serious: complaint.serious,
      status: worst,
      levels: levelReports,
    };
  });
  return { items, summary };
}
