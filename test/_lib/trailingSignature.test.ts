import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { trailingSignature } from '../../src/_lib/trailingSignature.js';

describe('trailingSignature', () => {
  it.each([
    ['额度已更新。拒收请回复R【XX银行】', 12],
    ['额度已更新。拒收请回复R 【XX银行】 ', 13],
    ['额度已更新。拒收请回复R【XX银行】\r\n', 12],
    ['额度已更新【XX消费金融】\u3000', 5],
  ])('finds the signature that ends %j', (text, start) => {
    expect(trailingSignature(text)).toEqual({ start, end: text.indexOf('】', start) + 1 });
  });

  it.each([
    ['【XX银行】', 'nothing before it'],
    ['额度已更新', 'no bracket'],
    ['额度已更新【】', 'nothing between the brackets'],
    ['额度已更新【XX\n银行】', 'a line break inside'],
    ['额度已更新】XX银行】', 'two closing brackets'],
    [`额度已更新【${'行'.repeat(31)}】`, 'longer than 30 units'],
    [`额度已更新【XX银行】${' '.repeat(17)}`, 'more than 16 units of whitespace after it'],
    ['额度已更新【XX银行】。', 'text after it'],
  ])('finds none in %j (%s)', (text) => {
    expect(trailingSignature(text)).toBeNull();
  });

  const unit = fc.constantFrom('【', '】', 'X', '银', ' ', '\n', '。');
  test.prop([fc.array(unit, { maxLength: 50 }).map((units) => units.join(''))])(
    'is a 【…】 inside the text with only whitespace after it, or null',
    (text) => {
      const found = trailingSignature(text);
      if (found === null) return;
      expect(found.start).toBeGreaterThan(0);
      expect(text[found.start]).toBe('【');
      expect(text[found.end - 1]).toBe('】');
      expect(text.slice(found.start + 1, found.end - 1)).toMatch(/^[^【】\r\n]{1,30}$/);
      expect(text.slice(found.end)).toMatch(/^[ \t\r\n\u3000]{0,16}$/);
    },
  );
});
