import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { charWidth, displayWidth } from '../../src/cli/index.js';

describe('displayWidth', () => {
  it('counts Chinese characters, 【】 and full-width punctuation as two columns', () => {
    expect(displayWidth('贷款')).toBe(4);
    expect(displayWidth('【XX银行】')).toBe(10);
    expect(displayWidth('，！：（）１００％')).toBe(18);
    expect(displayWidth('。、「」『』〖〗')).toBe(16);
  });

  it('counts ASCII, Latin-1 and ambiguous-width signs (“” … ¥ ★) as one column', () => {
    expect(displayWidth('APR 7.2%')).toBe(8);
    expect(displayWidth('“”…¥★')).toBe(5);
  });

  it('counts a character outside the BMP once, not per UTF-16 unit', () => {
    expect(displayWidth('𠀀')).toBe(2); // CJK extension B
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('𝐀')).toBe(1); // mathematical bold A: narrow
  });

  it('counts combining marks and format characters as zero columns', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('最\u200b低')).toBe(4);
  });

  it('counts a lone surrogate as one column, as it is written as U+FFFD', () => {
    expect(displayWidth('\ud800')).toBe(1);
    expect(charWidth(0xdc00)).toBe(1);
  });

  it('stays at one column just outside the wide ranges', () => {
    expect(charWidth(0x303f)).toBe(1);
    expect(charWidth(0x3040)).toBe(1);
    expect(charWidth(0x4dc0)).toBe(1); // Yijing hexagram symbols sit between two wide blocks
    expect(charWidth(0x4e00)).toBe(2);
    expect(charWidth(0x9fff)).toBe(2);
    expect(charWidth(0xff61)).toBe(1); // half-width katakana
  });
});

test.prop([fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' })])('displayWidth adds up over concatenation', (a, b) => {
  expect(displayWidth(a + b)).toBe(displayWidth(a) + displayWidth(b));
});
