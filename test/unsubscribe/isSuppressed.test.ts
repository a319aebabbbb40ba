import { describe, expect, it } from 'vitest';
import { isSuppressed } from '../../src/unsubscribe/isSuppressed.js';
import { configError } from '../support/configError.js';

const t0 = Date.parse('2026-11-30T10:00:00+08:00');
const HOUR = 3_600_000;

describe('isSuppressed', () => {
  it('suppresses from the instant of the request, not from its 24-hour deadline', () => {
    const requests = [{ to: 'A', requestedAt: t0 }];
    expect(isSuppressed('A', requests, t0 - 1)).toBe(false);
    expect(isSuppressed('A', requests, t0)).toBe(true);
    expect(isSuppressed('A', requests, t0 + 1)).toBe(true);
  });

  it('covers every signature: a refusal to one brand stops the others too', () => {
    const requests = [{ to: 'A', requestedAt: t0, signature: '甲贷' }];
    expect(isSuppressed('A', requests, t0 + 48 * HOUR)).toBe(true);
  });

  it('stays silent for other numbers', () => {
    expect(isSuppressed('B', [{ to: 'A', requestedAt: t0 }], t0 + HOUR)).toBe(false);
    expect(isSuppressed('B', [], t0)).toBe(false);
  });

  it('lifts suppression when the person re-subscribes after the refusal', () => {
    const requests = [{ to: 'A', requestedAt: t0, resubscribedAt: t0 + HOUR }];
    expect(isSuppressed('A', requests, t0 + HOUR - 1)).toBe(true);
    expect(isSuppressed('A', requests, t0 + HOUR)).toBe(false);
  });

  it('suppresses again after a later refusal of a re-subscribed number', () => {
    const requests = [
      { to: 'A', requestedAt: t0 + 5 * HOUR },
      { to: 'A', requestedAt: t0, resubscribedAt: t0 + HOUR },
    ];
    expect(isSuppressed('A', requests, t0 + 2 * HOUR)).toBe(false);
    expect(isSuppressed('A', requests, t0 + 5 * HOUR)).toBe(true);
  });

  it('keeps a number suppressed when the refusal and the re-subscription share an instant', () => {
    expect(isSuppressed('A', [{ to: 'A', requestedAt: t0, resubscribedAt: t0 }], t0)).toBe(true);
  });

  it.each([
    ['an empty number', () => isSuppressed('', [], t0), 'to'],
    ['an invalid request date', () => isSuppressed('A', [{ to: 'A', requestedAt: 'yesterday' }], t0), 'requests[0].requestedAt'],
    ['an invalid `at`', () => isSuppressed('A', [], Number.POSITIVE_INFINITY), 'at'],
  ])('rejects %s with ComplianceConfigError naming the field', (_label, call, path) => {
    expect(configError(call).path).toBe(path);
  });
});
