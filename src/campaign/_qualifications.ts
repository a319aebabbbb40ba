import data from '../../rules/sender-qualifications.json';
import { SenderQualificationsSchema, type SenderQualifications } from './schemas.js';

let cached: SenderQualifications | undefined;

/**
 * The validated contents of `rules/sender-qualifications.json`, parsed once on first use so that
 * importing the library stays free of work.
 *
 * @internal
 */
export function senderQualifications(): SenderQualifications {
  cached ??= SenderQualificationsSchema.parse(data);
  return cached;
}
