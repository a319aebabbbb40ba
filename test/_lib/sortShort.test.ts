import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sortShort } from '../../src/_lib/sortShort.js';

// Pairs compared by their first element only, so stability is visible in the second.
const byKey = (a: readonly [number, number], b: readonly [number, number]): number => a[0] - b[0];

describe('sortShort', () => {
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 40 })], { numRuns: 3000 })(
    'orders exactly as the stable built-in sort, short lists and long',
    (pairs) => {
      expect(sortShort([...pairs], byKey)).toEqual([...pairs].sort(byKey));
    },
  );
});
