import { describe, expect, it } from 'vitest';
import { checkPathBudget } from '../../src/engine/_regexBudget.js';

describe('checkPathBudget, the pure default pattern check', () => {
  it.each([
    ['\\d{1,6}元', 'u'],
    ['qq ?[0-9]{5,11}', ''],
    ['(?:ab|cd){1,3}x', ''],
    ['(?<key>[a-z]{1,4})退订', 'u'],
    ['(?<=回复)[0-9]{1,2}', ''],
    ['(?!不)[0-9]{1,2}', ''],
    ['[+*?{}]', ''], // quantifier characters inside a class are literals
    ['a\\+b\\*', ''],
    ['\\p{Script=Han}{1,8}', 'u'],
    ['[\\]a]{1,3}', ''],
    ['a{3}b{3}', ''],
    ['😀{1,3}', 'u'],
  ])('accepts /%s/%s', (source, flags) => {
    expect(checkPathBudget(source, flags)).toEqual({ safe: true });
  });

  it.each([
    ['\\d+元', '', 'unbounded quantifier "+"'],
    ['[a-z]*', '', 'unbounded quantifier "*"'],
    ['a{2,}', '', 'unbounded quantifier "{2,}"'],
    ['a+?', '', 'unbounded quantifier "+?"'],
    ['(a)\\1', '', 'backreference'],
    ['(?<x>a)\\k<x>', '', 'backreference'],
    ['(a|b|c){0,10}', '', 'backtracking paths per position'],
    ['a{0,31}', '', 'add up to 31 repetitions'],
    ['(?:a{0,6}){0,6}', '', 'backtracking paths per position'],
  ])('rejects /%s/%s: %s', (source, flags, reason) => {
    const verdict = checkPathBudget(source, flags);
    expect(verdict.safe).toBe(false);
    expect(verdict.reason).toContain(reason);
  });
});
