import { describe, expect, it } from 'vitest';
import { checkFrequency } from '../../src/frequency/checkFrequency.js';
import { planSends } from '../../src/frequency/planSends.js';
import { configError } from '../support/configError.js';

const at = '2026-11-25T10:00:00+08:00';
const flat = [
  { to: 'A', at: '2026-11-20T10:00:00+08:00' },
  { to: 'A', at: '2026-11-21T10:00:00+08:00', signature: '甲' },
  { to: 'B', at: '2026-10-31T10:00:00+08:00' },
];

describe('planSends', () => {
  it('returns one entry per candidate, in candidate order, matching checkFrequency', () => {
    const plan = planSends(['B', 'A', 'C'], flat, { at, policy: { limit: 2 } });
    expect(plan.map((entry) => entry.to)).toEqual(['B', 'A', 'C']);
    expect(plan[0]).toEqual({ to: 'B', allowed: true, deferredUntil: null });
    expect(plan[1]).toEqual({
      to: 'A',
      allowed: false,
      deferredUntil: checkFrequency(flat.slice(0, 2).map(({ to: _to, ...send }) => send), { at, policy: { limit: 2 } })
        .nextAllowedAt,
      reason: 'limit-reached',
    });
    expect(plan[2]).toEqual({ to: 'C', allowed: true, deferredUntil: null });
  });

  it('counts allowed entries of the batch, so a repeated number stops at the cap', () => {
    const plan = planSends(['A', 'A', 'A', 'B', 'A'], flat, { at, policy: { limit: 3 } });
    expect(plan.map((entry) => entry.allowed)).toEqual([true, false, false, true, false]);
  });

  it('treats a repeated number as a send at `at` for the minimum gap too', () => {
    const plan = planSends(['C', 'C'], [], { at, policy: { minGapMinutes: 60 } });
    expect(plan[1]).toMatchObject({ allowed: false, reason: 'min-gap' });
    expect(plan[1]!.deferredUntil?.toISOString()).toBe('2026-11-25T03:00:00.000Z');
  });

  it('accepts { to } candidates, a Map history and any iterable (generators included)', () => {
    const byNumber = new Map([
      ['A', [{ at: '2026-11-20T10:00:00+08:00' }, { at: '2026-11-21T10:00:00+08:00' }]],
    ]);
    function* candidates() {
      yield { to: 'A' };
      yield 'B';
    }
    function* records() {
      yield* flat;
    }
    const fromMap = planSends(candidates(), byNumber, { at, policy: { limit: 2 } });
    const fromGenerator = planSends([{ to: 'A' }, 'B'], records(), { at, policy: { limit: 2 } });
    expect(fromMap.map((entry) => entry.allowed)).toEqual([false, true]);
    expect(fromGenerator).toEqual(fromMap);
  });

  it('defers every entry to the next window opening when `at` is in quiet hours', () => {
    const plan = planSends(['A', 'B'], [], { at: '2026-11-25T22:00:00+08:00', policy: { sendWindow: {} } });
    for (const entry of plan) {
      expect(entry).toMatchObject({ allowed: false, reason: 'outside-send-window' });
      expect(entry.deferredUntil?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    }
  });

  it('returns an empty plan for no candidates', () => {
    expect(planSends([], flat, { at })).toEqual([]);
  });

  it('reads only the candidates’ entries of a Map history', () => {
    const byNumber = new Map([['other', [{ at: 'not a date' }]]]);
    expect(planSends(['A'], byNumber, { at })).toHaveLength(1);
  });

  it.each([
    ['an empty candidate', () => planSends(['A', ''], [], { at }), 'candidates[1]'],
    ['a candidate with an unknown key', () => planSends([{ to: 'A', name: 'x' } as never], [], { at }), 'candidates[0]'],
    ['a flat record with an invalid date', () => planSends(['A'], [flat[0]!, { to: 'A', at: 'later' }], { at }), 'history[1].at'],
    ['a flat record without `to`', () => planSends(['A'], [{ at: 0 } as never], { at }), 'history[0].to'],
    ['a Map record with an out-of-range date', () => planSends(['A'], new Map([['A', [{ at: 9e15 }]]]), { at }), 'history["A"][0].at'],
    ['candidates that are not iterable', () => planSends(42 as never, [], { at }), 'candidates'],
    ['a history that is not iterable', () => planSends(['A'], 42 as never, { at }), 'history'],
    ['a negative daily limit', () => planSends(['A'], [], { at, policy: { dailyLimit: -2 } }), 'options.policy.dailyLimit'],
  ])('rejects %s with ComplianceConfigError naming the path', (_label, call, path) => {
    expect(configError(call).path).toBe(path);
  });
});
