import { z } from 'zod';
import type { Issue } from '../engine/types.js';
import { structureData } from './_data.js';
import { isUnsubscribeStatement } from './dataSchema.js';

const Offset = z.number().int().min(0);

/**
 * Schema of a {@link Layer}: one of the four layers as found in the text.
 */
export const LayerSchema = z.strictObject({
  /** `text.slice(start, end)` of the original message. */
  text: z.string(),
  /** UTF-16 offset into the original text (inclusive). */
  start: Offset,
  /** UTF-16 offset into the original text (exclusive). */
  end: Offset,
});

/**
 * One layer of the message (identity, feature, interaction or unsubscribe) with its span.
 *
 * @example
 * import { checkStructure } from 'sms-compliance';
 *
 * checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R').layers.identity;
 * //=> { text: '【XX银行】', start: 0, end: 6 }
 */
export type Layer = z.infer<typeof LayerSchema>;

/** Schema of a {@link ReplyOption}. */
export const ReplyOptionSchema = z.strictObject({
  /** What the customer replies, e.g. `1` or `Y`. */
  key: z.string(),
  /** What the reply does, e.g. `了解详情` (may be empty: `同意请回复Y`). */
  label: z.string(),
  start: Offset,
  end: Offset,
});

/**
 * One reply option of the interaction layer (`回复1了解详情` → key `1`, label `了解详情`).
 *
 * @example
 * import { checkStructure } from 'sms-compliance';
 *
 * checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R').layers.interaction?.options[0];
 * //=> { key: '1', label: '了解详情', start: 16, end: 23 }
 */
export type ReplyOption = z.infer<typeof ReplyOptionSchema>;

/** Schema of an {@link InteractionLayer}. */
export const InteractionLayerSchema = LayerSchema.extend({ options: z.array(ReplyOptionSchema) });

/**
 * The interaction layer: the span from the first to the last reply option, and each option.
 *
 * @example
 * import { checkStructure } from 'sms-compliance';
 *
 * checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R').layers.interaction?.text;
 * //=> '回复1了解详情，回复2预约回电'
 */
export type InteractionLayer = z.infer<typeof InteractionLayerSchema>;

/** Schema of a billing {@link Encoding}. */
export const EncodingSchema = z.enum(['UCS-2', 'GSM-7']);

/**
 * The encoding a message is billed in. Mainland China always bills as `UCS-2` (70/67).
 *
 * @example
 * import { messageLength } from 'sms-compliance';
 *
 * messageLength('Hello', { billing: 'international' }).encoding; //=> 'GSM-7'
 */
export type Encoding = z.infer<typeof EncodingSchema>;

/** Schema of {@link LengthInfo}. */
export const LengthInfoSchema = z.strictObject({
  /** Billed characters: code points in China; septets (extension characters = 2) in GSM-7. */
  chars: Offset,
  /** Number of billed parts (1 for up to 70 characters in China). */
  parts: z.number().int().min(1),
  /** Characters per part at this length: 70 for a single part, 67 per part above (160/153 in GSM-7). */
  perPart: z.number().int().min(1),
  encoding: EncodingSchema,
});

/**
 * The billing length of a message.
 *
 * @example
 * import { messageLength } from 'sms-compliance';
 *
 * messageLength('【XX银行】您好');
 * //=> { chars: 8, parts: 1, perPart: 70, encoding: 'UCS-2' }
 */
export type LengthInfo = z.infer<typeof LengthInfoSchema>;

/** Schema of a {@link Billing} scheme. */
export const BillingSchema = z.enum(['china', 'international'], {
  error: "expected 'china' or 'international'",
});

/**
 * How a message is billed: `china` (every character 1, 70/67) or `international` (GSM-7 160/153
 * with extension characters counting 2, else UCS-2 70/67 by UTF-16 unit).
 *
 * @example
 * import { messageLength } from 'sms-compliance';
 *
 * messageLength('a{b}', { billing: 'international' }).chars; //=> 6
 */
export type Billing = z.infer<typeof BillingSchema>;

/** Schema of {@link LengthOptions}. */
export const LengthOptionsSchema = z.strictObject({
  billing: BillingSchema.default('china'),
});

/**
 * Options of {@link messageLength}.
 *
 * @example
 * import { messageLength } from 'sms-compliance';
 *
 * messageLength('Hi', { billing: 'international' }).perPart; //=> 160
 */
export type LengthOptions = z.input<typeof LengthOptionsSchema>;

const NameList = z.array(z.string().min(1)).max(200);

// Shared shapes: the rules' option schemas are built from the same pieces so that checkStructure
// and lint() accept the same option names and defaults.
const identityShape = {
  /** The licensed institution's signature name(s); when set, the signature must be one of them. */
  institution: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1).max(50)])
    .transform((value) => (typeof value === 'string' ? [value] : value).map(stripBrackets))
    .optional(),
  /** Signature names accepted as lenders although they name no lender type (brand or app names). */
  allowSignatures: NameList.transform((names) => names.map(stripBrackets)).default([]),
};

const unsubscribeShape = {
  /** Accepted unsubscribe statements; the first one is what a fix inserts. */
  acceptedUnsubscribe: z
    .array(
      z.string().refine(isUnsubscribeStatement, {
        error: 'not an unsubscribe statement (expected e.g. 拒收请回复R, 回T退订, 退订回N)',
      }),
    )
    .min(1)
    .max(20)
    .default([...structureData.unsubscribe.accepted]),
};

const featureShape = {
  /** The most Han characters, letters and digits the service feature may have. */
  maxFeatureChars: z.number().int().min(1).max(500).default(structureData.feature.maxChars),
};

const replyShape = {
  minReplyOptions: z.number().int().min(0).max(9).default(structureData.replyOptions.min),
  maxReplyOptions: z.number().int().min(1).max(9).default(structureData.replyOptions.max),
};

const lengthShape = {
  billing: BillingSchema.default('china'),
  /** The most billed parts before `message-length` warns. */
  maxParts: z.number().int().min(1).max(10).default(1),
};

function stripBrackets(name: string): string {
  return name.replace(/^【/u, '').replace(/】$/u, '');
}

function replyRange(value: { minReplyOptions: number; maxReplyOptions: number }, ctx: z.RefinementCtx): void {
  if (value.minReplyOptions > value.maxReplyOptions) {
    ctx.addIssue({ code: 'custom', path: ['minReplyOptions'], message: 'minReplyOptions exceeds maxReplyOptions' });
  }
}

/**
 * Schema of {@link StructureOptions}.
 *
 * @example
 * import { StructureOptionsSchema } from 'sms-compliance';
 *
 * StructureOptionsSchema.parse({ maxFeatureChars: 20 });
 * //=> { kind: 'marketing', allowSignatures: [], acceptedUnsubscribe: ['拒收请回复R'], maxFeatureChars: 20,
 * //     minReplyOptions: 2, maxReplyOptions: 3, billing: 'china', maxParts: 1 }
 */
export const StructureOptionsSchema = z
  .strictObject({
    kind: z.enum(['marketing', 'notification'], { error: "expected 'marketing' or 'notification'" }).default('marketing'),
    ...identityShape,
    ...unsubscribeShape,
    ...featureShape,
    ...replyShape,
    ...lengthShape,
  })
  .superRefine(replyRange);

/**
 * Options of {@link checkStructure}; every field is optional and has the same name and default as
 * the matching `lint()` rule option.
 *
 * @example
 * import { checkStructure } from 'sms-compliance';
 *
 * checkStructure('【XX银行】尊敬的客户，您本月账单已出。', { kind: 'notification' }).ok; //=> true
 */
export type StructureOptions = z.input<typeof StructureOptionsSchema>;

/**
 * Fully resolved options of the structure analysis.
 *
 * @internal
 */
export type ResolvedStructureOptions = z.output<typeof StructureOptionsSchema>;

/** Options of the `identity` rule. */
export const IdentityRuleOptionsSchema = z.strictObject(identityShape).prefault({});
/** Options of the `feature-length` rule. */
export const FeatureLengthRuleOptionsSchema = z.strictObject(featureShape).prefault({});
/** Options of the `reply-options` rule. */
export const ReplyOptionsRuleOptionsSchema = z.strictObject(replyShape).superRefine(replyRange).prefault({});
/** Options of the `unsubscribe` rule. */
export const UnsubscribeRuleOptionsSchema = z.strictObject(unsubscribeShape).prefault({});
/** Options of the `layer-order` rule (none). */
export const LayerOrderRuleOptionsSchema = z.strictObject({}).prefault({});
/** Options of the `message-length` rule. */
export const MessageLengthRuleOptionsSchema = z.strictObject(lengthShape).prefault({});

/**
 * The result of {@link checkStructure}: the four layers (or `null` when missing), the findings
 * (same `Issue` shape and rule ids as `lint()`) and the billing length.
 *
 * @example
 * import { checkStructure } from 'sms-compliance';
 *
 * const report = checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R');
 * report.ok; //=> true
 * report.layers.unsubscribe; //=> { text: '拒收请回复R', start: 32, end: 38 }
 */
export interface StructureReport {
  /** `false` iff some issue has severity `error`. */
  readonly ok: boolean;
  readonly layers: {
    readonly identity: Layer | null;
    readonly feature: Layer | null;
    readonly interaction: InteractionLayer | null;
    readonly unsubscribe: Layer | null;
  };
  /** Sorted by `start`, then `end`, then rule id. */
  readonly issues: readonly Issue[];
  readonly length: LengthInfo;
}
