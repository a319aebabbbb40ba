// planSends throughput, memory and linearity, against a naive per-candidate filter.
//
// `run(lib, { scale })` gets the built library (dist/index.js) and returns rows
// `{ name, ops, ms, heapMB, note }`, where `ops` is candidates planned per second. Data is generated with a
// seeded PRNG, so every run plans exactly the same batch.
import { mulberry32 } from '../corpus.mjs';

const DAY = 86_400_000;
/** 2026-11-20 12:00 in Shanghai: twenty days into the calendar month the default policy counts. */
const AT = Date.UTC(2026, 10, 20, 4, 0, 0);
const RECORDS_PER_NUMBER = 5;
const NAIVE_NUMBERS = 2_000;


/**
 * `numbers` distinct candidates and `numbers × 5` flat history records `{ to, at }` spread over the 60 days
 * before AT (so about a third land in the current month and some numbers reach the cap of 5).
 */
function makeData(numbers, seed) {
  const random = mulberry32(seed);
  const candidates = new Array(numbers);
  for (let i = 0; i < numbers; i += 1) candidates[i] = `1${3_000_000_000 + i}`;
  const records = numbers * RECORDS_PER_NUMBER;
  const history = new Array(records);
  for (let j = 0; j < records; j += 1) {
    const to = candidates[Math.floor(random() * numbers)];
    history[j] = { to, at: AT - Math.floor(random() * 60 * DAY) };
  }
  return { candidates, history };
}

function collect() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/**
 * Runs `fn` once. A synchronous call cannot be sampled, so `heapMB` is a lower bound of the peak heap
 * growth: the larger of the growth right after the call (garbage included, unless a GC ran meanwhile) and
 * what is still retained after a GC with the result held. `rssMB` is the process's peak RSS so far.
 */
function measure(fn) {
  collect();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  const grown = process.memoryUsage().heapUsed - before;
  collect();
  const retained = process.memoryUsage().heapUsed - before;
  const heapMB = Math.max(grown, retained) / 1_048_576;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  return { result, ms, heapMB, retainedMB: retained / 1_048_576, rssMB };
}

const round = (value, digits = 1) => Number(value.toFixed(digits));
const opsPerSecond = (count, ms) => Math.round(count / (ms / 1000));

/** The baseline: for each candidate, scan the whole history array and call checkFrequency. */
function naivePlan(lib, candidates, history) {
  return candidates.map((to) => {
    const own = history.filter((record) => record.to === to).map((record) => ({ at: record.at }));
    return lib.checkFrequency(own, { at: AT }).allowed;
  });
}

function planRow(lib, numbers, seed, label) {
  let data = makeData(numbers, seed);
  const { ms, heapMB, retainedMB, rssMB, result } = measure(() => lib.planSends(data.candidates, data.history, { at: AT }));
  const allowed = result.reduce((count, entry) => count + (entry.allowed ? 1 : 0), 0);
  const records = data.history.length;
  data = undefined;
  return {
    row: {
      name: `planSends ${label}: ${numbers.toLocaleString('en')} numbers, ${records.toLocaleString('en')} records`,
      ops: opsPerSecond(numbers, ms),
      ms: round(ms),
      heapMB: round(heapMB),
      note:
        `flat iterable history; ${allowed.toLocaleString('en')} allowed; heapMB = peak heap growth (lower bound), ` +
        `${round(retainedMB)} MB retained with the result; process peak RSS ${round(rssMB, 0)} MB`,
    },
    ms,
  };
}

export async function run(lib, { scale = 1 } = {}) {
  const rows = [];
  const fullNumbers = Math.max(2, Math.round(1_000_000 * scale));
  const halfNumbers = Math.max(1, Math.round(fullNumbers / 2));

  // Small, identical data for the baseline and a like-for-like planSends run.
  const small = makeData(NAIVE_NUMBERS, 7);
  // Warm-up: the first call pays for module initialisation and JIT, which is not what we measure.
  for (let i = 0; i < 3; i += 1) lib.planSends(small.candidates, small.history, { at: AT });
  const fast = measure(() => lib.planSends(small.candidates, small.history, { at: AT }));
  const naive = measure(() => naivePlan(lib, small.candidates, small.history));
  const mismatch = fast.result.findIndex((entry, i) => entry.allowed !== naive.result[i]);
  if (mismatch !== -1) throw new Error(`planSends and the naive baseline disagree on candidate ${mismatch}`);

  rows.push({
    name: `planSends small: ${NAIVE_NUMBERS.toLocaleString('en')} numbers, ${small.history.length.toLocaleString('en')} records`,
    ops: opsPerSecond(NAIVE_NUMBERS, fast.ms),
    ms: round(fast.ms, 2),
    heapMB: round(fast.heapMB),
    note: 'same data as the naive baseline; results checked equal',
  });
  rows.push({
    name: `naive baseline (measured): ${NAIVE_NUMBERS.toLocaleString('en')} numbers, ${small.history.length.toLocaleString('en')} records`,
    ops: opsPerSecond(NAIVE_NUMBERS, naive.ms),
    ms: round(naive.ms, 2),
    heapMB: round(naive.heapMB),
    note: 'for each candidate: history.filter(to) + checkFrequency — O(numbers × records)',
  });
  // Scanning cost grows with numbers × records; the checkFrequency calls are a small linear part.
  const factor = (fullNumbers / NAIVE_NUMBERS) * ((fullNumbers * RECORDS_PER_NUMBER) / small.history.length);
  const extrapolatedMs = naive.ms * factor;
  rows.push({
    name: `naive baseline (EXTRAPOLATED, not run): ${fullNumbers.toLocaleString('en')} numbers, ${(fullNumbers * RECORDS_PER_NUMBER).toLocaleString('en')} records`,
    ops: opsPerSecond(fullNumbers, extrapolatedMs),
    ms: round(extrapolatedMs, 0),
    heapMB: null,
    note: `measured time × ${round(factor, 0).toLocaleString('en')} (numbers ratio × records ratio); an estimate, ≈ ${round(extrapolatedMs / 3_600_000, 1)} h`,
  });

  // Half first, so the full-size data is built after the half-size data has been released.
  const half = planRow(lib, halfNumbers, 11, 'half');
  rows.push(half.row);
  const full = planRow(lib, fullNumbers, 13, 'full');
  rows.push(full.row);

  const ratio = full.ms / half.ms;
  rows.push({
    name: 'planSends linearity: full ÷ half time',
    ops: null,
    ms: round(full.ms - half.ms),
    heapMB: null,
    note: `ratio ${round(ratio, 2)} for 2× input (linear ≈ 2; quadratic would be ≈ 4)`,
  });
  return rows;
}
