// "Every result is plain data": the results with dates return `Date` objects, which JSON.stringify writes as ISO
// strings. A result stored or sent as JSON must parse again with its own exported schema, to an equal result.
import { describe, expect, it } from 'vitest';
import {
  checkFrequency,
  checkSendWindow,
  complaintDeadlines,
  ComplaintDeadlinesSchema,
  ComplaintReportSchema,
  FrequencyDecisionSchema,
  planSends,
  PlannedSendSchema,
  SendWindowDecisionSchema,
  trackComplaints,
  trackUnsubscribes,
  UnsubscribeReportSchema,
} from '../../src/index.js';
import type { z } from 'zod';

const at = '2026-11-30T12:00:00+08:00';
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const holdsDate = (value: unknown): boolean =>
  value instanceof Date || (typeof value === 'object' && value !== null && Object.values(value).some(holdsDate));

/** Checks the round trip; says whether the result held a date (the JSON form then has a string in its place). */
function expectRoundTrip<T>(schema: z.ZodType<T>, result: T): boolean {
  expect(schema.parse(viaJson(result))).toEqual(result);
  if (!holdsDate(result)) return false;
  // Not vacuous: until parsed, the JSON form differs from the result.
  expect(viaJson(result)).not.toEqual(result);
  return true;
}

describe('results with dates survive a JSON round trip through their own schemas', () => {
  it('checkFrequency, checkSendWindow and planSends', () => {
    const history = [{ at: '2026-11-02T10:00:00+08:00' }, { at: '2026-11-15T10:00:00+08:00' }];
    expect(expectRoundTrip(FrequencyDecisionSchema, checkFrequency(history, { at, policy: { limit: 2 } }))).toBe(true);
    expect(expectRoundTrip(SendWindowDecisionSchema, checkSendWindow('2026-11-30T22:00:00+08:00'))).toBe(true);
    const plans = planSends(['13800000000', '13800000001'], [{ to: '13800000001', at: '2026-11-30T11:00:00+08:00' }], { at, policy: { limit: 1 } });
    expect(plans.map((planned) => expectRoundTrip(PlannedSendSchema, planned))).toContain(true);
  });

  it('trackUnsubscribes and complaintDeadlines', () => {
    const requests = [
      { to: '13800000000', requestedAt: '2026-11-29T10:00:00+08:00' },
      { to: '13800000001', requestedAt: '2026-11-28T10:00:00+08:00', effectiveAt: '2026-11-28T11:00:00+08:00' },
    ];
    expect(expectRoundTrip(UnsubscribeReportSchema, trackUnsubscribes(requests, { at }))).toBe(true);
    expect(expectRoundTrip(ComplaintDeadlinesSchema, complaintDeadlines('2026-11-29T10:00:00+08:00'))).toBe(true);
    const complaints = [{ id: 'c-1', receivedAt: '2026-11-29T10:00:00+08:00', level1At: '2026-11-29T10:05:00+08:00' }];
    expect(expectRoundTrip(ComplaintReportSchema, trackComplaints(complaints, { at }))).toBe(true);
  });

  it('a string that is no instant still fails', () => {
    const decision = viaJson(checkFrequency([], { at })) as Record<string, unknown>;
    expect(FrequencyDecisionSchema.safeParse({ ...decision, windowStart: 'yesterday' }).success).toBe(false);
  });
});
