import { z } from 'zod';
import { DateInputSchema, ResultDateSchema } from '../_lib/dateInput.js';
import { TimeZoneSchema } from '../_lib/timeZone.js';

const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
/** `HH:mm` on a 24-hour clock; `24:00` is allowed as an end (midnight of the next day). */
const ClockTimeSchema = z.string().regex(CLOCK_TIME, { error: 'expected a time of day as HH:mm (00:00–24:00)' });

/**
 * Schema of a {@link SendWindowPolicy}: the daily window, in the recipient's time zone, inside which marketing
 * may be sent. `start` is inclusive and `end` exclusive.
 *
 * @example
 * import { SendWindowPolicySchema } from 'sms-compliance';
 *
 * SendWindowPolicySchema.parse({}); //=> { start: '08:00', end: '20:00' }
 */
export const SendWindowPolicySchema = z
  .strictObject({
    /** First minute of the window (inclusive), local time. */
    start: ClockTimeSchema.default('08:00'),
    /** End of the window (exclusive), local time; `24:00` means midnight. */
    end: ClockTimeSchema.default('20:00'),
    /**
     * Zone the clock times are read in. `checkSendWindow` defaults to `Asia/Shanghai`; inside a
     * {@link FrequencyPolicy} it defaults to the policy's `timeZone`.
     */
    timeZone: TimeZoneSchema.optional(),
  })
  // Compared only when both are clock times: "8:00" is one problem, not also an order problem.
  .refine((policy) => !CLOCK_TIME.test(policy.start) || !CLOCK_TIME.test(policy.end) || policy.start < policy.end, {
    error: 'start must be earlier than end (windows that cross midnight are not supported)',
    path: ['end'],
  });

/** A daily send window such as `{ start: '08:00', end: '21:00', timeZone: 'Asia/Shanghai' }`. All fields optional. */
export type SendWindowPolicy = z.input<typeof SendWindowPolicySchema>;

/** Result of {@link checkSendWindow}. */
export const SendWindowDecisionSchema = z.strictObject({
  /** Whether `at` is inside the window. */
  allowed: z.boolean(),
  /** The start of the next window when `at` is outside one, else `null`. */
  nextWindowStart: ResultDateSchema.nullable(),
  /** The end (exclusive) of the window `at` is in, else `null`. */
  windowEndsAt: ResultDateSchema.nullable(),
});

/** Result of {@link checkSendWindow}: `{ allowed, nextWindowStart, windowEndsAt }`. */
export type SendWindowDecision = z.output<typeof SendWindowDecisionSchema>;

/** Schema of the `window` of a {@link FrequencyPolicy}. */
export const FrequencyWindowSchema = z.union(
  [
    z.literal('calendar-month'),
    z.strictObject({
      rollingDays: z
        .number()
        .int({ error: 'rollingDays must be a whole number of 24-hour days' })
        .min(1, { error: 'rollingDays must be at least 1' })
        .max(3660, { error: 'rollingDays must be at most 3660' }),
    }),
  ],
  { error: "expected 'calendar-month' or { rollingDays: number }" },
);

/**
 * Schema of a {@link FrequencyPolicy}. Defaults: 5 sends per calendar month in `Asia/Shanghai`, no daily limit,
 * no minimum gap, no send window.
 *
 * @example
 * import { FrequencyPolicySchema } from 'sms-compliance';
 *
 * FrequencyPolicySchema.parse({}); //=> { limit: 5, window: 'calendar-month', timeZone: 'Asia/Shanghai' }
 * FrequencyPolicySchema.safeParse({ limit: 0 }).error?.issues[0]?.message;
 * //=> 'limit must be at least 1 (use the suppression list to stop all sends to a number)'
 */
export const FrequencyPolicySchema = z.strictObject({
  /** Sends allowed per window, per number, across every signature of the operator. */
  limit: z
    .number()
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1 (use the suppression list to stop all sends to a number)' })
    .default(5),
  /** `'calendar-month'` (in `timeZone`) or `{ rollingDays }` (24-hour days back from `at`). */
  window: FrequencyWindowSchema.default('calendar-month'),
  /** Zone used for calendar months and calendar days. */
  timeZone: TimeZoneSchema.default('Asia/Shanghai'),
  /** Extra limit: sends per calendar day in `timeZone`. */
  dailyLimit: z
    .number()
    .int({ error: 'dailyLimit must be a whole number' })
    .min(1, { error: 'dailyLimit must be at least 1' })
    .optional(),
  /** Extra limit: minimum minutes between two sends to the same number. */
  minGapMinutes: z
    .number()
    .int({ error: 'minGapMinutes must be a whole number' })
    .min(1, { error: 'minGapMinutes must be at least 1' })
    .max(527_040, { error: 'minGapMinutes must be at most one year' })
    .optional(),
  /** Also require sends to fall inside a daily window (off unless given; `{}` means 08:00–20:00). */
  sendWindow: SendWindowPolicySchema.optional(),
});

/** A frequency-cap policy as callers write it; every field is optional (see {@link FrequencyPolicySchema}). */
export type FrequencyPolicy = z.input<typeof FrequencyPolicySchema>;

/** A {@link FrequencyPolicy} with its defaults applied. */
export type ResolvedFrequencyPolicy = z.output<typeof FrequencyPolicySchema>;

/**
 * Schema of one past send to a number.
 *
 * @example
 * import { SendRecordSchema } from 'sms-compliance';
 *
 * SendRecordSchema.safeParse({ at: '2026-11-30T09:00:00+08:00' }).success; //=> true
 * SendRecordSchema.safeParse({ at: '2026-11-30 09:00' }).error?.issues[0]?.path; //=> ['at']
 */
export const SendRecordSchema = z.strictObject({
  /** When the message was sent. */
  at: DateInputSchema,
  /** The signature (【签名】) it went out under; informational — the cap counts every signature. */
  signature: z.string().optional(),
});

/** One past send to a number: `{ at, signature? }`. */
export type SendRecord = z.input<typeof SendRecordSchema>;

/**
 * Schema of the `options` of {@link checkFrequency}.
 *
 * @example
 * import { CheckFrequencyOptionsSchema } from 'sms-compliance';
 *
 * CheckFrequencyOptionsSchema.parse({ at: '2026-12-01T10:00:00+08:00' });
 * //=> { at: 2026-12-01T02:00:00.000Z, policy: { limit: 5, window: 'calendar-month', timeZone: 'Asia/Shanghai' } }
 * CheckFrequencyOptionsSchema.safeParse({ at: '2026-12-01T10:00:00+08:00', policy: { window: { rollingDays: 0 } } })
 *   .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
 * //=> [['policy.window.rollingDays', 'rollingDays must be at least 1']]
 */
export const CheckFrequencyOptionsSchema = z.strictObject({
  /** The instant of the intended send. */
  at: DateInputSchema,
  policy: FrequencyPolicySchema.prefault({}),
});

/** Options of {@link checkFrequency}: `{ at, policy? }`. */
export type CheckFrequencyOptions = z.input<typeof CheckFrequencyOptionsSchema>;

/** Why a send is refused, in the order the limits are checked. */
export const FrequencyReasonSchema = z.enum([
  'limit-reached',
  'daily-limit-reached',
  'min-gap',
  'outside-send-window',
]);

/** Why a send is refused: `limit-reached`, `daily-limit-reached`, `min-gap` or `outside-send-window`. */
export type FrequencyReason = z.output<typeof FrequencyReasonSchema>;

/** Result of {@link checkFrequency}. */
export const FrequencyDecisionSchema = z.strictObject({
  /** Whether a send at `at` keeps every limit. */
  allowed: z.boolean(),
  /** Sends in the cap window containing `at` (records after `at` are not counted). */
  used: z.number().int().min(0),
  /** `limit − used`, never negative. */
  remaining: z.number().int().min(0),
  /** Calendar month: first instant of the month. Rolling: `at` minus the days (a send exactly then has aged out). */
  windowStart: ResultDateSchema,
  /** Calendar month: first instant of the next month (exclusive). Rolling: `at`. */
  windowEnd: ResultDateSchema,
  /** Earliest instant at which a send would be allowed under every limit; `null` when allowed now. */
  nextAllowedAt: ResultDateSchema.nullable(),
  /** The first limit that refuses the send. */
  reason: FrequencyReasonSchema.optional(),
});

/** Result of {@link checkFrequency}. */
export type FrequencyDecision = z.output<typeof FrequencyDecisionSchema>;

/** Schema of a phone number key: any non-empty string, compared exactly (normalise numbers before). */
export const RecipientSchema = z.string().min(1, { error: 'expected a non-empty phone number' });

/** Schema of one `planSends` candidate: a number or `{ to }`. */
export const SendCandidateSchema = z.union([RecipientSchema, z.strictObject({ to: RecipientSchema })], {
  error: 'expected a phone number string or { to: string }',
});

/** One `planSends` candidate: a number or `{ to }`. */
export type SendCandidate = z.input<typeof SendCandidateSchema>;

/** Schema of one record of a flat history: `{ to, at, signature? }`. */
export const RecipientSendRecordSchema = z.strictObject({
  to: RecipientSchema,
  at: DateInputSchema,
  signature: z.string().optional(),
});

/** One record of a flat history: `{ to, at, signature? }`. */
export type RecipientSendRecord = z.input<typeof RecipientSendRecordSchema>;

/** The history `planSends` accepts: sends grouped by number, or a flat iterable of `{ to, at }`. */
export type SendHistory = ReadonlyMap<string, readonly SendRecord[]> | Iterable<RecipientSendRecord>;

/**
 * Schema of the `options` of {@link planSends}.
 *
 * @example
 * import { PlanSendsOptionsSchema } from 'sms-compliance';
 *
 * PlanSendsOptionsSchema.parse({ at: '2026-12-01T10:00:00+08:00', policy: { limit: 4 } });
 * //=> { at: 2026-12-01T02:00:00.000Z, policy: { limit: 4, window: 'calendar-month', timeZone: 'Asia/Shanghai' } }
 */
export const PlanSendsOptionsSchema = CheckFrequencyOptionsSchema;

/** Options of {@link planSends}: `{ at, policy? }`. */
export type PlanSendsOptions = z.input<typeof PlanSendsOptionsSchema>;

/** One entry of the result of {@link planSends}. */
export const PlannedSendSchema = z.strictObject({
  to: z.string(),
  allowed: z.boolean(),
  /** `nextAllowedAt` for this entry (counting earlier allowed entries of the batch), `null` when allowed. */
  deferredUntil: ResultDateSchema.nullable(),
  reason: FrequencyReasonSchema.optional(),
});

/** One entry of the result of {@link planSends}: `{ to, allowed, deferredUntil, reason? }`. */
export type PlannedSend = z.output<typeof PlannedSendSchema>;
