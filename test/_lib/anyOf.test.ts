import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { anyOf } from '../../src/_lib/anyOf.js';

describe('anyOf', () => {
  it('finds a word anywhere in a text', () => {
    expect(anyOf(['存款', '理财']).test('三年期定期存款年利率2.1%')).toBe(true);
    expect(anyOf(['存款', '理财']).test('年化利率（单利）7.2%起')).toBe(false);
  });

  it('takes every word literally, metacharacters included', () => {
    expect(anyOf(['a.b']).test('axb')).toBe(false);
    expect(anyOf(['a.b']).test('a.b')).toBe(true);
    expect(anyOf(['(单利)', '[x]', 'a|b', '\\d']).test('年化(单利)')).toBe(true);
    expect(anyOf(['a|b']).test('a')).toBe(false);
  });

  it('finds nothing when given no words', () => {
    expect(anyOf([]).test('')).toBe(false);
    expect(anyOf([]).test('存款')).toBe(false);
  });

  it('gives the same answer on a second call (a shared instance keeps no state)', () => {
    const savings = anyOf(['存款']);
    expect([savings.test('定期存款'), savings.test('定期存款')]).toEqual([true, true]);
  });

  const word = fc.string({ unit: fc.constantFrom('a', 'b', '.', '*', '(', ')', '[', ']', '|', '\\', '^', '$', '-', '/', '存', '款', '\ud800'), minLength: 1, maxLength: 4 });
  test.prop([fc.array(word, { maxLength: 5 }), fc.string({ unit: fc.constantFrom('a', 'b', '.', '*', '(', ')', '|', '\\', '存', '款', '\ud800', 'x'), maxLength: 20 })])(
    'answers exactly what words.some(includes) answers',
    (words, text) => {
      expect(anyOf(words).test(text)).toBe(words.some((w) => text.includes(w)));
    },
  );
});
