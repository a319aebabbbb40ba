// findTermMatches checks each hit only against the allow-listed phrases that end near it (a window of the
// longest allow pattern), which keeps a long text full of both linear. This compares it with reading
// every allow, on texts packed with overlapping terms and allow phrases of two rules and of '*'.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compileTermIndex, findTermMatches, type TermIndex } from '../../src/engine/_termIndex.js';
import { createViewBuffer } from '../../src/normalize/createNormalizer.js';
import { sharedNormalizer } from '../../src/normalize/_sharedNormalizer.js';

const normalize = sharedNormalizer();
const index = compileTermIndex(
  [
    { ruleIndex: 0, ruleId: 'a', entries: [{ terms: ['最高', '最低', '额度', '利息'] }], allow: ['最高可申请额度', '最低还款额', '额度'], triggers: [] },
    { ruleIndex: 1, ruleId: 'b', entries: [{ terms: ['最高', '申请', '秒批'] }], allow: ['可申请', '不秒批的最高'], triggers: [] },
  ],
  ['利息最低', '秒批的'],
  2,
  normalize,
);
// The same index with a window that reaches every allow: the reading of every allow it replaced.
const everyAllow: TermIndex = { ...index, longestAllow: Number.POSITIVE_INFINITY };

const pieces = ['最高可申请额度', '最高', '最低', '额度', '利息', '可申请', '申请', '秒批', '还款额', '不秒批的', '可', '，', ' ', '款'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

function matches(termIndex: TermIndex, text: string) {
  const buffer = createViewBuffer();
  const size = normalize.into(buffer, text);
  return findTermMatches(termIndex, buffer, size, text, new Uint8Array(2)).map((list) => list.map((match) => [match.term, match.start, match.end]));
}

describe('term matches and allow-listed phrases', () => {
  test.prop([texts], { numRuns: 2000 })('are the same as when every allow is read', (text) => {
    expect(matches(index, text)).toEqual(matches(everyAllow, text));
  });

  it('reads a window of the longest allow pattern', () => {
    expect(index.longestAllow).toBe('最高可申请额度'.length);
  });
});
