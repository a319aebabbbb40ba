// Every public function of src/index.ts with an arbitrary of VALID argument lists. The totality
// properties mutate these into invalid ones; the table must list every exported function
// (publicApi.test checks it against the barrel).
import { fc } from '@fast-check/vitest';
import * as api from '../../src/index.js';
import { textArbitrary } from '../support/arbitraries.js';

/** Instants at the edges: epoch, 2100, leap days, New York's DST gap and overlap, Shanghai midnight, the range ends. */
export const EDGE_INSTANTS = [
  0,
  '1970-01-01T00:00:00Z',
  '2100-12-31T23:59:59Z',
  '2100-01-01T00:00:00+08:00',
  '2024-02-29T12:00:00Z',
  '2028-02-29T23:59:59+08:00',
  '2026-03-08T07:30:00Z', // 02:30 in New York does not exist
  '2026-11-01T05:30:00Z', // 01:30 in New York happens twice
  '2026-12-31T16:00:00Z', // midnight in Shanghai on New Year
  '2026-11-30',
  4_102_444_800_000, // 2100-01-01
  '1000-01-01T00:00:00Z', // the earliest instant accepted
  253_402_300_799_999, // the latest: 9999-12-31T23:59:59.999Z
] as const;

export const ZONES = ['Asia/Shanghai', 'America/New_York', 'UTC', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham'] as const;

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 10, 30, 1);

/** A valid DateInput: an edge, epoch ms between 1970 and 2100, a Date, or an ISO string with an offset. */
export const instant = fc.oneof(
  fc.constantFrom(...EDGE_INSTANTS),
  fc.integer({ min: 0, max: 4_102_444_800_000 }),
  fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms)),
  fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms).toISOString()),
);

/** Instants near a base instant, so histories fall inside the windows. */
const near = (base: number) => fc.integer({ min: -90 * 24 * HOUR, max: 2 * HOUR }).map((offset) => base + offset);
const zone = fc.constantFrom(...ZONES);
const phone = fc.constantFrom('13800000001', '13800000002', '13800000003', '+8613800000004');
const calendarDate = fc.constantFrom('2026-10-01', '2024-02-29', '2026-12-25', '2100-02-28');
const birth = fc.oneof(fc.constantFrom('2000-02-29', '2010-06-01', '1970-01-01'), instant);

const frequencyPolicy = fc.record(
  {
    limit: fc.integer({ min: 1, max: 10 }),
    window: fc.oneof(fc.constant('calendar-month' as const), fc.record({ rollingDays: fc.integer({ min: 1, max: 60 }) })),
    timeZone: zone,
    dailyLimit: fc.integer({ min: 1, max: 5 }),
    minGapMinutes: fc.integer({ min: 1, max: 1_440 }),
    sendWindow: fc.record({ start: fc.constantFrom('08:00', '00:00', '02:30'), end: fc.constantFrom('20:00', '24:00', '03:00'), timeZone: zone }, { requiredKeys: [] })
      .filter((window) => (window.start ?? '08:00') < (window.end ?? '20:00')),
  },
  { requiredKeys: [] },
);

const unsubscribePolicy = fc.oneof(
  fc.record({ kind: fc.constant('hours' as const), hours: fc.integer({ min: 0, max: 96 }) }, { requiredKeys: ['kind'] }),
  fc.record(
    {
      kind: fc.constant('business-days' as const),
      days: fc.integer({ min: 1, max: 20 }),
      timeZone: zone,
      holidays: fc.array(calendarDate, { maxLength: 3 }),
      workdays: fc.array(calendarDate, { maxLength: 2 }),
      weekend: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
    },
    { requiredKeys: ['kind'] },
  ),
);

const unsubscribeRequest = fc.record(
  { to: phone, requestedAt: near(BASE), effectiveAt: near(BASE), resubscribedAt: near(BASE), signature: fc.constantFrom('甲贷', '乙银行') },
  { requiredKeys: ['to', 'requestedAt'] },
);

const complaint = fc.record(
  { id: fc.string({ maxLength: 8 }), receivedAt: near(BASE), serious: fc.boolean(), level1At: near(BASE), level2At: near(BASE), level3At: near(BASE) },
  { requiredKeys: ['receivedAt'] },
);

const complaintPolicy = fc.record(
  { level1Minutes: fc.integer({ min: 1, max: 60 }), level2Minutes: fc.integer({ min: 1, max: 600 }), level3Minutes: fc.integer({ min: 1, max: 6000 }) },
  { requiredKeys: [] },
);

const customer = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    hasLoanRecord: fc.boolean(),
    loans: fc.array(
      fc.record({ openedAt: near(BASE), closedAt: near(BASE), status: fc.constantFrom('active' as const, 'overdue' as const, 'closed' as const) }, { requiredKeys: ['openedAt', 'status'] }),
      { maxLength: 3 },
    ),
    inquiries: fc.array(fc.record({ at: near(BASE), channel: fc.constantFrom('app', 'web') }, { requiredKeys: ['at'] }), { maxLength: 4 }),
    registeredAt: near(BASE),
    isStudent: fc.boolean(),
    birthDate: birth,
    optedOutAt: near(BASE),
    tags: fc.array(fc.constantFrom('vip', 'blacklist', 'test'), { maxLength: 2 }),
  },
  { requiredKeys: ['id'] },
);

const segmentOptions = fc.record(
  {
    at: instant,
    policy: fc.record(
      {
        minInquiries: fc.integer({ min: 1, max: 5 }),
        inquiryWindowDays: fc.integer({ min: 1, max: 365 }),
        newUserDays: fc.integer({ min: 1, max: 365 }),
        minAge: fc.integer({ min: 18, max: 70 }),
        excludedTags: fc.array(fc.constantFrom('blacklist', 'test'), { maxLength: 2 }),
        timeZone: zone,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['at'] },
);

const recipient = fc.record(
  {
    id: fc.string({ maxLength: 6 }),
    debtToIncome: fc.double({ min: 0, max: 5, noNaN: true }),
    creditScore: fc.integer({ min: 300, max: 900 }),
    isStudent: fc.boolean(),
    birthDate: birth,
    optedOut: fc.boolean(),
    optedOutAt: near(BASE),
    resubscribedAt: near(BASE),
    consent: fc.record(
      {
        messageTypes: fc.array(fc.constantFrom('marketing', 'loan-offer'), { maxLength: 2 }),
        frequency: fc.record({ limit: fc.integer({ min: 1, max: 10 }), per: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const) }),
        period: fc.record({ from: near(BASE), until: near(BASE + 100 * 24 * HOUR) }, { requiredKeys: [] }),
        obtainedAt: near(BASE),
        revokedAt: near(BASE),
        evidence: fc.constant('signed form'),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const screenPolicy = fc.record(
  {
    at: instant,
    messageType: fc.constantFrom('marketing', 'loan-offer'),
    maxDebtToIncome: fc.double({ min: 0, max: 5, noNaN: true }),
    minCreditScore: fc.integer({ min: 300, max: 900 }),
    adultAge: fc.integer({ min: 1, max: 30 }),
    timeZone: zone,
    requireConsent: fc.boolean(),
    missingData: fc.constantFrom('block' as const, 'allow' as const),
  },
  { requiredKeys: ['at'] },
);

const campaignStats = fc
  .tuple(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.nat(1_000))
  .map(([sent, deliveredRaw, repliesRaw, conversions, cost, complaints]) => {
    const delivered = Math.min(sent, deliveredRaw);
    return { sent, delivered, replies: Math.min(delivered, repliesRaw), conversions, cost, complaints };
  });

const band = fc.record({ min: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true })), max: fc.option(fc.double({ min: 0.5, max: 1, noNaN: true })) }, { requiredKeys: [] });

const experiment = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  variants: fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map((id, index) => fc.record({ id: fc.constant(id), weight: index === 0 ? fc.double({ min: 0.1, max: 10, noNaN: true }) : fc.double({ min: 0, max: 10, noNaN: true }) })))),
});

const variantStats = fc.tuple(fc.nat(1_000_000), fc.nat(1_000_000)).map(([a, b]) => ({ trials: Math.max(a, b), successes: Math.min(a, b) }));

const senderProfile = fc.record(
  {
    name: fc.constantFrom('XX银行', 'XX消费金融'),
    province: fc.constantFrom('粤', '京', '沪', '广东'),
    icpLicense: fc.constantFrom('粤B2-20200001', 'x'),
    spServiceCode: fc.constantFrom('106901234567', '1069'),
    financialFiling: fc.record({ licenseNumber: fc.constant('B0001H111000001'), filingNumber: fc.constant('F1'), regulator: fc.constant('NFRA') }, { requiredKeys: [] }),
    ports: fc.array(fc.constantFrom('1069012345', '95588'), { maxLength: 2 }),
    documents: fc.dictionary(fc.constantFrom('local-filing', 'other'), fc.string({ maxLength: 6 })),
  },
  { requiredKeys: [] },
);

/** One public function: its name, valid argument lists, and how to call it. */
export interface PublicFunction {
  readonly name: string;
  readonly valid: fc.Arbitrary<unknown[]>;
  readonly call: (args: unknown[]) => unknown;
}

const fn = (name: string, valid: fc.Arbitrary<unknown[]>, call: (args: unknown[]) => unknown): PublicFunction => ({ name, valid, call });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const any = (value: unknown): any => value;

const lintOptions = fc.record(
  { sender: fc.constantFrom('1069012345678', '95588', '13800000000'), kind: fc.constantFrom('marketing' as const, 'notification' as const), segment: fc.constantFrom('A' as const, 'B' as const, 'C' as const, 'excluded' as const, 'unclassified' as const) },
  { requiredKeys: [] },
);

const linterConfig = fc.record(
  {
    rules: fc.dictionary(fc.constantFrom('absolute-terms', 'link', 'message-length', 'evasion'), fc.constantFrom('off', 'error', 'warning', 'info'), { maxKeys: 3 }),
    terms: fc.dictionary(fc.constantFrom('absolute-terms', 'misleading-claims'), fc.array(fc.constantFrom('闪电放款', '史上最低'), { maxLength: 2 })),
    allow: fc.dictionary(fc.constantFrom('absolute-terms', '*'), fc.array(fc.constantFrom('第一时间', '最高可申请'), { maxLength: 2 })),
    patterns: fc.dictionary(fc.constantFrom('no-qq', 'no-vip'), fc.array(fc.record({ pattern: fc.constantFrom('qq ?[0-9]{5,11}', 'vip', '[0-9]{3}-[0-9]{4}'), message: fc.constant('x') }), { minLength: 1, maxLength: 2 })),
  },
  { requiredKeys: [] },
);

export const PUBLIC_FUNCTIONS: readonly PublicFunction[] = [
  fn('lint', fc.tuple(textArbitrary, lintOptions), ([text, options]) => api.lint(any(text), any(options))),
  fn('createLinter', fc.tuple(linterConfig), ([config]) => api.createLinter(any(config)).lint('【XX银行】加QQ 12345678 VIP')),
  fn('applyFixes', textArbitrary.map((text) => [text, api.lint(text).issues]), ([text, issues]) => api.applyFixes(any(text), any(issues))),
  fn(
    'defineRule',
    fc.tuple(fc.record({ id: fc.constantFrom('my-rule', 'x1'), meta: fc.record({ description: fc.constant('d'), defaultSeverity: fc.constantFrom('error' as const, 'info' as const), fixable: fc.boolean() }), check: fc.constant(() => undefined) })),
    ([rule]) => api.defineRule(any(rule)),
  ),
  fn('normalizeText', fc.tuple(textArbitrary), ([text]) => api.normalizeText(any(text))),
  fn('checkStructure', fc.tuple(textArbitrary, fc.record({ kind: fc.constantFrom('marketing' as const, 'notification' as const), institution: fc.constantFrom('XX银行', '【XX银行】'), maxParts: fc.integer({ min: 1, max: 10 }) }, { requiredKeys: [] })), ([text, options]) => api.checkStructure(any(text), any(options))),
  fn('messageLength', fc.tuple(textArbitrary, fc.record({ billing: fc.constantFrom('china' as const, 'international' as const) }, { requiredKeys: [] })), ([text, options]) => api.messageLength(any(text), any(options))),
  fn('classifyContent', fc.tuple(textArbitrary), ([text]) => api.classifyContent(any(text))),
  fn('classifySegment', fc.tuple(customer, segmentOptions), ([c, o]) => api.classifySegment(any(c), any(o))),
  fn('classifySegments', fc.tuple(fc.array(customer, { maxLength: 5 }), segmentOptions), ([c, o]) => api.classifySegments(any(c), any(o))),
  fn('checkSenderProfile', fc.tuple(senderProfile), ([p]) => api.checkSenderProfile(any(p))),
  fn('screenRecipient', fc.tuple(recipient, screenPolicy), ([r, p]) => api.screenRecipient(any(r), any(p))),
  fn('evaluateCampaign', fc.tuple(campaignStats, fc.record({ deliveryRate: band, replyRate: band, complaintRate: band }, { requiredKeys: [] })), ([s, t]) => api.evaluateCampaign(any(s), any(t))),
  fn('assignVariant', fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), experiment), ([id, e]) => api.assignVariant(any(id), any(e))),
  fn('compareVariants', fc.tuple(variantStats, variantStats, fc.record({ alpha: fc.constantFrom(0.01, 0.05, 0.1), power: fc.constantFrom(0.8, 0.9), minimumDetectableEffect: fc.constantFrom(0.005, 0.1), baselineRate: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] })), ([a, b, o]) => api.compareVariants(any(a), any(b), any(o))),
  fn('checkFrequency', fc.tuple(fc.array(fc.record({ at: near(BASE), signature: fc.constantFrom('甲贷') }, { requiredKeys: ['at'] }), { maxLength: 12 }), fc.record({ at: fc.oneof(fc.constant(BASE), instant), policy: frequencyPolicy }, { requiredKeys: ['at'] })), ([h, o]) => api.checkFrequency(any(h), any(o))),
  fn('checkSendWindow', fc.tuple(instant, fc.record({ start: fc.constantFrom('08:00', '00:00'), end: fc.constantFrom('20:00', '24:00'), timeZone: zone }, { requiredKeys: [] })), ([at, p]) => api.checkSendWindow(any(at), any(p))),
  fn('planSends', fc.tuple(fc.array(fc.oneof(phone, phone.map((to) => ({ to }))), { maxLength: 6 }), fc.array(fc.record({ to: phone, at: near(BASE) }), { maxLength: 12 }), fc.record({ at: fc.oneof(fc.constant(BASE), instant), policy: frequencyPolicy }, { requiredKeys: ['at'] })), ([c, h, o]) => api.planSends(any(c), any(h), any(o))),
  fn('complaintDeadlines', fc.tuple(instant, complaintPolicy), ([at, p]) => api.complaintDeadlines(any(at), any(p))),
  fn('isSuppressed', fc.tuple(phone, fc.array(unsubscribeRequest, { maxLength: 6 }), instant), ([to, r, at]) => api.isSuppressed(any(to), any(r), any(at))),
  fn('parseReply', fc.tuple(textArbitrary, fc.record({ offered: fc.array(fc.constantFrom('1', '2', 'Y'), { maxLength: 3 }) }, { requiredKeys: [] })), ([text, o]) => api.parseReply(any(text), any(o))),
  fn('trackComplaints', fc.tuple(fc.array(complaint, { maxLength: 6 }), fc.record({ at: fc.oneof(fc.constant(BASE), instant), policy: complaintPolicy }, { requiredKeys: ['at'] })), ([c, o]) => api.trackComplaints(any(c), any(o))),
  fn('trackUnsubscribes', fc.tuple(fc.array(unsubscribeRequest, { maxLength: 6 }), fc.record({ at: fc.oneof(fc.constant(BASE), instant), policy: unsubscribePolicy }, { requiredKeys: ['at'] })), ([r, o]) => api.trackUnsubscribes(any(r), any(o))),
  fn('unsubscribeDeadline', fc.tuple(instant, unsubscribePolicy), ([at, p]) => api.unsubscribeDeadline(any(at), any(p))),
];
