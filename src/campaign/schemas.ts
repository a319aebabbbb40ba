import { z } from 'zod';
import { DateInputSchema } from '../_lib/dateInput.js';
import { TimeZoneSchema } from '../_lib/timeZone.js';

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** How serious a profile finding is; `error` makes a sender profile not `ok`. */
export const ProfileIssueSeveritySchema = z.enum(['error', 'warning']);

const KEBAB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+){0,15}$/;
const KebabIdSchema = z.string().regex(KEBAB_ID, { error: 'expected a kebab-case id such as local-filing' });
const NonNegativeCount = z.number().int({ error: 'expected a non-negative integer' }).nonnegative();
const Ratio = z.number().finite().min(0).max(1);

// ---------------------------------------------------------------------------------------------
// rules/sender-qualifications.json
// ---------------------------------------------------------------------------------------------

/** One cited basis in the qualifications data. */
export const QualificationSourceSchema = z.strictObject({
  /** Statute, regulator notice or carrier rule, in Chinese. */
  title: z.string().min(1),
  /** What the source says and where it was read (a row of regulatory-basis.md). */
  reference: z.string().min(1),
  /** The confidence mark of the reference row: L, R, C, S or U. */
  confidence: z.enum(['L', 'R', 'C', 'S', 'U']),
});

/** A province (GB/T 2260 two-digit code) and the one-character abbreviations used in licence numbers. */
export const ProvinceSchema = z.strictObject({
  code: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  abbreviations: z.array(z.string().regex(/^\p{Script=Han}$/u)).min(1),
});

/** The sender-profile fields a built-in requirement checks. */
export const RequirementFieldSchema = z.enum(['icpLicense', 'spServiceCode', 'financialFiling', 'ports']);

/** A built-in qualification item. */
export const RequirementSchema = z.strictObject({
  id: KebabIdSchema,
  field: RequirementFieldSchema,
  /** The document's name, in Chinese. */
  label: z.string().min(1),
  /** The expected format, in Chinese (quoted in messages). */
  format: z.string().min(1),
  /** Key into `sources`. */
  source: z.string().min(1),
});

/**
 * An extra document a province requires: the sender profile must carry a non-blank
 * `documents[id]` when its province (or its ICP licence's province) matches.
 */
export const ProvinceRequirementSchema = z.strictObject({
  id: KebabIdSchema,
  /** The document's name, in Chinese. */
  label: z.string().min(1),
  /** Where the requirement comes from (free text or a key of `sources`). */
  source: z.string().min(1).optional(),
});

/** Province-specific requirements keyed by a province abbreviation (`京`, `粤`). */
export const ProvinceRequirementsSchema = z.record(
  z.string().regex(/^\p{Script=Han}$/u, { error: 'expected a one-character province abbreviation such as 京' }),
  z.array(ProvinceRequirementSchema),
);

/**
 * Schema of `rules/sender-qualifications.json`: province abbreviations for ICP licence numbers,
 * the required qualification items and their sources, versioned.
 *
 * @example
 * import { SenderQualificationsSchema } from 'sms-compliance';
 *
 * // In this repository: import data from '../rules/sender-qualifications.json';
 * declare const data: unknown;
 * SenderQualificationsSchema.parse(data).requirements.map((r) => r.id);
 * //=> ['icp-license', 'sp-service-code', 'financial-filing', 'sms-port']
 * SenderQualificationsSchema.safeParse({ schema: 'sms-compliance/sender-qualifications@2' }).success;
 * //=> false
 */
export const SenderQualificationsSchema = z
  .strictObject({
    schema: z.literal('sms-compliance/sender-qualifications@1'),
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}$/, { error: 'expected a YYYY.MM.DD version' }),
    sources: z.record(z.string().min(1), QualificationSourceSchema),
    provinces: z.array(ProvinceSchema).min(1),
    requirements: z.array(RequirementSchema).min(1),
    provinceRequirements: ProvinceRequirementsSchema,
  })
  .superRefine((data, ctx) => {
    const seen = new Map<string, number>();
    data.provinces.forEach((province, index) => {
      province.abbreviations.forEach((abbreviation, j) => {
        if (seen.has(abbreviation)) {
          ctx.addIssue({
            code: 'custom',
            path: ['provinces', index, 'abbreviations', j],
            message: `abbreviation ${abbreviation} is already used by provinces[${seen.get(abbreviation)}]`,
          });
        }
        seen.set(abbreviation, index);
      });
    });
    const ids = new Set<string>();
    data.requirements.forEach((requirement, index) => {
      if (ids.has(requirement.id)) {
        ctx.addIssue({ code: 'custom', path: ['requirements', index, 'id'], message: `duplicate id ${requirement.id}` });
      }
      ids.add(requirement.id);
      if (!(requirement.source in data.sources)) {
        ctx.addIssue({ code: 'custom', path: ['requirements', index, 'source'], message: `unknown source ${requirement.source}` });
      }
    });
    for (const abbreviation of Object.keys(data.provinceRequirements)) {
      if (!seen.has(abbreviation)) {
        ctx.addIssue({ code: 'custom', path: ['provinceRequirements', abbreviation], message: `unknown province ${abbreviation}` });
      }
    }
  });

/** The parsed contents of `rules/sender-qualifications.json`. */
export type SenderQualifications = z.output<typeof SenderQualificationsSchema>;
/** A province-specific required document (see {@link ProvinceRequirementSchema}). */
export type ProvinceRequirement = z.input<typeof ProvinceRequirementSchema>;

// ---------------------------------------------------------------------------------------------
// checkSenderProfile
// ---------------------------------------------------------------------------------------------

/** The financial-regulator licence or filing of the sender. */
export const FinancialFilingSchema = z.strictObject({
  /** 金融许可证 / 经营许可证 number. */
  licenseNumber: z.string().optional(),
  /** 备案号 with the financial regulator. */
  filingNumber: z.string().optional(),
  /** Who issued it, e.g. `国家金融监督管理总局`, `中国人民银行`, a local financial bureau. */
  regulator: z.string().optional(),
});

/** The qualifications a loan-SMS sender holds, as the host knows them. Every field may be missing. */
export const SenderProfileSchema = z.strictObject({
  /** Company name, for messages only. */
  name: z.string().optional(),
  /** Province abbreviation of the registered company (`京`, `粤`); defaults to the ICP licence's. */
  province: z.string().optional(),
  /** 增值电信业务经营许可证 number, e.g. `京B2-20190001`. */
  icpLicense: z.string().optional(),
  /** SP 业务代码. */
  spServiceCode: z.string().optional(),
  financialFiling: FinancialFilingSchema.optional(),
  /** 106 port numbers the sender uses. */
  ports: z.array(z.string()).optional(),
  /** Further documents keyed by requirement id (for province-specific requirements). */
  documents: z.record(z.string(), z.string()).optional(),
});

/** Options of `checkSenderProfile`. */
export const CheckSenderProfileOptionsSchema = z.strictObject({
  /** Extra documents per province, added to those in the rules data. */
  provinceRequirements: ProvinceRequirementsSchema.optional(),
});

/**
 * One finding about a sender profile. Plain data; there is no text span, so `path` names the field.
 *
 * @example
 * import { checkSenderProfile, ProfileIssueSchema } from 'sms-compliance';
 *
 * ProfileIssueSchema.parse(checkSenderProfile({}).issues[0]).code;
 * //=> 'icp-license-missing'
 */
export const ProfileIssueSchema = z.strictObject({
  /** Kebab-case code, e.g. `icp-license-malformed`. */
  code: z.string(),
  severity: ProfileIssueSeveritySchema,
  /** What is wrong and why, in Chinese, with the basis. */
  message: z.string(),
  /** The profile field concerned, e.g. `icpLicense`, `ports[1]`, `documents.local-filing`. */
  path: z.string(),
  /** Key into the rules data's `sources` (or the source given by a province requirement). */
  source: z.string().optional(),
});

/** The result of `checkSenderProfile`. */
export const SenderProfileResultSchema = z.strictObject({
  /** `false` iff some issue has severity `error`. */
  ok: z.boolean(),
  issues: z.array(ProfileIssueSchema),
});

/** A sender profile as accepted by `checkSenderProfile`. */
export type SenderProfile = z.input<typeof SenderProfileSchema>;
/** The financial-regulator licence or filing of a sender. */
export type FinancialFiling = z.input<typeof FinancialFilingSchema>;
/** Options of `checkSenderProfile`. */
export type CheckSenderProfileOptions = z.input<typeof CheckSenderProfileOptionsSchema>;
/** One finding about a sender profile. */
export type ProfileIssue = z.output<typeof ProfileIssueSchema>;
/** The result of `checkSenderProfile`. */
export type SenderProfileResult = z.output<typeof SenderProfileResultSchema>;

// ---------------------------------------------------------------------------------------------
// screenRecipient
// ---------------------------------------------------------------------------------------------

/** A calendar date `YYYY-MM-DD` (read in the policy's zone) or an instant. */
const BirthDateSchema = z.union([z.iso.date(), DateInputSchema], {
  error: 'expected a calendar date YYYY-MM-DD, a Date, an ISO-8601 string with a zone or epoch milliseconds',
});

/**
 * A consent record. MIIT Order 31 requires the request for consent to name the message type,
 * frequency and period, so each of them is checked; the fields are optional here so that an
 * incomplete record is reported as a reason rather than rejected as bad input.
 */
export const ConsentRecordSchema = z.strictObject({
  /** Message types consented to, e.g. `['loan-marketing']` or `['贷款产品营销']`. */
  messageTypes: z.array(z.string().min(1)).optional(),
  /** The announced frequency, e.g. at most 5 per month. */
  frequency: z
    .strictObject({
      limit: z.number().int().positive(),
      per: z.enum(['day', 'week', 'month', 'year']),
    })
    .optional(),
  /** The period the consent covers, `[from, until)`. */
  period: z
    .strictObject({
      from: DateInputSchema.optional(),
      until: DateInputSchema.optional(),
    })
    .optional(),
  /** When consent was given. */
  obtainedAt: DateInputSchema.optional(),
  /** When consent was withdrawn. */
  revokedAt: DateInputSchema.optional(),
  /** Free-form evidence reference (form id, call recording id). */
  evidence: z.string().optional(),
});

/** What the host knows about one recipient before a send. */
export const RecipientProfileSchema = z.strictObject({
  id: z.string().optional(),
  /** Debt-to-income ratio as a fraction (0.45 = 45 %). */
  debtToIncome: z.number().finite().nonnegative().optional(),
  /** Credit score on the host's scale. */
  creditScore: z.number().finite().optional(),
  isStudent: z.boolean().optional(),
  /** Calendar date `YYYY-MM-DD` or an instant. */
  birthDate: BirthDateSchema.optional(),
  /** Opted out with no known time (treated as opted out now). */
  optedOut: z.boolean().optional(),
  optedOutAt: DateInputSchema.optional(),
  /** A later re-subscription lifts an earlier opt-out. */
  resubscribedAt: DateInputSchema.optional(),
  consent: ConsentRecordSchema.optional(),
});

/**
 * The screening policy; `at` is the planned send time.
 *
 * @example
 * import { ScreenPolicySchema } from 'sms-compliance';
 *
 * ScreenPolicySchema.parse({ at: '2026-12-01T10:00:00+08:00' });
 * //=> { at: 2026-12-01T02:00:00.000Z, adultAge: 18, timeZone: 'Asia/Shanghai', requireConsent: true,
 * //     missingData: 'block' }
 */
export const ScreenPolicySchema = z.strictObject({
  at: DateInputSchema,
  /** The type of the planned message; when set, the consent must list it. */
  messageType: z.string().min(1).optional(),
  /** Block when `debtToIncome` is above this (equal passes). */
  maxDebtToIncome: z.number().finite().nonnegative().optional(),
  /** Block when `creditScore` is below this (equal passes). */
  minCreditScore: z.number().finite().optional(),
  /** Age of majority. */
  adultAge: z.number().int().min(1).max(30).default(18),
  /** Zone in which birthdays are counted. */
  timeZone: TimeZoneSchema.default('Asia/Shanghai'),
  /** Whether a consent record is required (marketing: yes). */
  requireConsent: z.boolean().default(true),
  /** What to do when a check has no data (no birth date, no score while a threshold is set). */
  missingData: z.enum(['block', 'allow']).default('block'),
});

/** The checks `screenRecipient` can run, in the order it runs them. */
export const ScreenCheckSchema = z.enum(['opt-out', 'student', 'minor', 'consent', 'debt-to-income', 'credit-score']);

/** One reason a recipient may not be sent to. */
export const ScreenReasonSchema = z.strictObject({
  /** Kebab-case code, e.g. `consent-expired`. */
  code: z.string(),
  check: ScreenCheckSchema,
  /** Why, in Chinese, with the basis. */
  message: z.string(),
  /** The profile field concerned, e.g. `consent.period.until`. */
  path: z.string(),
});

/** The result of `screenRecipient`. */
export const ScreenResultSchema = z.strictObject({
  /** `true` iff there is no reason. */
  allowed: z.boolean(),
  reasons: z.array(ScreenReasonSchema),
  /** The checks that ran, so an auditor sees what "allowed" was based on. */
  checked: z.array(ScreenCheckSchema),
});

/** A consent record (input form). */
export type ConsentRecord = z.input<typeof ConsentRecordSchema>;
/** What the host knows about one recipient (input form). */
export type RecipientProfile = z.input<typeof RecipientProfileSchema>;
/** The screening policy (input form). */
export type ScreenPolicy = z.input<typeof ScreenPolicySchema>;
/** A check that `screenRecipient` runs. */
export type ScreenCheck = z.output<typeof ScreenCheckSchema>;
/** One reason a recipient may not be sent to. */
export type ScreenReason = z.output<typeof ScreenReasonSchema>;
/** The result of `screenRecipient`. */
export type ScreenResult = z.output<typeof ScreenResultSchema>;

// ---------------------------------------------------------------------------------------------
// evaluateCampaign
// ---------------------------------------------------------------------------------------------

/** Campaign counters. `cost` is in 元. */
export const CampaignStatsSchema = z
  .strictObject({
    sent: NonNegativeCount,
    delivered: NonNegativeCount,
    /** Effective replies: distinct recipients who replied meaningfully. */
    replies: NonNegativeCount,
    conversions: NonNegativeCount,
    cost: z.number().finite().nonnegative(),
    complaints: NonNegativeCount,
  })
  .superRefine((stats, ctx) => {
    if (stats.delivered > stats.sent) {
      ctx.addIssue({ code: 'custom', path: ['delivered'], message: 'delivered cannot exceed sent' });
    }
    if (stats.replies > stats.delivered) {
      ctx.addIssue({ code: 'custom', path: ['replies'], message: 'replies cannot exceed delivered' });
    }
  });

/** A band `[min, max]`; `null` (or absent) removes that side. */
export const MetricBandSchema = z
  .strictObject({
    min: z.number().finite().nullable().optional(),
    max: z.number().finite().nullable().optional(),
  })
  .refine((band) => band.min == null || band.max == null || band.min <= band.max, {
    message: 'min must not exceed max',
    path: ['max'],
  });

/** Threshold overrides, merged per side over the defaults. Rates are fractions (0.92 = 92 %). */
export const CampaignThresholdsSchema = z.strictObject({
  deliveryRate: MetricBandSchema.optional(),
  replyRate: MetricBandSchema.optional(),
  costPerAcquisition: MetricBandSchema.optional(),
  complaintRate: MetricBandSchema.optional(),
});

/** Where a metric stands against its band. */
export const MetricStatusSchema = z.enum(['ok', 'below', 'above', 'insufficient-data', 'no-threshold']);

/** One evaluated metric. */
export const MetricResultSchema = z.strictObject({
  /** `numerator / denominator`, or `null` when it cannot be computed. */
  value: z.number().nullable(),
  status: MetricStatusSchema,
  numerator: z.number(),
  denominator: z.number(),
  threshold: z.strictObject({ min: z.number().nullable(), max: z.number().nullable() }),
  /** Why, in Chinese. */
  reason: z.string(),
});

/** The result of `evaluateCampaign`. */
export const CampaignEvaluationSchema = z.strictObject({
  /** `true` iff every metric is `ok` or has no threshold. */
  ok: z.boolean(),
  metrics: z.strictObject({
    deliveryRate: MetricResultSchema,
    replyRate: MetricResultSchema,
    costPerAcquisition: MetricResultSchema,
    complaintRate: MetricResultSchema,
  }),
});

/** Campaign counters (input form). */
export type CampaignStats = z.input<typeof CampaignStatsSchema>;
/** A threshold band. */
export type MetricBand = z.input<typeof MetricBandSchema>;
/** Threshold overrides for `evaluateCampaign`. */
export type CampaignThresholds = z.input<typeof CampaignThresholdsSchema>;
/** Where a metric stands against its band. */
export type MetricStatus = z.output<typeof MetricStatusSchema>;
/** One evaluated metric. */
export type MetricResult = z.output<typeof MetricResultSchema>;
/** The result of `evaluateCampaign`. */
export type CampaignEvaluation = z.output<typeof CampaignEvaluationSchema>;

// ---------------------------------------------------------------------------------------------
// assignVariant
// ---------------------------------------------------------------------------------------------

/** One arm of an experiment. */
export const VariantSchema = z.strictObject({
  id: z.string().min(1),
  /** Relative weight; default 1. A zero weight keeps the arm defined but never assigned. */
  weight: z.number().finite().nonnegative().default(1),
});

/** An experiment: its id salts the hash, so two experiments split the same people independently. */
export const ExperimentSchema = z
  .strictObject({
    id: z.string().min(1),
    variants: z.array(VariantSchema).min(1, { error: 'an experiment needs at least one variant' }),
  })
  .superRefine((experiment, ctx) => {
    const ids = new Set<string>();
    experiment.variants.forEach((variant, index) => {
      if (ids.has(variant.id)) {
        ctx.addIssue({ code: 'custom', path: ['variants', index, 'id'], message: `duplicate variant id ${variant.id}` });
      }
      ids.add(variant.id);
    });
    if (!experiment.variants.some((variant) => variant.weight > 0)) {
      ctx.addIssue({ code: 'custom', path: ['variants'], message: 'at least one variant needs a positive weight' });
    }
  });

/** Which variant a recipient gets. */
export const VariantAssignmentSchema = z.strictObject({
  experimentId: z.string(),
  variant: z.string(),
  /** The recipient's position in `[0, 1)`, from the hash; variants own consecutive slices. */
  bucket: z.number(),
});

/** One arm of an experiment (input form). */
export type Variant = z.input<typeof VariantSchema>;
/** An experiment (input form). */
export type Experiment = z.input<typeof ExperimentSchema>;
/** Which variant a recipient gets. */
export type VariantAssignment = z.output<typeof VariantAssignmentSchema>;

// ---------------------------------------------------------------------------------------------
// compareVariants
// ---------------------------------------------------------------------------------------------

/** Observed results of one arm: `successes` (replies or conversions) out of `trials` (delivered). */
export const VariantStatsSchema = z
  .strictObject({
    trials: NonNegativeCount,
    successes: NonNegativeCount,
  })
  .refine((stats) => stats.successes <= stats.trials, {
    message: 'successes cannot exceed trials',
    path: ['successes'],
  });

/**
 * Options of `compareVariants`.
 *
 * @example
 * import { CompareVariantsOptionsSchema } from 'sms-compliance';
 *
 * CompareVariantsOptionsSchema.parse({}); //=> { alpha: 0.05, power: 0.8, minimumDetectableEffect: 0.005 }
 */
export const CompareVariantsOptionsSchema = z.strictObject({
  /** Two-sided significance level. */
  alpha: z.number().gt(0).lt(0.5).default(0.05),
  /** Power for the sample-size estimate. */
  power: z.number().gt(0.5).lt(1).default(0.8),
  /** Smallest absolute difference in rate worth detecting (0.005 = 0.5 percentage points). */
  minimumDetectableEffect: z.number().gt(0).lt(1).default(0.005),
  /** Baseline rate for the sample-size estimate; default the observed rate of `a`. */
  baselineRate: Ratio.optional(),
});

/** The verdict of a comparison. */
export const ComparisonStatusSchema = z.enum(['significant', 'not-significant', 'insufficient-data']);

/** The result of `compareVariants`. Every number is finite; what cannot be computed is `null`. */
export const VariantComparisonSchema = z.strictObject({
  status: ComparisonStatusSchema,
  /** Why, in Chinese. */
  reason: z.string(),
  rateA: z.number().nullable(),
  rateB: z.number().nullable(),
  /** `rateB − rateA`. */
  difference: z.number().nullable(),
  /** Newcombe's hybrid score interval for the difference, at level `1 − alpha`. */
  confidenceInterval: z.strictObject({ level: z.number(), lower: z.number(), upper: z.number() }).nullable(),
  /** Pooled two-proportion z statistic. */
  z: z.number().nullable(),
  /** Two-sided p-value. */
  pValue: z.number().nullable(),
  alpha: z.number(),
  significant: z.boolean(),
  /** True when an expected count is below 5: the normal approximation is rough (consider Fisher's exact test). */
  smallSample: z.boolean(),
  sampleSize: z.strictObject({
    minimumDetectableEffect: z.number(),
    power: z.number(),
    baselineRate: z.number().nullable(),
    /** Trials needed per arm, or `null` without a baseline rate. */
    perVariant: z.number().nullable(),
    /** Trials still needed in each arm (never negative). */
    remaining: z.strictObject({ a: z.number(), b: z.number() }).nullable(),
  }),
});

/** Observed results of one arm (input form). */
export type VariantStats = z.input<typeof VariantStatsSchema>;
/** Options of `compareVariants` (input form). */
export type CompareVariantsOptions = z.input<typeof CompareVariantsOptionsSchema>;
/** The verdict of a comparison. */
export type ComparisonStatus = z.output<typeof ComparisonStatusSchema>;
/** The result of `compareVariants`. */
export type VariantComparison = z.output<typeof VariantComparisonSchema>;
