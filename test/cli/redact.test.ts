import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/cli/index.js';

describe('redact', () => {
  it('masks a mobile number, a landline and a 400 number digit by digit', () => {
    expect(redact('手机13812345678')).toBe('手机***********');
    expect(redact('电话010-87654321')).toBe('电话***-********');
    expect(redact('热线400-123-4567')).toBe('热线***-***-****');
    expect(redact('+86 138 1234 5678')).toBe('+** *** **** ****');
  });

  it('masks full-width digits with a full-width star so the width is kept', () => {
    expect(redact('１３８１２３４５６７８')).toBe('＊'.repeat(11));
  });

  it('masks a run of exactly 7 digits but keeps 6', () => {
    expect(redact('1234567')).toBe('*******');
    expect(redact('123456')).toBe('123456');
  });

  it('keeps amounts, rates, reply codes, 95xxx hotlines and dates', () => {
    const text = '年化利率7.2%起，回复1办理，详询95555，额度50000元，2024-06-01到期';
    expect(redact(text)).toBe(text);
  });

  it('keeps an ISO date but masks a number grouped like one with more digits', () => {
    expect(redact('2024-06-01')).toBe('2024-06-01');
    expect(redact('2024-0601-1')).toBe('****-****-*');
  });

  it('does not join digit groups across two separators or other characters', () => {
    expect(redact('123 - 4567')).toBe('123 - 4567');
    expect(redact('123,4567')).toBe('123,4567');
  });
});

const digitText = fc.array(fc.constantFrom('1', '8', '０', '９', ' ', '-', '元', 'a', '，'), { maxLength: 40 }).map((parts) => parts.join(''));

test.prop([fc.oneof(fc.string(), digitText)])('redact keeps the length, is idempotent and leaves no run of 7 digits', (text) => {
  fc.pre(!/\d{4}-\d{1,2}-\d{1,2}/.test(text)); // dates are kept on purpose
  const masked = redact(text);
  expect(masked.length).toBe(text.length);
  expect(redact(masked)).toBe(masked);
  expect(masked).not.toMatch(/[0-9０-９](?:[ \-－]?[0-9０-９]){6}/u);
  for (let index = 0; index < text.length; index += 1) {
    if (masked[index] !== text[index]) expect(/[0-9０-９]/u.test(text[index]!)).toBe(true);
  }
});
