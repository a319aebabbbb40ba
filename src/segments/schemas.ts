import { z } from 'zod';
import { DateInputSchema } from '../_lib/dateInput.js';
import { TimeZoneSchema } from '../_lib/timeZone.js';
// One definition of the segment enum for the whole library: lint options and results share it.
import { SegmentSchema } from '../engine/schemas.js';

/** Schema of the three message content types that fit segments A, B and C. */
export const ContentTypeSchema = z.enum(['renewal-reminder', 'rate-offer', 'process-intro']);

/**
 * A message content type: `renewal-reminder` (产品续期提醒, for A), `rate-offer` (利率优惠信息, for B)
 * or `process-intro` (服务流程介绍, for C).
 */
export type ContentType = z.output<typeof ContentTypeSchema>;

/**
 * Schema of a customer lifecycle stage: `awareness` (认知期), `nurture` (培育期), `conversion` (转化期),
 * `service` (服务期) or `maintenance` (维护期).
 */
export const LifecycleStageSchema = z.enum(['awareness', 'nurture', 'conversion', 'service', 'maintenance']);

/** A customer lifecycle stage (认知/培育/转化/服务/维护), see `docs/segments.md`. */
export type LifecycleStage = z.output<typeof LifecycleStageSchema>;

/** Schema of a loan's status. `closed` means 已结清. */
export const LoanStatusSchema = z.enum(['active', 'overdue', 'closed']);

/** Schema of one loan record of a customer. */
export const LoanRecordSchema = z.strictObject({
  /** When the loan was disbursed. */
  openedAt: DateInputSchema,
  /** When it was paid off; when given, it decides whether the loan is still open at `at`. */
  closedAt: DateInputSchema.optional(),
  status: LoanStatusSchema,
});

/** One loan record of a customer (input form: dates as `DateInput`). */
export type LoanRecord = z.input<typeof LoanRecordSchema>;

/** Schema of one enquiry (咨询) a customer made. */
export const InquirySchema = z.strictObject({
  at: DateInputSchema,
  /** Free-form, e.g. `app`, `hotline`, `wechat`; recorded, not used for classification. */
  channel: z.string().optional(),
});

/** One enquiry a customer made (input form). */
export type Inquiry = z.input<typeof InquirySchema>;

/**
 * A birth date: a plain `YYYY-MM-DD` is a calendar date taken literally (no zone shift); any other
 * `DateInput` is an instant whose calendar day is read in `policy.timeZone`.
 */
export const BirthDateSchema = z.union([z.iso.date(), DateInputSchema], {
  error: 'expected a calendar date (YYYY-MM-DD), a valid Date, an ISO-8601 string with a zone or epoch milliseconds',
});

/**
 * Schema of the profile of one customer; everything but `id` is optional.
 *
 * @example
 * import { CustomerProfileSchema } from 'sms-compliance';
 *
 * CustomerProfileSchema.safeParse({ id: 'c-1', registeredAt: '2026-11-01T09:30:00+08:00' }).success; //=> true
 * CustomerProfileSchema.safeParse({ registeredAt: '2026-11-01T09:30:00+08:00' }).error?.issues[0]?.path; //=> ['id']
 */
export const CustomerProfileSchema = z.strictObject({
  id: z.string().min(1, { error: 'expected a non-empty customer id' }),
  /** A borrowing record exists even when the individual loans are not listed. */
  hasLoanRecord: z.boolean().optional(),
  loans: z.array(LoanRecordSchema).optional(),
  inquiries: z.array(InquirySchema).optional(),
  registeredAt: DateInputSchema.optional(),
  isStudent: z.boolean().optional(),
  birthDate: BirthDateSchema.optional(),
  /** When the customer refused marketing (拒收/退订); any value excludes the customer. */
  optedOutAt: DateInputSchema.optional(),
  tags: z.array(z.string()).optional(),
});

/**
 * The profile of one customer, as the host passes it in (dates as `Date`, ISO string with a zone or
 * epoch ms).
 */
export type CustomerProfile = z.input<typeof CustomerProfileSchema>;

/**
 * Schema of the thresholds of the A/B/C classification; every field has a default.
 *
 * @example
 * import { SegmentPolicySchema } from 'sms-compliance';
 *
 * SegmentPolicySchema.parse({ newUserDays: 60 });
 * //=> { minInquiries: 1, inquiryWindowDays: 30, newUserDays: 60, minAge: 18, excludedTags: [],
 * //     timeZone: 'Asia/Shanghai' }
 */
export const SegmentPolicySchema = z.strictObject({
  /** An enquiry counts as active when at least this many fall in the enquiry window. */
  minInquiries: z.number().int().min(1).max(10_000).default(1),
  /** The enquiry window, in calendar days of `timeZone`, ending at `at` (both ends inclusive). */
  inquiryWindowDays: z.number().int().min(1).max(3650).default(30),
  /** A registration within this many calendar days before `at` (inclusive) makes a customer C. */
  newUserDays: z.number().int().min(1).max(3650).default(90),
  /** Customers younger than this at `at` are excluded; never below 18 (未成年人). */
  minAge: z.number().int().min(18, { error: 'minAge may not be below 18: minors are always excluded' }).max(150).default(18),
  /** Customers carrying any of these tags are excluded (e.g. a complaint or do-not-contact list). */
  excludedTags: z.array(z.string().min(1)).default([]),
  /** The zone in which calendar days and birthdays are counted. */
  timeZone: TimeZoneSchema.default('Asia/Shanghai'),
});

/** Thresholds of the A/B/C classification (input form: every field optional). */
export type SegmentPolicy = z.input<typeof SegmentPolicySchema>;

/** The policy with every default applied. */
export type ResolvedSegmentPolicy = z.output<typeof SegmentPolicySchema>;

/**
 * Schema of the options of `classifySegment` and `classifySegments`.
 *
 * @example
 * import { ClassifySegmentOptionsSchema } from 'sms-compliance';
 *
 * ClassifySegmentOptionsSchema.parse({ at: '2026-11-29T10:00:00+08:00' }).policy;
 * //=> { minInquiries: 1, inquiryWindowDays: 30, newUserDays: 90, minAge: 18, excludedTags: [],
 * //     timeZone: 'Asia/Shanghai' }
 */
export const ClassifySegmentOptionsSchema = z.strictObject({
  /** The instant the classification is made for (usually the planned send time). */
  at: DateInputSchema,
  policy: SegmentPolicySchema.prefault({}),
});

/** Options of `classifySegment` and `classifySegments`. */
export type ClassifySegmentOptions = z.input<typeof ClassifySegmentOptionsSchema>;

/** Schema of the result of classifying one customer. */
export const SegmentResultSchema = z.strictObject({
  segment: SegmentSchema,
  /** Why, in Chinese: the rule(s) that decided it, or for `unclassified` why none applied; then the lifecycle stage. */
  reasons: z.array(z.string()).min(1),
  /** The content type that fits the segment; `null` for `excluded` and `unclassified`. */
  contentType: ContentTypeSchema.nullable(),
  /** Absent for `excluded` customers, who get no marketing at any stage. */
  lifecycleStage: LifecycleStageSchema.optional(),
});

/**
 * The classification of one customer: plain JSON data.
 */
export type SegmentResult = z.output<typeof SegmentResultSchema>;

/** Schema of the number of customers per segment. */
export const SegmentCountsSchema = z.strictObject({
  A: z.number().int(),
  B: z.number().int(),
  C: z.number().int(),
  excluded: z.number().int(),
  unclassified: z.number().int(),
});

/** The number of customers per segment. */
export type SegmentCounts = z.output<typeof SegmentCountsSchema>;

/** Schema of one entry of a batch result: the customer's id and its classification. */
export const SegmentBatchEntrySchema = SegmentResultSchema.extend({ id: z.string() });

/** One entry of a batch result: the customer's `id` plus its {@link SegmentResult}. */
export type SegmentBatchEntry = z.output<typeof SegmentBatchEntrySchema>;

/** Schema of the result of `classifySegments`. */
export const SegmentBatchResultSchema = z.strictObject({
  /** One entry per customer, in input order. */
  results: z.array(SegmentBatchEntrySchema),
  counts: SegmentCountsSchema,
  total: z.number().int(),
});

/** The result of `classifySegments`: entries in input order, counts per segment and the total. */
export type SegmentBatchResult = z.output<typeof SegmentBatchResultSchema>;

/** Schema of one piece of evidence found by `classifyContent`. */
export const ContentEvidenceSchema = z.strictObject({
  contentType: ContentTypeSchema,
  /** The phrase of `rules/content-types.json` that matched (normalised form). */
  phrase: z.string(),
  /** `text.slice(start, end)`: the phrase as written in the message. */
  excerpt: z.string(),
  /** UTF-16 offset into the original text (inclusive). */
  start: z.number().int(),
  /** UTF-16 offset into the original text (exclusive). */
  end: z.number().int(),
  weight: z.number(),
});

/** One matched phrase, with its span in the original text and its weight. */
export type ContentEvidence = z.output<typeof ContentEvidenceSchema>;

/** Schema of the result of `classifyContent`. */
export const ContentClassificationSchema = z.strictObject({
  /** The recognised content type, or `null` when the evidence is too weak or tied. */
  contentType: ContentTypeSchema.nullable(),
  /** `(top − second) / (top + prior)` when a type is recognised, else 0; always in [0, 1). */
  confidence: z.number().min(0).max(1),
  /** Per content type, the sum of the weights of the distinct phrases found. */
  scores: z.strictObject({
    'renewal-reminder': z.number(),
    'rate-offer': z.number(),
    'process-intro': z.number(),
  }),
  /** Every matched phrase, ordered by `start`. */
  evidence: z.array(ContentEvidenceSchema),
});

/** What `classifyContent` found: the content type, a confidence and the evidence behind it. */
export type ContentClassification = z.output<typeof ContentClassificationSchema>;

const ContentPhraseSchema = z.strictObject({
  /** Matched against the NFKC + lower-cased view, so it must itself be in that form. */
  phrase: z.string().min(1),
  weight: z.number().int().min(1).max(5),
  /** Key into the pack's `sources`. */
  source: z.string(),
});

const ContentTypeEntrySchema = z.strictObject({
  /** The name used in messages, in Chinese. */
  label: z.string().min(1),
  description: z.string(),
  phrases: z.array(ContentPhraseSchema).min(1),
});

/** Schema of `rules/content-types.json`: the evidence phrases per content type, versioned, with sources. */
export const ContentTypesPackSchema = z
  .strictObject({
    schema: z.literal('sms-compliance/content-types@1'),
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}$/, { error: 'expected a version like 2026.11.29' }),
    description: z.string(),
    scoring: z.strictObject({
      /** A content type is recognised only when its score reaches this. */
      minScore: z.number().positive(),
      /** The `prior` of the confidence formula: it keeps one weak phrase from looking certain. */
      prior: z.number().positive(),
      /**
       * An APR disclosure ("年化利率(单利)7.2%") that opens its clause, after at most one of these rate words
       * ("利率3.6%（年化）"), is the disclosure every loan message must carry: its phrases are evidence of nothing.
       */
      disclosureLeads: z.array(z.string().min(1)),
    }),
    sources: z.record(
      z.string(),
      z.strictObject({
        title: z.string().min(1),
        /** Row of `regulatory-basis.md`, when the entry rests on one. */
        basis: z.string().optional(),
        confidence: z.enum(['L', 'R', 'C', 'S', 'U', 'compiled']),
        note: z.string().optional(),
      }),
    ),
    contentTypes: z.strictObject({
      'renewal-reminder': ContentTypeEntrySchema,
      'rate-offer': ContentTypeEntrySchema,
      'process-intro': ContentTypeEntrySchema,
    }),
  })
  .superRefine((pack, ctx) => {
    const seen = new Map<string, string>();
    for (const [type, entry] of Object.entries(pack.contentTypes)) {
      entry.phrases.forEach((item, index) => {
        const path = ['contentTypes', type, 'phrases', index];
        if (item.phrase !== item.phrase.normalize('NFKC').toLowerCase()) {
          ctx.addIssue({ code: 'custom', path: [...path, 'phrase'], message: 'phrase must be NFKC-normalised and lower-case' });
        }
        if (!(item.source in pack.sources)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `unknown source "${item.source}"` });
        }
        const other = seen.get(item.phrase);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: [...path, 'phrase'], message: `duplicate phrase "${item.phrase}" (also in ${other})` });
        }
        seen.set(item.phrase, type);
      });
    }
  });

/** The parsed content-types pack. */
export type ContentTypesPack = z.output<typeof ContentTypesPackSchema>;
