export { complaintDeadlines } from './complaintDeadlines.js';
export { isSuppressed } from './isSuppressed.js';
export { parseReply } from './parseReply.js';
export { trackComplaints } from './trackComplaints.js';
export { trackUnsubscribes } from './trackUnsubscribes.js';
export { unsubscribeDeadline } from './unsubscribeDeadline.js';
export {
  BusinessDaysUnsubscribePolicySchema,
  ComplaintDeadlinesSchema,
  ComplaintLevelStatusSchema,
  ComplaintPolicySchema,
  ComplaintReportSchema,
  ComplaintSchema,
  HoursUnsubscribePolicySchema,
  ParsedReplySchema,
  ParseReplyOptionsSchema,
  ReplyIntentSchema,
  ReplyKeywordsSchema,
  TrackComplaintsOptionsSchema,
  TrackUnsubscribesOptionsSchema,
  UnsubscribeItemSchema,
  UnsubscribePolicySchema,
  UnsubscribeReportSchema,
  UnsubscribeRequestSchema,
  UnsubscribeStatusSchema,
  type Complaint,
  type ComplaintDeadlines,
  type ComplaintLevelStatus,
  type ComplaintPolicy,
  type ComplaintReport,
  type ParsedReply,
  type ParseReplyOptions,
  type ReplyIntent,
  type ReplyKeywords,
  type TrackComplaintsOptions,
  type TrackUnsubscribesOptions,
  type UnsubscribeItem,
  type UnsubscribePolicy,
  type UnsubscribeReport,
  type UnsubscribeRequest,
  type UnsubscribeStatus,
} from './schemas.js';
