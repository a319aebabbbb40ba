import { describe, expect, it } from 'vitest';
import pack from '../../rules/content-types.json';
import { ContentTypesPackSchema } from '../../src/segments/index.js';

const clone = (): typeof pack => structuredClone(pack);

describe('rules/content-types.json', () => {
  it('parses with ContentTypesPackSchema', () => {
    const parsed = ContentTypesPackSchema.parse(pack);
    expect(parsed.schema).toBe('sms-compliance/content-types@1');
    expect(parsed.version).toBe('2026.11.30');
  });

  it('has a decisive phrase (weight ≥ minScore) for every content type', () => {
    for (const entry of Object.values(pack.contentTypes)) {
      expect(entry.phrases.some((item) => item.weight >= pack.scoring.minScore)).toBe(true);
    }
  });

  it('rejects a phrase that is not in normalised form', () => {
    const bad = clone();
    bad.contentTypes['rate-offer'].phrases[0]!.phrase = 'APR';
    const result = ContentTypesPackSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['contentTypes', 'rate-offer', 'phrases', 0, 'phrase']);
  });

  it('rejects a phrase that is listed under two types', () => {
    const bad = clone();
    bad.contentTypes['process-intro'].phrases.push({ phrase: '续期', weight: 1, source: 'compiled' });
    expect(ContentTypesPackSchema.safeParse(bad).error?.issues[0]?.message).toMatch(/duplicate phrase "续期"/);
  });

  it('rejects a phrase whose source is not declared', () => {
    const bad = clone();
    bad.contentTypes['renewal-reminder'].phrases[0]!.source = 'nowhere';
    expect(ContentTypesPackSchema.safeParse(bad).error?.issues[0]?.message).toBe('unknown source "nowhere"');
  });

  it('rejects another schema id and unknown keys', () => {
    expect(ContentTypesPackSchema.safeParse({ ...clone(), schema: 'sms-compliance/content-types@2' }).success).toBe(false);
    expect(ContentTypesPackSchema.safeParse({ ...clone(), extra: true }).success).toBe(false);
  });
});
