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

function expectRoundTrip<T>(schema: z.ZodType<T>, result: T): void {
  const parsed = schema.parse(viaJson(result));
  expect(parsed).toEqual(result);
  // Not vacuous: the JSON form has strings where the result has dates.
  expect(JSON.stringify(viaJson(result))).toBe(JSON.stringify(result));
}

describe('results with dates survive a JSON round trip through their own schemas', () => {
  it('checkFrequency, checkSendWindow and planSends', () => {
    const history = [{ at: '2026-11-02T10:00:00+08:00' }, { at: '2026-11-15T10:00:00+08:00' }];
    expectRoundTrip(FrequencyDecisionSchema, checkFrequency(history, { at, policy: { limit: 2 } }));
    expectRoundTrip(SendWindowDecisionSchema, checkSendWindow('2026-11-30T22:00:00+08:00'));
    for (const planned of planSends(['13800000000'], [], { at })) expectRoundTrip(PlannedSendSchema, planned);
  });

  it('trackUnsubscribes and complaintDeadlines', () => {
    const requests = [
      { to: '13800000000', requestedAt: '2026-11-29T10:00:00+08:00' },
      { to: '13800000001', requestedAt: '2026-11-28T10:00:00+08:00', effectiveAt: '2026-11-28T11:00:00+08:00' },
    ];
    expectRoundTrip(UnsubscribeReportSchema, trackUnsubscribes(requests, { at }));
    expectRoundTrip(ComplaintDeadlinesSchema, complaintDeadlines('2026-11-29T10:00:00+08:00'));
    expectRoundTrip(ComplaintReportSchema, trackComplaints([{ id: 'c-1', receivedAt: '2026-11-29T10:00:00+08:00', level1At: '2026-11-29T10:05:00+08:00' }], { at }));
  });

  it('a string that is no instant still fails', () => {
    const decision = viaJson(checkFrequency([], { at })) as Record<string, unknown>;
    expect(FrequencyDecisionSchema.safeParse({ ...decision, windowStart: 'yesterday' }).success).toBe(false);
  });
});
