import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compileAutomaton, scanAutomaton } from '../../src/match/index.js';

function automatonMatches(patterns: string[], text: string): string[] {
  const automaton = compileAutomaton(patterns);
  const found: string[] = [];
  scanAutomaton(automaton, text, (id, end) => found.push(`${automaton.patterns[id]}@${end - automaton.patterns[id]!.length}`));
  return found.sort();
}

function naiveMatches(patterns: string[], text: string): string[] {
  const found = new Set<string>();
  for (const pattern of new Set(patterns)) {
    if (pattern.length === 0) continue;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) found.add(`${pattern}@${at}`);
  }
  return [...found].sort();
}

describe('Aho-Corasick automaton', () => {
  it('finds a pattern that is a proper suffix of a longer partial match', () => {
    expect(automatonMatches(['abcd', 'bc'], 'abce')).toEqual(['bc@1']);
  });

  it('finds overlapping CJK patterns', () => {
    expect(automatonMatches(['无抵押', '抵押贷'], '无抵押贷款')).toEqual(['抵押贷@1', '无抵押@0']);
  });

  // A small alphabet makes overlaps, shared prefixes and suffix outputs common.
  const alphabet = fc.constantFrom('a', 'b', 'c', '贷', '款', '\ud83d', '\ude00');
  const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((chars) => chars.join(''));

  test.prop([fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }).map((c) => c.join(''))])(
    'reports exactly the occurrences a naive indexOf scan finds',
    (patterns, text) => {
      expect(automatonMatches(patterns, text)).toEqual(naiveMatches(patterns, text));
    },
  );
});
