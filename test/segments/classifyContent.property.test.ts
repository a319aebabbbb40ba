import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import pack from '../../rules/content-types.json';
import { classifyContent, type ContentType } from '../../src/segments/index.js';

const entries = Object.entries(pack.contentTypes).flatMap(([contentType, entry]) =>
  entry.phrases.map((item) => ({ ...item, contentType: contentType as ContentType })),
);
const phrases = entries.map((item) => item.phrase);

/** Texts made of pack phrases, their full-width/compatibility look-alikes and random filler. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...phrases),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom('㍻', '⽇', '⽉', 'Ａ', '😀', ' ', '，'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('classifyContent properties', () => {
  test.prop([text])('is deterministic and keeps confidence in [0, 1)', (message) => {
    const result = classifyContent(message);
    expect(classifyContent(message)).toEqual(result);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThan(1);
    expect(result.contentType === null).toBe(result.confidence === 0);
  });

  test.prop([text])('reports non-overlapping evidence, in order, whose spans cover the phrase in the original', (message) => {
    const { evidence } = classifyContent(message);
    let previousEnd = 0;
    for (const item of evidence) {
      expect(item.start).toBeGreaterThanOrEqual(previousEnd);
      expect(item.end).toBeGreaterThan(item.start);
      expect(item.end).toBeLessThanOrEqual(message.length);
      expect(item.excerpt).toBe(message.slice(item.start, item.end));
      expect(item.excerpt.normalize('NFKC').toLowerCase()).toContain(item.phrase);
      previousEnd = item.end;
    }
  });

  test.prop([text])('derives scores and confidence from the evidence by the documented formula', (message) => {
    const result = classifyContent(message);
    const scores: Record<ContentType, number> = { 'renewal-reminder': 0, 'rate-offer': 0, 'process-intro': 0 };
    const seen = new Set<string>();
    for (const item of result.evidence) {
      if (!seen.has(item.phrase)) scores[item.contentType] += item.weight;
      seen.add(item.phrase);
    }
    expect(result.scores).toEqual(scores);
    const [top, second] = Object.values(scores).sort((a, b) => b - a) as [number, number, number];
    const recognised = top >= pack.scoring.minScore && top > second;
    expect(result.confidence).toBeCloseTo(recognised ? (top - second) / (top + pack.scoring.prior) : 0, 12);
  });

  test.prop([fc.constantFrom(...entries.filter((item) => item.weight >= pack.scoring.minScore)), fc.constantFrom('', '【XX】', '您好，')])(
    'recognises the type of any decisive phrase standing alone',
    (entry, prefix) => {
      expect(classifyContent(`${prefix}${entry.phrase}。`).contentType).toBe(entry.contentType);
    },
  );
});
