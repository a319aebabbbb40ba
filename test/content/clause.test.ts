import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { clauseEnd, clauseStart } from '../../src/content/_clause.js';

describe('clauseStart and clauseEnd', () => {
  it('find the clause between the breaks around a position', () => {
    expect(clauseStart('借款，手续费0.6%', 6, '，', 32)).toBe(3);
    expect(clauseEnd('手续费0.6%，欢迎办理', 3, '，', 32)).toBe(7);
    expect(clauseStart('手续费', 2, '，', 32)).toBe(0);
    expect(clauseEnd('手续费', 1, '，', 32)).toBe(3);
  });

  it('read at most `max` units either way', () => {
    expect(clauseStart('a'.repeat(100), 100, '，', 32)).toBe(68);
    expect(clauseEnd('a'.repeat(100), 0, '，', 32)).toBe(32);
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', '，', '。'), maxLength: 40 }), fc.nat(40), fc.integer({ min: 1, max: 10 })])(
    'hold no break inside and stop at one, the text edge or the limit',
    (view, offset, max) => {
      const at = Math.min(offset, view.length);
      const start = clauseStart(view, at, '，。', max);
      const end = clauseEnd(view, at, '，。', max);
      expect(/[，。]/.test(view.slice(start, at))).toBe(false);
      expect(/[，。]/.test(view.slice(at, end))).toBe(false);
      expect(start === 0 || start === at - max || '，。'.includes(view[start - 1]!)).toBe(true);
      expect(end === view.length || end === at + max || '，。'.includes(view[end]!)).toBe(true);
    },
  );
});
