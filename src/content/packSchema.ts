import { z } from 'zod';

/** Severity of a finding. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/**
 * Where a rule comes from: a statute, a regulator's notice, a carrier's or cloud provider's review
 * rule, industry practice, or our own policy. `ref` points to the row of
 * `regulatory-basis.md` it was taken from; `confidence` copies that row's mark (L/R/C/S/U).
 */
export const RuleSourceSchema = z.strictObject({
  title: z.string().min(1),
  kind: z.enum(['statute', 'regulation', 'regulator', 'carrier', 'practice', 'policy']),
  ref: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  confidence: z.enum(['L', 'R', 'C', 'S', 'U']),
});

/** One entry of a term list. */
export const TermEntrySchema = z.strictObject({
  terms: z.array(z.string().min(1).max(64)).min(1),
  severity: SeveritySchema.optional(),
  category: z.string().min(1).optional(),
  message: z.string().min(1).optional(),
  suggestion: z.string().optional(),
  source: z.string().min(1).optional(),
  /** Also match the terms spelled partly or wholly in pinyin (wei信, jiaweixin); see `TermEntry.pinyin`. */
  pinyin: z.boolean().optional(),
  /** Also match the terms with one character swapped for a homophone (黑户可代); see `TermEntry.homophones`. */
  homophones: z.boolean().optional(),
});

/** A phrase that, when it covers a term match, suppresses it ("最高可申请额度" covers "最高"). */
export const AllowEntrySchema = z.strictObject({
  phrase: z.string().min(1).max(64),
  note: z.string().optional(),
  source: z.string().min(1).optional(),
});

/** An executable example: the rule must fire on `text` iff `fires`. Run by the test suite. */
export const SpecSchema = z.strictObject({
  text: z.string(),
  fires: z.boolean(),
  note: z.string().optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Schema of a rule data pack in `rules/<rule-id>.json`: versioned word lists, accepted phrases,
 * suggestions and their sources. Rule-specific settings go in `settings` and are validated by the
 * rule itself.
 *
 * @example
 * import { RulePackSchema } from 'sms-compliance';
 *
 * RulePackSchema.parse({
 *   schema: 'sms-compliance/rule-pack@1', rule: 'my-terms', version: '2026.11.29',
 *   description: 'House terms', sources: { house: { title: 'Our policy', kind: 'policy', confidence: 'U' } },
 *   entries: [{ terms: ['包过'], severity: 'error', source: 'house' }], allow: [], specs: [],
 * }).entries.length; //=> 1
 */
export const RulePackSchema = z
  .strictObject({
    schema: z.literal('sms-compliance/rule-pack@1'),
    rule: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'rule ids are kebab-case'),
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, 'version is YYYY.MM.DD[.N]'),
    description: z.string().min(1),
    sources: z.record(z.string(), RuleSourceSchema),
    entries: z.array(TermEntrySchema),
    allow: z.array(AllowEntrySchema),
    specs: z.array(SpecSchema),
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.entries.forEach((entry, index) => {
      if (entry.source !== undefined && !(entry.source in pack.sources)) {
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'source'], message: `unknown source "${entry.source}"` });
      }
      entry.terms.forEach((term, termIndex) => {
        if (seen.has(term)) {
          ctx.addIssue({ code: 'custom', path: ['entries', index, 'terms', termIndex], message: `duplicate term "${term}"` });
        }
        seen.add(term);
      });
    });
    pack.allow.forEach((allow, index) => {
      if (allow.source !== undefined && !(allow.source in pack.sources)) {
        ctx.addIssue({ code: 'custom', path: ['allow', index, 'source'], message: `unknown source "${allow.source}"` });
      }
    });
  });

/** A validated rule data pack. */
export type RulePack = z.output<typeof RulePackSchema>;
/** A rule data pack as written in JSON. */
export type RulePackInput = z.input<typeof RulePackSchema>;
/** A rule's source (statute, regulator, carrier rule…). */
export type RuleSource = z.output<typeof RuleSourceSchema>;
