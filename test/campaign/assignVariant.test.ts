import { describe, expect, it } from 'vitest';
import { assignVariant, VariantAssignmentSchema, type Experiment } from '../../src/campaign/index.js';
import { configError } from '../support/configError.js';

const sendTime: Experiment = { id: 'send-time-2026-12', variants: [{ id: '09-10' }, { id: '15-16' }] };


describe('assignVariant', () => {
  it('returns the experiment id, the variant and the bucket in [0, 1)', () => {
    const result = assignVariant('13800000000', sendTime);
    expect(VariantAssignmentSchema.parse(result)).toEqual(result);
    expect(result.experimentId).toBe('send-time-2026-12');
    expect(result.bucket).toBeGreaterThanOrEqual(0);
    expect(result.bucket).toBeLessThan(1);
  });

  it('derives the bucket from the hash of "<experiment id>:<recipient id>"', () => {
    // stableHash32('send-time-2026-12:13800000000') = 934272429, checked against an independent
    // implementation in _hash.test.ts; 934272429 / 2^32 = 0.21752725…, inside the first half → '09-10'.
    expect(assignVariant('13800000000', sendTime)).toEqual({ experimentId: 'send-time-2026-12', variant: '09-10', bucket: 934_272_429 / 2 ** 32 });
  });

  it('gives the same variant to the same id on every call', () => {
    const first = assignVariant('customer-42', sendTime);
    for (let i = 0; i < 5; i++) expect(assignVariant('customer-42', sendTime)).toEqual(first);
  });

  it('splits by bucket: variants own consecutive slices proportional to their weights', () => {
    const experiment = { id: 'signature', variants: [{ id: 'brand-first', weight: 1 }, { id: 'service-first', weight: 3 }] };
    for (let i = 0; i < 2_000; i++) {
      const { variant, bucket } = assignVariant(`c${i}`, experiment);
      expect(variant).toBe(bucket < 0.25 ? 'brand-first' : 'service-first');
    }
  });

  it('never assigns a zero-weight variant', () => {
    const experiment = { id: 'link', variants: [{ id: 'text+link', weight: 0 }, { id: 'text-only' }, { id: 'paused', weight: 0 }] };
    for (let i = 0; i < 2_000; i++) expect(assignVariant(`c${i}`, experiment).variant).toBe('text-only');
  });

  it('assigns everyone to a single variant', () => {
    expect(assignVariant('anyone', { id: 'solo', variants: [{ id: 'only', weight: 0.3 }] }).variant).toBe('only');
  });

  it('salts by experiment id: the same person can land differently in another experiment', () => {
    const other = { ...sendTime, id: 'send-time-2027-01' };
    const differs = Array.from({ length: 200 }, (_, i) => `c${i}`).some(
      (id) => assignVariant(id, sendTime).variant !== assignVariant(id, other).variant,
    );
    expect(differs).toBe(true);
  });

  describe('bad input', () => {
    it.each([
      ['recipientId', '', sendTime],
      ['recipientId', 42, sendTime],
      ['experiment.variants', 'x', { id: 'e', variants: [] }],
      ['experiment.variants[1].id', 'x', { id: 'e', variants: [{ id: 'a' }, { id: 'a' }] }],
      ['experiment.variants[0].weight', 'x', { id: 'e', variants: [{ id: 'a', weight: -1 }] }],
      ['experiment.variants[0].weight', 'x', { id: 'e', variants: [{ id: 'a', weight: Number.POSITIVE_INFINITY }] }],
      ['experiment.variants', 'x', { id: 'e', variants: [{ id: 'a', weight: 0 }] }],
      ['experiment.id', 'x', { id: '', variants: [{ id: 'a' }] }],
    ])('rejects input with ComplianceConfigError naming %s', (path, id, experiment) => {
      expect(configError(() => assignVariant(id as string, experiment as Experiment)).path).toBe(path);
    });
  });
});
