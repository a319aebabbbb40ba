import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/index.js';
import { messageLength } from '../../src/structure/index.js';

const SIG = '【XX银行】'; // 6 characters, counted
const withBody = (n: number, char = '好') => SIG + char.repeat(n - SIG.length);

describe('messageLength (China)', () => {
  it('counts the signature with its 【】', () => {
    expect(messageLength(SIG).chars).toBe(6);
  });

  it('bills 70 characters as one part and 71 as two parts of 67', () => {
    expect(messageLength(withBody(70))).toEqual({ chars: 70, parts: 1, perPart: 70, encoding: 'UCS-2' });
    expect(messageLength(withBody(71))).toEqual({ chars: 71, parts: 2, perPart: 67, encoding: 'UCS-2' });
  });

  it('bills 134 characters as two parts and 135 as three', () => {
    expect(messageLength(withBody(134)).parts).toBe(2);
    expect(messageLength(withBody(135)).parts).toBe(3);
  });

  it('counts Latin letters, digits, punctuation and spaces as one character each', () => {
    expect(messageLength('【XX银行】A1，. ！').chars).toBe(12);
  });

  it('counts an emoji as one character, not two UTF-16 units', () => {
    const text = withBody(70, '😀');
    expect(text.length).toBe(134);
    expect(messageLength(text)).toEqual({ chars: 70, parts: 1, perPart: 70, encoding: 'UCS-2' });
    expect(messageLength(text + '😀').parts).toBe(2);
  });

  it('bills the empty text as one part of nothing', () => {
    expect(messageLength('')).toEqual({ chars: 0, parts: 1, perPart: 70, encoding: 'UCS-2' });
  });

  it('counts 500 characters as 8 parts', () => {
    expect(messageLength(withBody(500))).toEqual({ chars: 500, parts: 8, perPart: 67, encoding: 'UCS-2' });
  });
});

describe('messageLength (international GSM-7)', () => {
  const intl = { billing: 'international' } as const;

  it('bills 160 GSM-7 characters as one part and 161 as two parts of 153', () => {
    expect(messageLength('a'.repeat(160), intl)).toEqual({ chars: 160, parts: 1, perPart: 160, encoding: 'GSM-7' });
    expect(messageLength('a'.repeat(161), intl)).toEqual({ chars: 161, parts: 2, perPart: 153, encoding: 'GSM-7' });
    expect(messageLength('a'.repeat(306), intl).parts).toBe(2);
    expect(messageLength('a'.repeat(307), intl).parts).toBe(3);
  });

  it.each(['^', '{', '}', '\\', '[', '~', ']', '|', '€'])('counts the extension character %s as two', (char) => {
    expect(messageLength(char, intl).chars).toBe(2);
    expect(messageLength('a'.repeat(158) + char, intl).parts).toBe(1);
    expect(messageLength('a'.repeat(159) + char, intl)).toEqual({ chars: 161, parts: 2, perPart: 153, encoding: 'GSM-7' });
  });

  it('switches the whole message to UCS-2 70/67 on any non-GSM character', () => {
    expect(messageLength('a'.repeat(69) + '好', intl)).toEqual({ chars: 70, parts: 1, perPart: 70, encoding: 'UCS-2' });
    expect(messageLength('a'.repeat(70) + '好', intl)).toEqual({ chars: 71, parts: 2, perPart: 67, encoding: 'UCS-2' });
  });

  it('counts an extension character as one once the message is UCS-2', () => {
    expect(messageLength('好{', intl).chars).toBe(2);
  });

  it('counts an emoji as two UCS-2 units, as it travels as a surrogate pair', () => {
    expect(messageLength('😀', intl)).toEqual({ chars: 2, parts: 1, perPart: 70, encoding: 'UCS-2' });
  });

  it('keeps GSM-7 accented letters such as é and Ñ in GSM-7', () => {
    expect(messageLength('Café Ñ', intl).encoding).toBe('GSM-7');
  });
});

describe('messageLength input validation', () => {
  it('rejects a non-string text naming the path', () => {
    expect(() => messageLength(42 as unknown as string)).toThrowError(ComplianceConfigError);
    try {
      messageLength(42 as unknown as string);
    } catch (error) {
      expect((error as ComplianceConfigError).path).toBe('text');
    }
  });

  it('rejects an unknown billing scheme and unknown keys', () => {
    try {
      messageLength('x', { billing: 'eu' as 'china' });
      expect.unreachable();
    } catch (error) {
      expect((error as ComplianceConfigError).path).toBe('options.billing');
    }
    expect(() => messageLength('x', { encoding: 'GSM-7' } as never)).toThrowError(ComplianceConfigError);
  });
});
