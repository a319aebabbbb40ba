import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  classifySegment,
  classifySegments,
  SegmentResultSchema,
  type CustomerProfile,
  type SegmentPolicy,
} from '../../src/segments/index.js';

const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true });

/** The same instant in each accepted DateInput form. */
const dateInput = fc.tuple(instant, fc.constantFrom('date', 'iso', 'ms') as fc.Arbitrary<'date' | 'iso' | 'ms'>).map(
  ([date, form]) => (form === 'date' ? date : form === 'iso' ? date.toISOString() : date.getTime()),
);

const loan = fc.record(
  {
    openedAt: dateInput,
    closedAt: dateInput,
    status: fc.constantFrom('active', 'overdue', 'closed') as fc.Arbitrary<'active' | 'overdue' | 'closed'>,
  },
  { requiredKeys: ['openedAt', 'status'] },
);

const profile: fc.Arbitrary<CustomerProfile> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    hasLoanRecord: fc.boolean(),
    loans: fc.array(loan, { maxLength: 3 }),
    inquiries: fc.array(fc.record({ at: dateInput, channel: fc.constantFrom('app', 'hotline') }, { requiredKeys: ['at'] }), { maxLength: 4 }),
    registeredAt: dateInput,
    isStudent: fc.boolean(),
    birthDate: fc.oneof(dateInput, instant.map((date) => date.toISOString().slice(0, 10))),
    optedOutAt: dateInput,
    tags: fc.array(fc.constantFrom('vip', 'complaint', 'list-import'), { maxLength: 3 }),
  },
  { requiredKeys: ['id'] },
);

const policy: fc.Arbitrary<SegmentPolicy> = fc.record(
  {
    minInquiries: fc.integer({ min: 1, max: 4 }),
    inquiryWindowDays: fc.integer({ min: 1, max: 120 }),
    newUserDays: fc.integer({ min: 1, max: 400 }),
    minAge: fc.integer({ min: 18, max: 25 }),
    excludedTags: fc.subarray(['complaint', 'vip']),
    timeZone: fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Chatham'),
  },
  { requiredKeys: [] },
);

const CONTENT_TYPE = { A: 'renewal-reminder', B: 'rate-offer', C: 'process-intro', excluded: null, unclassified: null };

describe('classifySegment properties', () => {
  test.prop([profile, policy, dateInput])('is total and deterministic on any valid profile', (customer, rules, at) => {
    const first = classifySegment(customer, { at, policy: rules });
    const second = classifySegment(structuredClone(customer), { at, policy: rules });
    expect(second).toEqual(first);
    expect(SegmentResultSchema.parse(first)).toEqual(first);
    expect(first.reasons.length).toBeGreaterThan(0);
    expect(first.contentType).toBe(CONTENT_TYPE[first.segment]);
    expect(first.lifecycleStage === undefined).toBe(first.segment === 'excluded');
  });

  test.prop([profile, policy, dateInput, loan])(
    'makes a non-excluded customer A once a loan record is added',
    (customer, rules, at, extra) => {
      fc.pre(classifySegment(customer, { at, policy: rules }).segment !== 'excluded');
      const withLoan = { ...customer, loans: [...(customer.loans ?? []), extra] };
      const result = classifySegment(withLoan, { at, policy: rules });
      expect(result.segment).toBe('A');
      expect(result.contentType).toBe('renewal-reminder');
    },
  );

  test.prop([profile, policy, dateInput, fc.constantFrom('student', 'opted-out')])(
    'never gives an excluded customer a content type, whatever else the profile holds',
    (customer, rules, at, why) => {
      const excluded = why === 'student' ? { ...customer, isStudent: true } : { ...customer, optedOutAt: at };
      const result = classifySegment(excluded, { at, policy: rules });
      expect(result.segment).toBe('excluded');
      expect(result.contentType).toBeNull();
      expect(result.lifecycleStage).toBeUndefined();
    },
  );

  test.prop([fc.array(profile, { maxLength: 12 }), policy, dateInput])(
    'classifySegments agrees with classifySegment and its counts add up',
    (customers, rules, at) => {
      const batch = classifySegments(customers, { at, policy: rules });
      expect(batch.results.map(({ id: _id, ...result }) => result)).toEqual(
        customers.map((customer) => classifySegment(customer, { at, policy: rules })),
      );
      const sum = Object.values(batch.counts).reduce((total, count) => total + count, 0);
      expect(sum).toBe(customers.length);
      expect(batch.total).toBe(customers.length);
    },
  );
});
