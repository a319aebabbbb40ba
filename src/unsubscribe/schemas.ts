import { z } from 'zod';
import { DateInputSchema, ResultDateSchema } from '../_lib/dateInput.js';
import { TimeZoneSchema } from '../_lib/timeZone.js';

const RecipientSchema = z.string().min(1, { error: 'expected a non-empty phone number' });
const CalendarDateSchema = z.iso.date({ error: 'expected a calendar date as YYYY-MM-DD' });

/** Schema of the hours policy: the opt-out must take effect within `hours` of the request. */
export const HoursUnsubscribePolicySchema = z.strictObject({
  kind: z.literal('hours'),
  /** Hours from the request to the deadline; `0` means "at once". Default 24 (a project policy, not a quoted rule). */
  hours: z.number().min(0, { error: 'hours must not be negative' }).max(8760, { error: 'hours must be at most a year' }).default(24),
});

/**
 * Schema of the business-days policy, e.g. the US rule of honouring a revocation within 10 business days:
 * the deadline is the end of the `days`-th business day after the day of the request, in `timeZone`.
 */
export const BusinessDaysUnsubscribePolicySchema = z
  .strictObject({
    kind: z.literal('business-days'),
    days: z.number().int({ error: 'days must be a whole number' }).min(1, { error: 'days must be at least 1' }).max(366).default(10),
    timeZone: TimeZoneSchema.default('Asia/Shanghai'),
    /** Days off besides the weekend (public holidays), as `YYYY-MM-DD`. The library ships no calendar. */
    holidays: z.array(CalendarDateSchema).max(10_000).default([]),
    /** Weekend days that are working days (China's 调休 make-up days), as `YYYY-MM-DD`. */
    workdays: z.array(CalendarDateSchema).max(10_000).default([]),
    /** ISO weekdays that are off (1 = Monday … 7 = Sunday). */
    weekend: z
      .array(z.number().int().min(1).max(7), { error: 'expected ISO weekdays 1–7' })
      .max(6, { error: 'at least one weekday must be a business day' })
      .default([6, 7]),
  })
  .refine((policy) => new Set(policy.weekend).size < 7, {
    error: 'at least one weekday must be a business day',
    path: ['weekend'],
  });

/**
 * Schema of an {@link UnsubscribePolicy}; default `{ kind: 'hours', hours: 24 }`.
 *
 * @example
 * import { UnsubscribePolicySchema } from 'sms-compliance';
 *
 * UnsubscribePolicySchema.parse({ kind: 'hours' }); //=> { kind: 'hours', hours: 24 }
 */
export const UnsubscribePolicySchema = z.discriminatedUnion('kind', [
  HoursUnsubscribePolicySchema,
  BusinessDaysUnsubscribePolicySchema,
]);

/** `{ kind: 'hours', hours? }` or `{ kind: 'business-days', days?, timeZone?, holidays?, workdays?, weekend? }`. */
export type UnsubscribePolicy = z.input<typeof UnsubscribePolicySchema>;

/**
 * Schema of one opt-out request.
 *
 * @example
 * import { UnsubscribeRequestSchema } from 'sms-compliance';
 *
 * UnsubscribeRequestSchema.safeParse({ to: '13800000000', requestedAt: '2026-11-30T09:00:00+08:00' }).success;
 * //=> true
 * UnsubscribeRequestSchema.safeParse({ to: '13800000000' }).error?.issues[0]?.path; //=> ['requestedAt']
 */
export const UnsubscribeRequestSchema = z.strictObject({
  /** The number that asked to stop; compared exactly, across every signature. */
  to: RecipientSchema,
  /** When the refusal was received. */
  requestedAt: DateInputSchema,
  /** When the sending system actually stopped, if it has. */
  effectiveAt: DateInputSchema.optional(),
  /** When the person opted back in (START, UNSTOP, new consent), if they did. */
  resubscribedAt: DateInputSchema.optional(),
  /** The signature the refusal was addressed to; informational — suppression covers every signature. */
  signature: z.string().optional(),
});

/** One opt-out request: `{ to, requestedAt, effectiveAt?, resubscribedAt?, signature? }`. */
export type UnsubscribeRequest = z.input<typeof UnsubscribeRequestSchema>;

/** Schema of the `options` of `trackUnsubscribes`. */
export const TrackUnsubscribesOptionsSchema = z.strictObject({
  at: DateInputSchema,
  policy: UnsubscribePolicySchema.optional(),
});

/** Options of `trackUnsubscribes`: `{ at, policy? }`. */
export type TrackUnsubscribesOptions = z.input<typeof TrackUnsubscribesOptionsSchema>;

/** Status of an opt-out as of `at`. `late` = took effect after the deadline. */
export const UnsubscribeStatusSchema = z.enum(['pending', 'effective', 'overdue', 'late']);

/** Status of an opt-out as of `at`: `pending`, `effective`, `overdue` or `late`. */
export type UnsubscribeStatus = z.output<typeof UnsubscribeStatusSchema>;

/** Schema of one tracked opt-out. */
export const UnsubscribeItemSchema = z.strictObject({
  to: z.string(),
  requestedAt: ResultDateSchema,
  deadline: ResultDateSchema,
  status: UnsubscribeStatusSchema,
  /**
   * `deadline` minus the moment the request was settled (took effect, or the person re-subscribed), or
   * minus `at` while it is open: positive = time to spare, negative = how late or overdue.
   */
  remainingMs: z.number(),
  /** When it took effect, if known as of `at`. */
  effectiveAt: ResultDateSchema.nullable(),
  /** Whether the person re-subscribed (as of `at`), which closes the request. */
  resubscribed: z.boolean(),
});

/** One tracked opt-out. */
export type UnsubscribeItem = z.output<typeof UnsubscribeItemSchema>;

/** Schema of the result of `trackUnsubscribes`. */
export const UnsubscribeReportSchema = z.strictObject({
  items: z.array(UnsubscribeItemSchema),
  summary: z.strictObject({
    total: z.number().int(),
    pending: z.number().int(),
    effective: z.number().int(),
    overdue: z.number().int(),
    late: z.number().int(),
    /** The overdue request received first (input order breaks ties), or `null`. */
    oldestOverdue: z
      .strictObject({
        index: z.number().int(),
        to: z.string(),
        requestedAt: ResultDateSchema,
        deadline: ResultDateSchema,
        overdueMs: z.number(),
      })
      .nullable(),
  }),
});

/** Result of `trackUnsubscribes`: `{ items, summary }`. */
export type UnsubscribeReport = z.output<typeof UnsubscribeReportSchema>;

/** What an inbound reply means. */
export const ReplyIntentSchema = z.enum(['unsubscribe', 'resubscribe', 'help', 'option', 'other']);

/** What an inbound reply means: `unsubscribe`, `resubscribe`, `help`, `option` or `other`. */
export type ReplyIntent = z.output<typeof ReplyIntentSchema>;

/** Schema of the `options` of `parseReply`. */
export const ParseReplyOptionsSchema = z.strictObject({
  /** Reply options the message offered, e.g. `['1', '2']` for "回复1办理，回复2咨询". */
  offered: z.array(z.string().min(1, { error: 'an offered option must not be empty' })).max(100).default([]),
});

/** Options of `parseReply`: `{ offered? }`. */
export type ParseReplyOptions = z.input<typeof ParseReplyOptionsSchema>;

/** Schema of the result of `parseReply`. */
export const ParsedReplySchema = z.strictObject({
  intent: ReplyIntentSchema,
  /** The keyword as listed in the data (`TD`, `STOP`), or the normalised words of a refusal (`不要再发了`). */
  keyword: z.string().optional(),
  /** The offered option, as the caller wrote it, when `intent` is `option`. */
  option: z.string().optional(),
});

/** Result of `parseReply`: `{ intent, keyword?, option? }`. */
export type ParsedReply = z.output<typeof ParsedReplySchema>;

const WordListSchema = z.array(z.string().min(1)).min(1);

/** Schema of `rules/reply-keywords.json`. */
export const ReplyKeywordsSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schema: z.literal('sms-compliance/reply-keywords@1'),
    version: z.string().regex(/^\d{4}\.\d{1,2}\.\d{1,2}$/, { error: 'expected a version like 2026.11.29' }),
    description: z.string(),
    sources: z.record(
      z.string(),
      z.strictObject({ title: z.string(), basis: z.string(), confidence: z.enum(['L', 'R', 'C', 'S', 'U']) }),
    ),
    keywords: z.array(
      z.strictObject({
        intent: z.enum(['unsubscribe', 'resubscribe', 'help']),
        words: WordListSchema,
        source: z.string(),
        note: z.string().optional(),
      }),
    ),
    optionPrefixes: z.array(z.string().min(1)),
    refusal: z.strictObject({
      source: z.string(),
      note: z.string().optional(),
      lead: WordListSchema,
      negators: WordListSchema,
      again: WordListSchema,
      targets: WordListSchema,
      verbs: WordListSchema,
      determiners: WordListSchema,
      objects: WordListSchema,
      tails: WordListSchema,
      contains: WordListSchema,
      notRefusal: WordListSchema,
      /** Words that end in a negator without being one (特别, 分别): a refusal never starts inside them. */
      notNegators: WordListSchema,
    }),
  })
  .superRefine((data, context) => {
    const cite = (source: string, path: PropertyKey[]) => {
      if (!(source in data.sources)) context.addIssue({ code: 'custom', message: `unknown source "${source}"`, path });
    };
    data.keywords.forEach((entry, i) => cite(entry.source, ['keywords', i, 'source']));
    cite(data.refusal.source, ['refusal', 'source']);
  });

/** The reply-keyword data: keywords per intent, option prefixes and the refusal grammar's word lists. */
export type ReplyKeywords = z.output<typeof ReplyKeywordsSchema>;

/**
 * Schema of a {@link ComplaintPolicy}: minutes from receipt to each level's deadline.
 *
 * @example
 * import { ComplaintPolicySchema } from 'sms-compliance';
 *
 * ComplaintPolicySchema.parse({}); //=> { level1Minutes: 5, level2Minutes: 120, level3Minutes: 720 }
 */
export const ComplaintPolicySchema = z.strictObject({
  /** Level 1, automated reply (智能客服即时处理). Default 5. */
  level1Minutes: z.number().positive({ error: 'level1Minutes must be positive' }).max(525_600).default(5),
  /** Level 2, human follow-up (人工专员跟进). Default 120. */
  level2Minutes: z.number().positive({ error: 'level2Minutes must be positive' }).max(525_600).default(120),
  /** Level 3, filing with the risk department, serious complaints only (风控部门备案). Default 720. */
  level3Minutes: z.number().positive({ error: 'level3Minutes must be positive' }).max(525_600).default(720),
});

/** Complaint response deadlines in minutes: `{ level1Minutes?, level2Minutes?, level3Minutes? }`. */
export type ComplaintPolicy = z.input<typeof ComplaintPolicySchema>;

/** Schema of the result of `complaintDeadlines`. */
export const ComplaintDeadlinesSchema = z.strictObject({
  receivedAt: ResultDateSchema,
  levels: z.array(
    z.strictObject({
      level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      name: z.string(),
      deadline: ResultDateSchema,
      /** Level 3 applies to serious complaints only. */
      seriousOnly: z.boolean(),
    }),
  ),
});

/** Result of `complaintDeadlines`: `{ receivedAt, levels: { level, name, deadline, seriousOnly }[] }`. */
export type ComplaintDeadlines = z.output<typeof ComplaintDeadlinesSchema>;

/** Schema of one complaint for `trackComplaints`. */
export const ComplaintSchema = z.strictObject({
  /** Your reference, echoed back. */
  id: z.string().optional(),
  receivedAt: DateInputSchema,
  /** Whether it is a serious complaint (重大投诉), which needs level 3. Default false. */
  serious: z.boolean().default(false),
  /** When the automated reply went out. */
  level1At: DateInputSchema.optional(),
  /** When a person followed up. */
  level2At: DateInputSchema.optional(),
  /** When it was filed with the risk department. */
  level3At: DateInputSchema.optional(),
});

/** One complaint: `{ id?, receivedAt, serious?, level1At?, level2At?, level3At? }`. */
export type Complaint = z.input<typeof ComplaintSchema>;

/**
 * Schema of the `options` of `trackComplaints`.
 *
 * @example
 * import { TrackComplaintsOptionsSchema } from 'sms-compliance';
 *
 * TrackComplaintsOptionsSchema.parse({ at: '2026-12-01T10:00:00+08:00' }).policy;
 * //=> { level1Minutes: 5, level2Minutes: 120, level3Minutes: 720 }
 */
export const TrackComplaintsOptionsSchema = z.strictObject({
  at: DateInputSchema,
  policy: ComplaintPolicySchema.prefault({}),
});

/** Options of `trackComplaints`: `{ at, policy? }`. */
export type TrackComplaintsOptions = z.input<typeof TrackComplaintsOptionsSchema>;

/** Status of one response level as of `at`. */
export const ComplaintLevelStatusSchema = z.enum(['pending', 'done', 'overdue', 'late', 'not-required']);

/** Status of one response level: `pending`, `done`, `overdue`, `late` or `not-required` (level 3, not serious). */
export type ComplaintLevelStatus = z.output<typeof ComplaintLevelStatusSchema>;

/** Schema of the result of `trackComplaints`. */
export const ComplaintReportSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string().optional(),
      receivedAt: ResultDateSchema,
      serious: z.boolean(),
      /** The worst level status: overdue, then late, then pending, then done. */
      status: z.enum(['pending', 'done', 'overdue', 'late']),
      levels: z.array(
        z.strictObject({
          level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
          name: z.string(),
          deadline: ResultDateSchema,
          status: ComplaintLevelStatusSchema,
          /** As for opt-outs: `deadline` minus when it was done, or minus `at` while open. `0` when not required. */
          remainingMs: z.number(),
        }),
      ),
    }),
  ),
  summary: z.strictObject({
    total: z.number().int(),
    pending: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    late: z.number().int(),
    /** The overdue level whose deadline passed first, or `null`. */
    oldestOverdue: z
      .strictObject({
        index: z.number().int(),
        id: z.string().optional(),
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        deadline: ResultDateSchema,
        overdueMs: z.number(),
      })
      .nullable(),
  }),
});

/** Result of `trackComplaints`: `{ items, summary }`. */
export type ComplaintReport = z.output<typeof ComplaintReportSchema>;
