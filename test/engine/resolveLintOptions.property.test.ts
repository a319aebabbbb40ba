import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { resolveLintOptions } from '../../src/engine/_resolveLintOptions.js';
import { LintOptionsSchema } from '../../src/engine/schemas.js';

// The fast path for plain options must agree with the schema on every input: same result, or both reject.
const value = fc.oneof(
  fc.constantFrom('marketing', 'notification', 'A', 'B', 'C', 'excluded', 'unclassified', 'promo', '', '10690000123'),
  fc.string({ maxLength: 70 }),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
);
const options = fc.dictionary(fc.constantFrom('sender', 'kind', 'segment', 'sendr', '__proto__'), value, { maxKeys: 4 });

describe('resolveLintOptions', () => {
  test.prop([options])('agrees with LintOptionsSchema', (input) => {
    const parsed = LintOptionsSchema.safeParse(input);
    if (parsed.success) expect(resolveLintOptions(input)).toEqual(parsed.data);
    else expect(() => resolveLintOptions(input)).toThrow();
  });
});
