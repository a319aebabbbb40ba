import { describeValue } from '../_lib/describeValue.js';
import { ComplianceConfigError } from './ComplianceConfigError.js';

/**
 * Throws `ComplianceConfigError` (path `text`) unless `text` is a string. A plain `typeof` check: on the
 * hot path of `lint` a schema would cost more than the rest of the call's validation.
 *
 * @internal
 */
export function assertText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new ComplianceConfigError([{ path: 'text', message: `expected a string, received ${describeValue(text)}` }]);
  }
}
