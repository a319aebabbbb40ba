// The public API: named re-exports only. The CLI (src/cli) is a separate entry.
export * from './engine/index.js';
export * from './catalog/index.js';
export * from './normalize/index.js';
export * from './errors/index.js';
export {
  RulePackSchema,
  RuleSourceSchema,
  TermEntrySchema,
  AllowEntrySchema,
  SpecSchema,
  SeveritySchema,
  type RulePack,
  type RulePackInput,
  type RuleSource,
} from './content/index.js';
export { DateInputSchema, type DateInput } from './_lib/dateInput.js';
export { TimeZoneSchema } from './_lib/timeZone.js';
export {
  classifySegment,
  classifySegments,
  classifyContent,
  segmentFitRule,
  BirthDateSchema,
  ClassifySegmentOptionsSchema,
  ContentClassificationSchema,
  ContentEvidenceSchema,
  ContentTypeSchema,
  ContentTypesPackSchema,
  CustomerProfileSchema,
  InquirySchema,
  LifecycleStageSchema,
  LoanRecordSchema,
  LoanStatusSchema,
  SegmentBatchEntrySchema,
  SegmentBatchResultSchema,
  SegmentCountsSchema,
  SegmentPolicySchema,
  SegmentResultSchema,
  type ClassifySegmentOptions,
  type ContentClassification,
  type ContentEvidence,
  type ContentType,
  type ContentTypesPack,
  type CustomerProfile,
  type Inquiry,
  type LifecycleStage,
  type LoanRecord,
  type ResolvedSegmentPolicy,
  type SegmentBatchEntry,
  type SegmentBatchResult,
  type SegmentCounts,
  type SegmentPolicy,
  type SegmentResult,
} from './segments/index.js';
