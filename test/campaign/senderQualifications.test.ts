import { describe, expect, it } from 'vitest';
import data from '../../rules/sender-qualifications.json';
import { SenderQualificationsSchema } from '../../src/campaign/index.js';

describe('rules/sender-qualifications.json', () => {
  it('parses with SenderQualificationsSchema', () => {
    const parsed = SenderQualificationsSchema.parse(data);
    expect(parsed.schema).toBe('sms-compliance/sender-qualifications@1');
    expect(parsed.version).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
  });

  it('lists the 31 mainland provinces with distinct GB/T 2260 codes', () => {
    const parsed = SenderQualificationsSchema.parse(data);
    expect(parsed.provinces).toHaveLength(31);
    expect(new Set(parsed.provinces.map((p) => p.code)).size).toBe(31);
  });

  it('requires the four items of the source document, each with a known source', () => {
    const parsed = SenderQualificationsSchema.parse(data);
    expect(parsed.requirements.map((r) => r.field)).toEqual(['icpLicense', 'spServiceCode', 'financialFiling', 'ports']);
    for (const requirement of parsed.requirements) expect(parsed.sources).toHaveProperty(requirement.source);
  });

  it('rejects a pack whose requirement cites an unknown source', () => {
    const broken = structuredClone(data);
    broken.requirements[0]!.source = 'nowhere';
    const result = SenderQualificationsSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['requirements', 0, 'source']);
  });

  it('rejects an abbreviation used by two provinces', () => {
    const broken = structuredClone(data);
    broken.provinces[1]!.abbreviations = ['京'];
    const result = SenderQualificationsSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['provinces', 1, 'abbreviations', 0]);
  });

  it('rejects province requirements for an unknown province and unknown top-level keys', () => {
    expect(SenderQualificationsSchema.safeParse({ ...data, provinceRequirements: { 港: [{ id: 'x', label: 'x' }] } }).success).toBe(false);
    expect(SenderQualificationsSchema.safeParse({ ...data, extra: true }).success).toBe(false);
  });
});
