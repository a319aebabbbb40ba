import { ComplianceConfigError } from '../errors/ComplianceConfigError.js';
import { parseInput } from '../errors/parseInput.js';
import { buildFrame, decide, inCap, inDay, type CapFrame } from './_capCore.js';
import { readCandidate, readFlatRecord, readRecordTime } from './_fastParse.js';
import {
  PlanSendsOptionsSchema,
  type PlanSendsOptions,
  type PlannedSend,
  type SendCandidate,
  type SendHistory,
} from './schemas.js';

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

function notIterable(path: string, what: string): ComplianceConfigError {
  return new ComplianceConfigError([{ path, message: `expected ${what}` }]);
}

/** Per-number counters in flat typed arrays: a million numbers cost a few megabytes, not a million objects. */
interface Counters {
  readonly count: Int32Array;
  readonly dayCount: Int32Array;
  readonly last: Float64Array;
  readonly rollingTimes: (number[] | undefined)[] | undefined;
}

function createCounters(size: number, rolling: boolean): Counters {
  return {
    count: new Int32Array(size),
    dayCount: new Int32Array(size),
    last: new Float64Array(size).fill(Number.NEGATIVE_INFINITY),
    rollingTimes: rolling ? new Array<number[] | undefined>(size) : undefined,
  };
}

function addSend(frame: CapFrame, counters: Counters, slot: number, t: number): void {
  if (t > frame.at) return;
  if (t > counters.last[slot]!) counters.last[slot] = t;
  if (inCap(frame, t)) {
    counters.count[slot]! += 1;
    if (counters.rollingTimes !== undefined) (counters.rollingTimes[slot] ??= []).push(t);
  }
  if (inDay(frame, t)) counters.dayCount[slot]! += 1;
}

/**
 * Decides a whole batch at once: for each candidate, in order, whether it may be sent at `at` and, if not,
 * until when it is deferred — the same answer `checkFrequency` gives for that number.
 *
 * Entries allowed earlier in the batch count as sends at `at`, so a number listed several times never goes
 * over the cap. `history` is either a `Map` from number to that number's records, or a flat iterable of
 * `{ to, at }` records. The work is linear: candidates are indexed once, the history is read once (for a
 * `Map`, only the candidates' entries) and only the counters the policy needs are kept. Numbers are
 * compared as given; normalise them (e.g. to E.164) first.
 *
 * @param candidates - Numbers or `{ to }` objects, in the order to plan them.
 * @param history - `Map<to, { at, signature? }[]>` or an iterable of `{ to, at, signature? }`.
 * @param options - `{ at, policy? }`, as for `checkFrequency`.
 * @returns One `{ to, allowed, deferredUntil, reason? }` per candidate, in candidate order.
 * @throws {ComplianceConfigError} On an invalid candidate, record, date or policy (`history[3].at`).
 *
 * @example
 * import { planSends } from 'sms-compliance';
 *
 * const history = [
 *   { to: '13800000001', at: '2026-11-20T10:00:00+08:00' },
 *   { to: '13800000001', at: '2026-11-21T10:00:00+08:00' },
 * ];
 * planSends(['13800000001', '13800000002', '13800000001'], history, {
 *   at: '2026-11-25T10:00:00+08:00',
 *   policy: { limit: 3 },
 * });
 * //=> [ { to: '13800000001', allowed: true, deferredUntil: null },
 * //     { to: '13800000002', allowed: true, deferredUntil: null },
 * //     { to: '13800000001', allowed: false, deferredUntil: 2026-11-30T16:00:00.000Z, reason: 'limit-reached' } ]
 */
export function planSends(
  candidates: Iterable<SendCandidate>,
  history: SendHistory,
  options: PlanSendsOptions,
): PlannedSend[] {
  const { at, policy } = parseInput(PlanSendsOptionsSchema, options, 'options');
  const frame = buildFrame(at.getTime(), policy);

  if (!isIterable(candidates) || typeof candidates === 'string') {
    throw notIterable('candidates', 'an iterable of phone numbers or { to } objects');
  }
  const order: string[] = [];
  const slotOf = new Map<string, number>();
  let position = 0;
  for (const candidate of candidates) {
    const index = position;
    const to = readCandidate(candidate, () => `candidates[${index}]`);
    order.push(to);
    if (!slotOf.has(to)) slotOf.set(to, slotOf.size);
    position += 1;
  }

  const counters = createCounters(slotOf.size, frame.rolling);
  if (history instanceof Map) {
    for (const [to, slot] of slotOf) {
      const records: unknown = history.get(to);
      if (records === undefined) continue;
      if (!isIterable(records)) throw notIterable(`history[${JSON.stringify(to)}]`, 'an array of { at } records');
      let i = 0;
      for (const record of records) {
        const index = i;
        addSend(frame, counters, slot, readRecordTime(record, () => `history[${JSON.stringify(to)}][${index}]`));
        i += 1;
      }
    }
  } else if (isIterable(history) && typeof history !== 'string') {
    let i = 0;
    for (const record of history as Iterable<unknown>) {
      const index = i;
      const { to, at: t } = readFlatRecord(record, () => `history[${index}]`);
      const slot = slotOf.get(to);
      if (slot !== undefined) addSend(frame, counters, slot, t);
      i += 1;
    }
  } else {
    throw notIterable('history', 'a Map of number → records or an iterable of { to, at } records');
  }

  const out: PlannedSend[] = new Array(order.length);
  for (let i = 0; i < order.length; i += 1) {
    const to = order[i]!;
    const slot = slotOf.get(to)!;
    const core = decide(
      frame,
      counters.count[slot]!,
      counters.rollingTimes?.[slot],
      counters.dayCount[slot]!,
      counters.last[slot]!,
    );
    if (core.allowed) {
      addSend(frame, counters, slot, frame.at);
      out[i] = { to, allowed: true, deferredUntil: null };
    } else {
      out[i] = { to, allowed: false, deferredUntil: new Date(core.nextAllowedAt!), reason: core.reason! };
    }
  }
  return out;
}
