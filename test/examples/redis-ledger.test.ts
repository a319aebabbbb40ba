import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFrequency } from '../../src/index.js';
import { requireBuild } from './_dist.js';

// The ledger is tested against a real redis-server (CI installs the Debian package and starts it on
// loopback). Locally, without REDIS_URL, the suite is skipped; in CI a missing server is a failure.
const REDIS_URL = process.env.REDIS_URL;
if (REDIS_URL === undefined && process.env.CI === 'true') {
  throw new Error('REDIS_URL is not set: CI must start redis-server on 127.0.0.1 and export REDIS_URL for the ledger example');
}

interface Decision {
  allowed: boolean;
  used: number;
  reason?: string;
  nextAllowedAt: Date | null;
}
interface Ledger {
  reserve(to: string, at: string | number, options?: { signature?: string }): Promise<Decision>;
  record(to: string, at: string | number, options?: { signature?: string }): Promise<void>;
  history(to: string): Promise<{ at: number; signature?: string }[]>;
}
type CreateLedger = (redis: Redis, options?: { policy?: object; keyPrefix?: string }) => Ledger;

describe.skipIf(REDIS_URL === undefined)('examples/redis-ledger.mjs, a shared frequency-cap ledger on Redis', async () => {
  requireBuild();
  const modulePath = '../../examples/redis-ledger.mjs';
  const { createRedisLedger } = (await import(modulePath)) as { createRedisLedger: CreateLedger };
  const prefix = `test:${randomUUID()}:`;
  const connections: Redis[] = [];
  const connect = (): Redis => {
    const redis = new Redis(REDIS_URL!, { lazyConnect: false, maxRetriesPerRequest: 1 });
    connections.push(redis);
    return redis;
  };

  afterAll(async () => {
    const admin = connections[0] ?? connect();
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length > 0) await admin.del(...keys);
    for (const redis of connections) redis.disconnect();
  });

  it('lets exactly `limit` sends through when a fleet of senders races for one number', async () => {
    const policy = { limit: 5 };
    const fleet = Array.from({ length: 4 }, () => createRedisLedger(connect(), { policy, keyPrefix: prefix }));
    const at = '2026-11-30T10:00:00+08:00';
    const decisions = await Promise.all(
      Array.from({ length: 24 }, (_, i) => fleet[i % fleet.length]!.reserve('13800000001', at)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    expect(await fleet[0]!.history('13800000001')).toHaveLength(5);
    for (const refused of decisions.filter((decision) => !decision.allowed)) {
      expect(refused.reason).toBe('limit-reached');
      expect(refused.nextAllowedAt?.toISOString()).toBe('2026-11-30T16:00:00.000Z'); // 1 December in Shanghai
    }
  });

  it('decides exactly as checkFrequency does on the recorded history, across a month boundary', async () => {
    const ledger = createRedisLedger(connect(), { policy: { limit: 2 }, keyPrefix: prefix });
    const to = '13800000002';
    const times = ['2026-11-10T10:00:00+08:00', '2026-11-20T10:00:00+08:00', '2026-11-30T23:59:59+08:00', '2026-12-01T00:00:00+08:00'];
    const allowed: boolean[] = [];
    for (const at of times) {
      const expected = checkFrequency(await ledger.history(to), { at, policy: { limit: 2 } });
      const decision = await ledger.reserve(to, at);
      expect(decision).toEqual(expected);
      allowed.push(decision.allowed);
    }
    expect(allowed).toEqual([true, true, false, true]);
  });

  it('counts sends recorded from elsewhere, with their signatures, across every signature', async () => {
    const ledger = createRedisLedger(connect(), { policy: { limit: 2 }, keyPrefix: prefix });
    await ledger.record('13800000003', '2026-11-01T09:00:00+08:00', { signature: '甲贷' });
    await ledger.record('13800000003', '2026-11-02T09:00:00+08:00', { signature: '乙金融' });
    expect(await ledger.history('13800000003')).toEqual([
      { at: Date.parse('2026-11-01T09:00:00+08:00'), signature: '甲贷' },
      { at: Date.parse('2026-11-02T09:00:00+08:00'), signature: '乙金融' },
    ]);
    expect((await ledger.reserve('13800000003', '2026-11-03T09:00:00+08:00', { signature: '丙' })).allowed).toBe(false);
  });

  it('forgets sends older than any decision needs and lets the key expire', async () => {
    const redis = connect();
    const ledger = createRedisLedger(redis, { keyPrefix: prefix });
    await ledger.record('13800000004', '2026-01-01T09:00:00+08:00');
    await ledger.reserve('13800000004', '2026-11-30T09:00:00+08:00');
    expect((await ledger.history('13800000004')).map((send) => send.at)).toEqual([Date.parse('2026-11-30T09:00:00+08:00')]);
    const ttl = await redis.pttl(`${prefix}13800000004`);
    expect(ttl).toBeGreaterThan(31 * 24 * 3600 * 1000);
  });
});
