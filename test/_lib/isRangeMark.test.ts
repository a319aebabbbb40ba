import { describe, expect, it } from 'vitest';
import { isRangeMark, isRangeSymbol } from '../../src/_lib/isRangeMark.js';
import { normalizeText } from '../../src/index.js';

const code = (character: string) => character.charCodeAt(0);

describe('isRangeSymbol / isRangeMark', () => {
  it('accepts every symbol the normaliser keeps between two numbers', () => {
    for (const mark of ['-', '~', '‐', '‑', '‒', '–', '—', '―', '〜']) {
      expect(isRangeSymbol(code(mark)), mark).toBe(true);
      // The view keeps a mark (NFKC may swap it for another: ‑ → ‐), so a rule reading "7.2<mark>36%" sees
      // one and must accept it.
      const view = normalizeText(`7.2${mark}36%`).text;
      expect(view, mark).toHaveLength(7);
      expect(isRangeSymbol(view.charCodeAt(3)), mark).toBe(true);
    }
  });

  it('rejects separators that are no range marks', () => {
    for (const mark of ['.', '/', '_', '*', '+', '·', '至']) expect(isRangeSymbol(code(mark)), mark).toBe(false);
  });

  it('adds 至 and 到 for the rules', () => {
    expect(isRangeMark(code('至'))).toBe(true);
    expect(isRangeMark(code('到'))).toBe(true);
    expect(isRangeMark(code('〜'))).toBe(true);
    expect(isRangeMark(code('起'))).toBe(false);
  });
});
