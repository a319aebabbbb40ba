export { checkStructure } from './checkStructure.js';
export { messageLength } from './messageLength.js';
export {
  LayerSchema,
  ReplyOptionSchema,
  InteractionLayerSchema,
  EncodingSchema,
  LengthInfoSchema,
  BillingSchema,
  LengthOptionsSchema,
  StructureOptionsSchema,
  IdentityRuleOptionsSchema,
  FeatureLengthRuleOptionsSchema,
  ReplyOptionsRuleOptionsSchema,
  UnsubscribeRuleOptionsSchema,
  LayerOrderRuleOptionsSchema,
  MessageLengthRuleOptionsSchema,
  type Layer,
  type ReplyOption,
  type InteractionLayer,
  type Encoding,
  type LengthInfo,
  type Billing,
  type LengthOptions,
  type StructureOptions,
  type StructureReport,
} from './schemas.js';
export { StructureDataSchema, type StructureData } from './dataSchema.js';
