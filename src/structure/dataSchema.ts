import { z } from 'zod';
import { readUnsubscribe } from './_readers.js';

const SourceKey = z.string().min(1);

const PhraseListSchema = z.array(z.string().min(1)).min(1);

/**
 * Schema of `rules/structure.json`: signature limits, neutral signatures, lender types, accepted
 * unsubscribe statements, anti-fraud tip phrases and billing constants, each citing a source.
 *
 * @example
 * import { StructureDataSchema } from 'sms-compliance';
 *
 * StructureDataSchema.safeParse({ schema: 'sms-compliance/structure@1' }).success; //=> false
 */
export const StructureDataSchema = z
  .strictObject({
    schema: z.literal('sms-compliance/structure@1'),
    version: z.string().regex(/^\d{4}\.\d{1,2}\.\d{1,2}(?:\.\d+)?$/, { error: 'expected a YYYY.M.D[.N] version' }),
    description: z.string().min(1),
    sources: z.record(
      z.string().min(1),
      z.strictObject({
        title: z.string().min(1),
        basis: z.string().min(1).optional(),
        confidence: z.enum(['L', 'R', 'C', 'S', 'U']),
        note: z.string().optional(),
      }),
    ),
    signature: z.strictObject({
      minLength: z.number().int().min(1),
      maxLength: z.number().int().min(1),
      source: SourceKey,
    }),
    neutralSignatures: z.strictObject({
      source: SourceKey,
      names: PhraseListSchema,
      note: z.string().optional(),
      /** Words that name no one (客服, 中心, 公司…): a signature of lender types and these alone is neutral. */
      genericWords: PhraseListSchema,
    }),
    institutionTypes: z.strictObject({
      source: SourceKey,
      note: z.string().optional(),
      names: PhraseListSchema,
      /** A signature naming one of these is an intermediary (贷款中介), not a lender, whatever type it names. */
      intermediaries: z.strictObject({ source: SourceKey, words: PhraseListSchema }),
      /** A signature naming one of these (保险代理, 咨询) is not taken for a lender by the type it names. */
      notLenderWords: PhraseListSchema,
    }),
    unsubscribe: z.strictObject({
      source: SourceKey,
      default: z.string().min(1),
      accepted: PhraseListSchema,
      known: PhraseListSchema,
      reservedKeys: z.array(z.string().regex(/^[A-Z0-9]{1,4}$/)).min(1),
      /**
       * A statement right after one of `leads` or right before one of `tails` reports an unsubscribe that took
       * effect ("您已回复T退订成功"), a confirmation rather than an instruction to the reader.
       */
      confirmation: z.strictObject({ note: z.string().optional(), leads: PhraseListSchema, tails: PhraseListSchema }),
    }),
    disclosures: z.strictObject({ source: SourceKey, note: z.string().optional(), phrases: PhraseListSchema }),
    contacts: z.strictObject({
      source: SourceKey,
      note: z.string().optional(),
      phrases: PhraseListSchema,
    }),
    salutations: z.strictObject({
      source: SourceKey,
      note: z.string().optional(),
      phrases: PhraseListSchema,
      openers: PhraseListSchema,
      closers: PhraseListSchema,
      maxChars: z.number().int().min(1).max(32),
    }),
    feature: z.strictObject({
      maxChars: z.number().int().min(1),
      source: SourceKey,
      /** How links start (`https://`, `www.`): a link is the interaction's contact, cut out of the feature. */
      links: PhraseListSchema,
    }),
    replyOptions: z.strictObject({
      min: z.number().int().min(0),
      max: z.number().int().min(1),
      source: SourceKey,
      /** Words ending in 回 ("退回1期", "返回2次"): a bare 回 that ends one starts no option. Each must end in 回. */
      notAfter: z.array(z.string().regex(/^\p{Script=Han}+回$/u, { error: 'expected Chinese characters ending in 回' })).min(1),
      /**
       * Units that cannot start the label of an option continuing a list ("回复1了解，2回电"): a count or a unit
       * follows a number in prose ("，2天内放款"), not a label.
       */
      notLabelStarts: z.string().min(1),
      /** A clause that only leads into the first option ("如需办理请回复1") belongs to the interaction, not the offer. */
      leadIns: PhraseListSchema,
    }),
    length: z.strictObject({
      singleUcs2: z.number().int().min(1),
      multiUcs2: z.number().int().min(1),
      singleGsm7: z.number().int().min(1),
      multiGsm7: z.number().int().min(1),
      maxChars: z.number().int().min(1),
      sources: z.array(SourceKey).min(1),
    }),
  })
  .superRefine((data, ctx) => {
    const cite = (source: string, path: PropertyKey[]) => {
      if (!(source in data.sources)) ctx.addIssue({ code: 'custom', path, message: `unknown source "${source}"` });
    };
    cite(data.signature.source, ['signature', 'source']);
    cite(data.neutralSignatures.source, ['neutralSignatures', 'source']);
    cite(data.institutionTypes.source, ['institutionTypes', 'source']);
    cite(data.institutionTypes.intermediaries.source, ['institutionTypes', 'intermediaries', 'source']);
    cite(data.unsubscribe.source, ['unsubscribe', 'source']);
    cite(data.disclosures.source, ['disclosures', 'source']);
    cite(data.contacts.source, ['contacts', 'source']);
    cite(data.salutations.source, ['salutations', 'source']);
    cite(data.feature.source, ['feature', 'source']);
    cite(data.replyOptions.source, ['replyOptions', 'source']);
    data.length.sources.forEach((source, i) => cite(source, ['length', 'sources', i]));
    if (!data.unsubscribe.accepted.includes(data.unsubscribe.default)) {
      ctx.addIssue({ code: 'custom', path: ['unsubscribe', 'default'], message: 'the default statement must be accepted' });
    }
    data.unsubscribe.known.forEach((statement, i) => {
      if (!isUnsubscribeStatement(statement)) {
        ctx.addIssue({ code: 'custom', path: ['unsubscribe', 'known', i], message: 'not recognisable as an unsubscribe statement' });
      }
    });
    data.unsubscribe.accepted.forEach((statement, i) => {
      if (!isUnsubscribeStatement(statement)) {
        ctx.addIssue({ code: 'custom', path: ['unsubscribe', 'accepted', i], message: 'not recognisable as an unsubscribe statement' });
      }
    });
    if (data.signature.minLength > data.signature.maxLength) {
      ctx.addIssue({ code: 'custom', path: ['signature', 'minLength'], message: 'minLength exceeds maxLength' });
    }
    if (data.replyOptions.min > data.replyOptions.max) {
      ctx.addIssue({ code: 'custom', path: ['replyOptions', 'min'], message: 'min exceeds max' });
    }
  });

/** The validated content of `rules/structure.json`. */
export type StructureData = z.infer<typeof StructureDataSchema>;

/**
 * Whether `statement` is, as a whole, something the structure check recognises as an
 * unsubscribe statement (`拒收/退订 (请) 回(复) KEY` or `回(复) KEY 退订/拒收`, KEY being 1–4 Latin
 * letters) — accepted formats must be, or the check could never find them.
 *
 * @internal
 */
export function isUnsubscribeStatement(statement: string): boolean {
  return readUnsubscribe(statement, 0)?.end === statement.length;
}
