// A frequency-cap ledger shared by a fleet of senders, on Redis.
//
// `checkFrequency` is pure: given the sends to one number and an instant, it says whether one more send keeps
// the cap (5 a calendar month in Asia/Shanghai by default, across every signature) and, if not, when. On one
// machine the history can live in memory; a fleet needs one shared history, or two senders that both read
// "4 sent" both send the 5th and the 6th. This ledger keeps, per number, a sorted set of sends
// (score = epoch ms) and makes "check, then record" atomic across processes.
//
// Why WATCH/MULTI and not a Lua script: the decision must be exactly checkFrequency's (calendar months in a
// time zone, rolling windows, daily limits, minimum gaps, send windows). Re-implementing that in Lua would fork
// the rules. Optimistic locking keeps the decision in JavaScript: WATCH the number's key, read its history,
// decide, then MULTI/EXEC the write. If any other client changed the key in between, EXEC returns null and we
// read and decide again. Contention is per number, so retries are rare in practice.
//
// WATCH belongs to a connection: two reservations interleaved on one connection would share a transaction.
// So each ledger owns one connection and runs its reservations one at a time; the fleet (many processes, many
// ledgers) is made safe by WATCH. Give each sender process its own ledger.
//
//   npm run build && REDIS_URL=redis://127.0.0.1:6379 node examples/redis-ledger.mjs

import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { checkFrequency } from 'sms-compliance';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @param {import('ioredis').Redis} redis a connection this ledger owns (see above)
 * @param {{ policy?: import('sms-compliance').FrequencyPolicy, keyPrefix?: string, maxRetries?: number }} [options]
 */
export function createRedisLedger(redis, { policy = {}, keyPrefix = 'sms:sent:', maxRetries = 20 } = {}) {
  // Keep what any decision can need: a calendar month (at most 31 days), a rolling window, a minimum gap.
  const rollingDays = typeof policy.window === 'object' ? policy.window.rollingDays : 0;
  const retentionMs = Math.max(32 * DAY_MS, (rollingDays + 1) * DAY_MS, (policy.minGapMinutes ?? 0) * 60_000 + DAY_MS);
  const key = (to) => `${keyPrefix}${to}`;
  let queue = Promise.resolve();

  /** Runs `task` after every earlier reservation of this ledger (one WATCH at a time on the connection). */
  const serial = (task) => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  /** The sends to `to` still inside the retention, as checkFrequency's history. */
  async function history(to) {
    const flat = await redis.zrange(key(to), 0, -1, 'WITHSCORES');
    const sends = [];
    for (let i = 0; i < flat.length; i += 2) {
      const { signature } = JSON.parse(flat[i]);
      sends.push(signature === undefined ? { at: Number(flat[i + 1]) } : { at: Number(flat[i + 1]), signature });
    }
    return sends;
  }

  const write = (multi, to, atMs, signature) =>
    multi
      .zadd(key(to), atMs, JSON.stringify({ id: randomUUID(), ...(signature === undefined ? {} : { signature }) }))
      .zremrangebyscore(key(to), '-inf', `(${atMs - retentionMs}`)
      .pexpire(key(to), retentionMs);

  /**
   * Atomically: decide with checkFrequency whether a send to `to` at `at` is allowed and, if it is, record it.
   * Returns the decision (`allowed`, `used`, `remaining`, `nextAllowedAt`, `reason`).
   */
  function reserve(to, at, { signature } = {}) {
    const atMs = new Date(at).getTime();
    return serial(async () => {
      for (let attempt = 0; attempt < maxRetries; attempt += 1) {
        await redis.watch(key(to));
        const decision = checkFrequency(await history(to), { at: atMs, policy });
        if (!decision.allowed) {
          await redis.unwatch();
          return decision;
        }
        const committed = await write(redis.multi(), to, atMs, signature).exec();
        if (committed !== null) return decision; // null: someone else wrote to this number; decide again
      }
      throw new Error(`could not reserve a send to ${to} after ${maxRetries} attempts (heavy contention)`);
    });
  }

  /** Records a send that was decided elsewhere (a manual send, an import of yesterday's log). */
  function record(to, at, { signature } = {}) {
    return serial(async () => {
      await write(redis.multi(), to, new Date(at).getTime(), signature).exec();
    });
  }

  return { reserve, record, history: (to) => serial(() => history(to)) };
}

// Run as a program: two "senders" race for the same number; the cap holds.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const a = new Redis(url);
  const b = new Redis(url);
  const prefix = `demo:${randomUUID()}:`;
  const policy = { limit: 3 };
  const senders = [createRedisLedger(a, { policy, keyPrefix: prefix }), createRedisLedger(b, { policy, keyPrefix: prefix })];
  const at = '2026-11-30T10:00:00+08:00';
  const decisions = await Promise.all(
    Array.from({ length: 8 }, (_, i) => senders[i % 2].reserve('13800000000', at, { signature: i % 2 ? '甲贷' : '乙金融' })),
  );
  console.table(decisions.map((d) => ({ allowed: d.allowed, used: d.used, reason: d.reason ?? '', nextAllowedAt: d.nextAllowedAt?.toISOString() ?? '' })));
  await a.del(`${prefix}13800000000`);
  a.disconnect();
  b.disconnect();
}
