import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { displayText, renderSpan } from '../../src/cli/_renderSpan.js';
import { displayWidth } from '../../src/cli/index.js';

describe('renderSpan', () => {
  it('puts the carets under a span that follows Chinese text, two per character', () => {
    expect(renderSpan('【XX银行】最低利息', 6, 10)).toEqual({ text: '【XX银行】最低利息', carets: '          ^^^^^^^^' });
  });

  it('draws one caret for an empty span, at the end when it is at the end', () => {
    expect(renderSpan('ab贷', 3, 3).carets).toBe('    ^');
    expect(renderSpan('ab贷', 2, 2).carets).toBe('  ^');
  });

  it('shows control characters as control pictures and format characters as a dot, one column each', () => {
    expect(renderSpan('a\nb\u001b[31m最\u200b低', 8, 11)).toEqual({ text: 'a␊b␛[31m最·低', carets: '        ^^^^^' });
  });

  it('counts a surrogate pair as one character', () => {
    expect(renderSpan('😀最低', 2, 4).carets).toBe('  ^^^^');
  });

  it('shows a window around the span of a long text, marked with ...', () => {
    const text = `${'a'.repeat(1000)}最低利息${'b'.repeat(1000)}`;
    const { text: shown, carets } = renderSpan(text, 1000, 1004);
    expect(shown).toBe(`...${'a'.repeat(40)}最低利息${'b'.repeat(40)}...`);
    expect(carets).toBe(`${' '.repeat(43)}^^^^^^^^`);
  });

  it('cuts a very long span in the window', () => {
    const text = 'x'.repeat(10_000);
    const { text: shown, carets } = renderSpan(text, 0, 10_000);
    expect(shown.length).toBeLessThan(300);
    expect(carets).toBe('^'.repeat(160));
  });

  it('never splits a surrogate pair at the edge of a window', () => {
    const text = '😀'.repeat(200);
    const { text: shown } = renderSpan(text, 201, 203);
    expect(shown).not.toMatch(/\p{Cs}/u);
  });
});

describe('displayText', () => {
  it('leaves an ordinary message as it is', () => {
    expect(displayText('【XX银行】您好')).toBe('【XX银行】您好');
  });

  it('neutralises escape sequences and bidi overrides', () => {
    expect(displayText('\u001b[2J\u202eabc')).toBe('␛[2J·abc');
  });
});

const piece = fc.constantFrom('a', '1', ' ', '贷', '款', '【', '】', '，', '１', '😀', '\u200b', '\n', '“');
test.prop([fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), fc.nat(), fc.nat()])(
  'carets start at the display width of the text before the span and are as wide as the span',
  (text, a, b) => {
    const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
    // Spans from the library never cut a surrogate pair.
    fc.pre(!/[\ud800-\udbff]$/.test(text.slice(0, start)) && !/[\ud800-\udbff]$/.test(text.slice(0, end)));
    const { text: shown, carets } = renderSpan(text, start, end);
    expect(shown).toBe(displayText(text));
    const column = displayWidth(displayText(text.slice(0, start)));
    expect(carets.indexOf('^')).toBe(column);
    expect(carets.length - column).toBe(Math.max(1, displayWidth(displayText(text.slice(start, end)))));
  },
);
