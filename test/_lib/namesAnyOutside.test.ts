import { describe, expect, it } from 'vitest';
import { namesAnyOutside } from '../../src/_lib/namesAnyOutside.js';

describe('namesAnyOutside', () => {
  it('finds a word, but not one that only stands inside a word that does not mean it', () => {
    expect(namesAnyOutside('信用卡分期，手续费0.6%', ['借', '分期'], ['借记'])).toBe(true);
    expect(namesAnyOutside('借记卡境外取现手续费1%', ['借', '贷'], ['借记'])).toBe(false);
    expect(namesAnyOutside('借记卡还信用卡借款', ['借', '贷'], ['借记'])).toBe(true);
    expect(namesAnyOutside('跨行汇款手续费0%', ['借', '贷'], [])).toBe(false);
  });
});
