import { describe, expect, it } from 'vitest';
import { classifySegment, SegmentResultSchema, type CustomerProfile, type SegmentPolicy } from '../../src/segments/index.js';
import { configError } from '../support/configError.js';

const AT = '2026-11-29T10:00:00+08:00';
const classify = (customer: CustomerProfile, policy?: SegmentPolicy, at: string = AT) =>
  classifySegment(customer, policy === undefined ? { at } : { at, policy });


describe('classifySegment', () => {
  describe('precedence', () => {
    it('puts a customer with a loan AND recent enquiries in A', () => {
      const result = classify({
        id: 'c',
        loans: [{ openedAt: '2026-03-01', status: 'active' }],
        inquiries: [{ at: '2026-11-28T09:00:00+08:00' }, { at: '2026-11-27T09:00:00+08:00' }],
        registeredAt: '2026-11-01',
      });
      expect(result.segment).toBe('A');
      expect(result.contentType).toBe('renewal-reminder');
      expect(result.reasons[0]).toBe('A：有借贷记录（loans 共 1 条）');
    });

    it('excludes a student even with a loan, with no content type and no lifecycle stage', () => {
      const result = classify({ id: 's', isStudent: true, loans: [{ openedAt: '2026-03-01', status: 'active' }] });
      expect(result).toEqual({
        segment: 'excluded',
        reasons: ['排除：在校学生（isStudent），不得向大学生营销互联网消费贷款'],
        contentType: null,
      });
    });

    it('puts an active enquirer who also registered recently in B, not C', () => {
      const result = classify({ id: 'b', registeredAt: '2026-11-20', inquiries: [{ at: '2026-11-21T10:00:00+08:00' }] });
      expect(result.segment).toBe('B');
      expect(result.contentType).toBe('rate-offer');
    });

    it('counts hasLoanRecord without listed loans as A, and listed loans as A even when hasLoanRecord is false', () => {
      expect(classify({ id: 'a', hasLoanRecord: true }).segment).toBe('A');
      expect(classify({ id: 'a', hasLoanRecord: false, loans: [{ openedAt: '2025-01-01', status: 'closed' }] }).segment).toBe('A');
      expect(classify({ id: 'a', hasLoanRecord: false }).segment).toBe('unclassified');
    });

    it('lists every exclusion that holds', () => {
      const result = classify(
        { id: 'x', isStudent: true, birthDate: '2010-05-01', optedOutAt: '2026-10-01T00:00:00Z', tags: ['complaint', 'vip'] },
        { excludedTags: ['complaint'] },
      );
      expect(result.segment).toBe('excluded');
      expect(result.reasons).toEqual([
        '排除：在校学生（isStudent），不得向大学生营销互联网消费贷款',
        '排除：未满 18 周岁（按 Asia/Shanghai 日历，at 时 16 周岁）',
        '排除：已拒收/退订营销短信（optedOutAt），应当停止发送',
        '排除：标签「complaint」在 policy.excludedTags 中',
      ]);
    });

    it('excludes an opted-out customer whatever the date of the opt-out', () => {
      expect(classify({ id: 'o', hasLoanRecord: true, optedOutAt: '2027-01-01' }).segment).toBe('excluded');
    });

    it('ignores tags that are not in policy.excludedTags', () => {
      expect(classify({ id: 't', hasLoanRecord: true, tags: ['complaint'] }).segment).toBe('A');
    });
  });

  describe('under 18 at `at`', () => {
    const minor = (birthDate: string | Date, at: string, policy?: SegmentPolicy) =>
      classify({ id: 'm', hasLoanRecord: true, birthDate }, policy, at).segment === 'excluded';

    it('turns 18 at midnight of the 18th birthday in Asia/Shanghai', () => {
      expect(minor('2008-11-30', '2026-11-29T23:59:59.999+08:00')).toBe(true);
      expect(minor('2008-11-30', '2026-11-30T00:00:00+08:00')).toBe(false);
    });

    it('counts the birthday in policy.timeZone', () => {
      // 2026-11-29T16:00Z is already the 30th in Shanghai but still the 29th in UTC.
      expect(minor('2008-11-30', '2026-11-29T16:00:00Z')).toBe(false);
      expect(minor('2008-11-30', '2026-11-29T16:00:00Z', { timeZone: 'UTC' })).toBe(true);
    });

    it('reads a birth instant as its calendar day in policy.timeZone', () => {
      // 2008-11-29T16:00Z is 2008-11-30 00:00 in Shanghai.
      expect(minor('2008-11-29T16:00:00Z', '2026-11-29T23:00:00+08:00')).toBe(true);
      expect(minor('2008-11-29T16:00:00Z', '2026-11-30T00:00:00+08:00')).toBe(false);
    });

    it('makes a 29 February baby an adult on 1 March in a common year', () => {
      expect(minor('2008-02-29', '2026-02-28T23:59:59+08:00')).toBe(true);
      expect(minor('2008-02-29', '2026-03-01T00:00:00+08:00')).toBe(false);
    });

    it('honours a stricter policy.minAge and refuses one below 18', () => {
      expect(minor('2005-01-01', AT, { minAge: 22 })).toBe(true);
      expect(configError(() => classify({ id: 'm' }, { minAge: 16 })).path).toBe('options.policy.minAge');
    });

    it('excludes a birth date after `at`', () => {
      const result = classify({ id: 'm', birthDate: '2027-01-01' });
      expect(result.reasons).toEqual(['排除：出生日期晚于 at，无法确认已成年']);
    });
  });

  describe('enquiry window (inclusive at both ends)', () => {
    const withEnquiry = (at: string, policy?: SegmentPolicy) => classify({ id: 'b', inquiries: [{ at, channel: 'app' }] }, policy).segment;

    it('counts an enquiry exactly inquiryWindowDays ago and not one a millisecond earlier', () => {
      expect(withEnquiry('2026-10-30T10:00:00+08:00')).toBe('B');
      expect(withEnquiry('2026-10-30T09:59:59.999+08:00')).toBe('unclassified');
    });

    it('counts an enquiry at `at` itself but not one after it', () => {
      expect(withEnquiry(AT)).toBe('B');
      expect(withEnquiry('2026-11-29T10:00:00.001+08:00')).toBe('unclassified');
    });

    it('uses the configured window', () => {
      expect(withEnquiry('2026-11-20T10:00:00+08:00', { inquiryWindowDays: 9 })).toBe('B');
      expect(withEnquiry('2026-11-20T09:00:00+08:00', { inquiryWindowDays: 9 })).toBe('unclassified');
    });

    it('counts calendar days in the zone across a DST change, not 24-hour blocks', () => {
      // New York leaves DST on 2026-11-01, so 30 calendar days before 12:00 EST (3 Nov) is 12:00 EDT
      // (4 Oct), 721 h earlier: 12:30 EDT is inside the calendar window but outside a 720-hour one.
      const policy: SegmentPolicy = { timeZone: 'America/New_York' };
      const at = '2026-11-03T12:00:00-05:00';
      const inside = classifySegment({ id: 'b', inquiries: [{ at: '2026-10-04T12:30:00-04:00' }] }, { at, policy });
      const outside = classifySegment({ id: 'b', inquiries: [{ at: '2026-10-04T11:59:00-04:00' }] }, { at, policy });
      expect(inside.segment).toBe('B');
      expect(outside.segment).toBe('unclassified');
    });

    it('requires at least minInquiries enquiries inside the window', () => {
      const twoInside = [{ at: '2026-11-01T00:00:00Z' }, { at: '2026-11-02T00:00:00Z' }];
      const oneOutside = [{ at: '2026-11-01T00:00:00Z' }, { at: '2026-09-01T00:00:00Z' }];
      expect(classify({ id: 'b', inquiries: twoInside }, { minInquiries: 2 }).segment).toBe('B');
      expect(classify({ id: 'b', inquiries: oneOutside }, { minInquiries: 2 }).segment).toBe('unclassified');
    });
  });

  describe('new-user window (inclusive)', () => {
    it('makes a registration exactly newUserDays ago C and one a millisecond earlier unclassified', () => {
      const onBoundary = classify({ id: 'c', registeredAt: '2026-08-31T10:00:00+08:00' });
      const justOutside = classify({ id: 'c', registeredAt: '2026-08-31T09:59:59.999+08:00' });
      expect(onBoundary.segment).toBe('C');
      expect(onBoundary.contentType).toBe('process-intro');
      expect(justOutside.segment).toBe('unclassified');
      expect(justOutside.reasons).toContain('非 C：注册已超过 90 天');
    });

    it('does not count a registration after `at`', () => {
      const result = classify({ id: 'c', registeredAt: '2026-12-01T00:00:00Z' });
      expect(result.segment).toBe('unclassified');
      expect(result.reasons).toContain('非 C：注册时间晚于 at');
    });

    it('uses the configured newUserDays', () => {
      expect(classify({ id: 'c', registeredAt: '2026-11-01' }, { newUserDays: 7 }).segment).toBe('unclassified');
    });
  });

  describe('unclassified', () => {
    it('says which rules did not apply', () => {
      const result = classify({ id: 'u', inquiries: [{ at: '2026-01-01' }] });
      expect(result).toEqual({
        segment: 'unclassified',
        reasons: [
          '未分类：不符合 A/B/C 任一规则',
          '非 A：无借贷记录（无 loans，hasLoanRecord 不为 true）',
          '非 B：近 30 天内（含恰好 30 天前）咨询 0 次，少于活跃咨询门槛 1 次',
          '非 C：无注册时间（registeredAt）',
          '生命周期：培育期（已注册或咨询过，尚未借款，也无近期活跃咨询）',
        ],
        contentType: null,
        lifecycleStage: 'nurture',
      });
    });
  });

  describe('lifecycle stage', () => {
    it.each<[string, CustomerProfile, string]>([
      ['服务 for an open loan', { id: 'l', loans: [{ openedAt: '2026-01-01', status: 'active' }] }, 'service'],
      ['服务 for an overdue loan', { id: 'l', loans: [{ openedAt: '2026-01-01', status: 'overdue' }] }, 'service'],
      ['服务 for a loan that closes after `at`', { id: 'l', loans: [{ openedAt: '2026-01-01', closedAt: '2026-12-31', status: 'closed' }] }, 'service'],
      ['服务 for hasLoanRecord with no loans listed', { id: 'l', hasLoanRecord: true }, 'service'],
      ['维护 when every loan is closed', { id: 'l', loans: [{ openedAt: '2025-01-01', status: 'closed' }] }, 'maintenance'],
      ['维护 when closedAt is past even if status lags', { id: 'l', loans: [{ openedAt: '2025-01-01', closedAt: '2026-02-01', status: 'active' }] }, 'maintenance'],
      ['维护 when the only loan opens after `at`', { id: 'l', loans: [{ openedAt: '2027-01-01', status: 'active' }] }, 'maintenance'],
      ['转化 for an active enquirer', { id: 'l', inquiries: [{ at: '2026-11-28' }] }, 'conversion'],
      ['培育 for a new registrant', { id: 'l', registeredAt: '2026-11-28' }, 'nurture'],
      ['培育 for an old registrant', { id: 'l', registeredAt: '2020-01-01' }, 'nurture'],
      ['认知 with no registration, enquiry or loan', { id: 'l', tags: ['list-import'] }, 'awareness'],
      ['认知 when the only registration is after `at`', { id: 'l', registeredAt: '2027-01-01' }, 'awareness'],
    ])('is %s', (_label, customer, stage) => {
      const result = classify(customer);
      expect(result.lifecycleStage).toBe(stage);
      expect(result.reasons.at(-1)).toMatch(/^生命周期：/);
    });
  });

  describe('input', () => {
    it('accepts Date objects, ISO strings with a zone and epoch milliseconds alike', () => {
      const instant = Date.parse('2026-11-28T09:00:00+08:00');
      const forms = [new Date(instant), '2026-11-28T09:00:00+08:00', instant];
      const results = forms.map((at) => classify({ id: 'b', inquiries: [{ at }] }));
      expect(results.map((result) => result.segment)).toEqual(['B', 'B', 'B']);
      expect(classifySegment({ id: 'b', inquiries: [{ at: instant }] }, { at: new Date(AT) })).toEqual(results[0]);
    });

    it('does not mutate the profile and returns plain JSON data', () => {
      const customer: CustomerProfile = { id: 'a', loans: [{ openedAt: new Date('2026-01-01T00:00:00Z'), status: 'active' }] };
      const snapshot = structuredClone(customer);
      const result = classify(customer);
      expect(customer).toEqual(snapshot);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(SegmentResultSchema.parse(result)).toEqual(result);
    });

    it.each<[string, unknown, unknown, string]>([
      ['a missing id', {}, { at: AT }, 'customer.id'],
      ['an empty id', { id: '' }, { at: AT }, 'customer.id'],
      ['a zone-less loan date', { id: 'a', loans: [{ openedAt: '2026-01-01T10:00:00', status: 'active' }] }, { at: AT }, 'customer.loans[0].openedAt'],
      ['an unknown loan status', { id: 'a', loans: [{ openedAt: '2026-01-01', status: 'paid' }] }, { at: AT }, 'customer.loans[0].status'],
      ['an unknown profile key', { id: 'a', segment: 'A' }, { at: AT }, 'customer'],
      ['a bad enquiry date', { id: 'a', inquiries: [{ at: 'yesterday' }] }, { at: AT }, 'customer.inquiries[0].at'],
      ['a bad birth date', { id: 'a', birthDate: '2008-02-30x' }, { at: AT }, 'customer.birthDate'],
      ['a missing `at`', { id: 'a' }, {}, 'options.at'],
      ['an unknown time zone', { id: 'a' }, { at: AT, policy: { timeZone: 'Mars/Olympus' } }, 'options.policy.timeZone'],
      ['a zero window', { id: 'a' }, { at: AT, policy: { inquiryWindowDays: 0 } }, 'options.policy.inquiryWindowDays'],
      ['a fractional threshold', { id: 'a' }, { at: AT, policy: { minInquiries: 1.5 } }, 'options.policy.minInquiries'],
      ['an unknown policy key', { id: 'a' }, { at: AT, policy: { windowDays: 5 } }, 'options.policy'],
    ])('rejects %s with ComplianceConfigError naming the path', (_label, customer, options, path) => {
      const error = configError(() => classifySegment(customer as CustomerProfile, options as never));
      expect(error.path).toBe(path);
    });
  });
});
