import { describe, expect, it } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/index.js';
import { classifySegment, classifySegments, type CustomerProfile } from '../../src/segments/index.js';

const AT = '2026-11-29T10:00:00+08:00';
const customers: CustomerProfile[] = [
  { id: 'a', hasLoanRecord: true },
  { id: 'b', inquiries: [{ at: '2026-11-28T09:00:00+08:00' }] },
  { id: 'c', registeredAt: '2026-11-01' },
  { id: 's', isStudent: true },
  { id: 'u' },
  { id: 'a2', loans: [{ openedAt: '2025-01-01', status: 'closed' }] },
];

function pathOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ComplianceConfigError) return error.path;
    throw error;
  }
  throw new Error('expected a ComplianceConfigError');
}

describe('classifySegments', () => {
  it('returns one entry per customer in input order, each as classifySegment would give it, with its id', () => {
    const batch = classifySegments(customers, { at: AT });
    expect(batch.results.map((entry) => [entry.id, entry.segment])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
      ['s', 'excluded'],
      ['u', 'unclassified'],
      ['a2', 'A'],
    ]);
    batch.results.forEach(({ id, ...result }, index) => {
      expect(result).toEqual(classifySegment(customers[index]!, { at: AT }));
      expect(id).toBe(customers[index]!.id);
    });
  });

  it('counts customers per segment', () => {
    const batch = classifySegments(customers, { at: AT });
    expect(batch.counts).toEqual({ A: 2, B: 1, C: 1, excluded: 1, unclassified: 1 });
    expect(batch.total).toBe(6);
  });

  it('applies the shared policy to every customer', () => {
    const batch = classifySegments(customers, { at: AT, policy: { newUserDays: 7 } });
    expect(batch.results[2]!.segment).toBe('unclassified');
  });

  it('accepts a Set and reads a generator exactly once', () => {
    expect(classifySegments(new Set(customers), { at: AT }).counts.A).toBe(2);
    let pulls = 0;
    function* generate(): Generator<CustomerProfile> {
      for (const customer of customers) {
        pulls += 1;
        yield customer;
      }
    }
    expect(classifySegments(generate(), { at: AT }).total).toBe(customers.length);
    expect(pulls).toBe(customers.length);
  });

  it('returns zero counts for an empty batch', () => {
    expect(classifySegments([], { at: AT })).toEqual({
      results: [],
      counts: { A: 0, B: 0, C: 0, excluded: 0, unclassified: 0 },
      total: 0,
    });
  });

  it('handles a large batch in one pass', () => {
    const many = Array.from({ length: 20_000 }, (_, index): CustomerProfile => ({
      id: String(index),
      inquiries: index % 2 === 0 ? [{ at: '2026-11-28T00:00:00Z' }] : [],
    }));
    const batch = classifySegments(many, { at: AT });
    expect(batch.counts).toEqual({ A: 0, B: 10_000, C: 0, excluded: 0, unclassified: 10_000 });
  });

  it('names the index of a bad profile in the error path', () => {
    const bad = [{ id: 'ok' }, { id: 'x', inquiries: [{ at: 'soon' }] }] as CustomerProfile[];
    expect(pathOf(() => classifySegments(bad, { at: AT }))).toBe('customers[1].inquiries[0].at');
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 3],
    ['a string', 'abc'],
    ['a plain object', { id: 'a' }],
  ])('rejects %s as customers', (_label, value) => {
    expect(pathOf(() => classifySegments(value as never, { at: AT }))).toBe('customers');
  });

  it('validates the options before reading any customer', () => {
    let pulled = false;
    function* generate(): Generator<CustomerProfile> {
      pulled = true;
      yield { id: 'a' };
    }
    expect(pathOf(() => classifySegments(generate(), { at: 'later' }))).toBe('options.at');
    expect(pulled).toBe(false);
  });
});
