import { z } from 'zod';
import { parseInput } from '../errors/parseInput.js';
import { measure } from './_length.js';
import { LengthOptionsSchema, type LengthInfo, type LengthOptions } from './schemas.js';

/**
 * Computes how a message is billed: characters, parts and encoding.
 *
 * China (default) counts every code point as 1 — Chinese, Latin, digit, punctuation, space and
 * emoji alike, the signature with its `【】` included — and bills up to 70 characters as one part,
 * longer messages per 67. With `{ billing: 'international' }` a message made only of GSM-7
 * characters is billed 160/153 (extension characters `^{}\[~]|€` count 2); anything else switches
 * to UCS-2 70/67, counted in UTF-16 units as carriers transmit it.
 *
 * @param text The message exactly as sent, signature included.
 * @param options `{ billing?: 'china' | 'international' }`.
 * @returns The billing length.
 * @throws {ComplianceConfigError} When `text` is not a string or an option is invalid.
 *
 * @example
 * import { messageLength } from 'sms-compliance';
 *
 * messageLength('【XX银行】' + '好'.repeat(65));
 * //=> { chars: 71, parts: 2, perPart: 67, encoding: 'UCS-2' }
 * messageLength('Price: 5€', { billing: 'international' });
 * //=> { chars: 10, parts: 1, perPart: 160, encoding: 'GSM-7' }
 */
export function messageLength(text: string, options?: LengthOptions): LengthInfo {
  const input = parseInput(z.string({ error: 'expected a string' }), text, 'text');
  const { billing } = parseInput(LengthOptionsSchema, options ?? {}, 'options');
  return measure(input, billing).info;
}
