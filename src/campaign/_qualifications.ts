import data from '../../rules/sender-qualifications.json';
import { once } from '../_lib/once.js';
import { SenderQualificationsSchema, type SenderQualifications } from './schemas.js';

/**
 * The validated contents of `rules/sender-qualifications.json`, parsed once on first use so that
 * importing the library stays free of work.
 *
 * @internal
 */
export const senderQualifications: () => SenderQualifications = /* @__PURE__ */ once(() =>
  SenderQualificationsSchema.parse(data),
);
