import { describe, expect, it } from 'vitest';
import data from '../../rules/structure.json';
import { StructureDataSchema } from '../../src/structure/dataSchema.js';

describe('rules/structure.json', () => {
  it('parses with StructureDataSchema and is versioned', () => {
    const parsed = StructureDataSchema.parse(data);
    expect(parsed.schema).toBe('sms-compliance/structure@1');
    expect(parsed.version).toMatch(/^\d{4}\.\d{1,2}\.\d{1,2}(?:\.\d+)?$/);
  });

  it('makes 拒收请回复R the default and accepted unsubscribe statement', () => {
    const parsed = StructureDataSchema.parse(data);
    expect(parsed.unsubscribe.default).toBe('拒收请回复R');
    expect(parsed.unsubscribe.accepted).toContain('拒收请回复R');
  });

  it('cites a regulatory-basis row of section 1B, 1D or 1G, or the brief, for every list', () => {
    const parsed = StructureDataSchema.parse(data);
    for (const source of Object.values(parsed.sources)) {
      if (source.basis !== undefined) expect(source.basis).toMatch(/^1[BDG]-[BDG]\d{1,2}$/);
    }
    expect(parsed.sources['four-layers']?.confidence).toBe('S');
  });

  it('rejects a list citing an unknown source', () => {
    const broken = { ...data, feature: { ...data.feature, source: 'nowhere' } };
    const result = StructureDataSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['feature', 'source']);
  });

  it('rejects a default statement that is not accepted', () => {
    const broken = { ...data, unsubscribe: { ...data.unsubscribe, default: '回T退订' } };
    expect(StructureDataSchema.safeParse(broken).error?.issues[0]?.path).toEqual(['unsubscribe', 'default']);
  });

  it('rejects a known statement the recogniser would never find', () => {
    const broken = { ...data, unsubscribe: { ...data.unsubscribe, known: ['请致电客服退订'] } };
    expect(StructureDataSchema.safeParse(broken).error?.issues[0]?.path).toEqual(['unsubscribe', 'known', 0]);
  });

  it('rejects unknown keys', () => {
    expect(StructureDataSchema.safeParse({ ...data, extra: 1 }).success).toBe(false);
  });
});
