// A/B comparison of two builds of the library in one process: `node bench/compare.mjs <a> <b>`, each a path
// to a built entry (e.g. a copy of dist/index.js from before a change, and dist/index.js).
//
// Why: on a shared 2-core machine one run's numbers move by ±10–25%, more than most single optimisations
// gain, so a change is judged over many short interleaved rounds — a burst of load hits both builds alike.
//
// Options: --rounds N (default 30), --messages N (default 5,000 per round). The best round of each build
// is the least disturbed one, so the ratio of the bests is the number to read; the per-round ratios show
// how far to trust it.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeCorpus, makeTerms } from './corpus.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? Number(args[at + 1]) : fallback;
};
const paths = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (paths.length !== 2) {
  process.stderr.write('usage: node bench/compare.mjs <build a> <build b> [--rounds N] [--messages N]\n');
  process.exit(2);
}
const ROUNDS = option('--rounds', 30);
const { messages } = makeCorpus(option('--messages', 5_000));
// The same file imported twice is one module: a query string makes the second import a module of its own.
const [a, b] = await Promise.all(paths.map((path, index) => import(`${pathToFileURL(resolve(path)).href}?build=${index}`)));
const extra = makeTerms(10_000);

function subjectsOf(lib) {
  const linter = lib.createLinter();
  const withTerms = lib.createLinter({ terms: { 'misleading-claims': extra } });
  return {
    'lint()': (text) => lib.lint(text).issues.length,
    'createLinter()': (text) => linter.lint(text).issues.length,
    'createLinter() + 10,000 terms': (text) => withTerms.lint(text).issues.length,
    'checkStructure()': (text) => lib.checkStructure(text).issues.length,
    'normalizeText()': (text) => lib.normalizeText(text).text.length,
  };
}
const subjectsA = subjectsOf(a);
const subjectsB = subjectsOf(b);
const time = (run) => {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < messages.length; i += 1) sink += run(messages[i]);
  return { ms: performance.now() - start, sink };
};
// Warm-up: JIT and lazily built tables; not measured.
for (const name of Object.keys(subjectsA)) {
  time(subjectsA[name]);
  time(subjectsB[name]);
}
const ratios = Object.fromEntries(Object.keys(subjectsA).map((name) => [name, []]));
const bestA = {};
const bestB = {};
for (let round = 0; round < ROUNDS; round += 1) {
  for (const name of Object.keys(subjectsA)) {
    // Alternate which build goes first, so neither always runs on a warmer (or colder) machine.
    const aFirst = round % 2 === 0;
    const first = time(aFirst ? subjectsA[name] : subjectsB[name]).ms;
    const second = time(aFirst ? subjectsB[name] : subjectsA[name]).ms;
    const [msA, msB] = aFirst ? [first, second] : [second, first];
    ratios[name].push(msA / msB);
    bestA[name] = Math.min(bestA[name] ?? Infinity, msA);
    bestB[name] = Math.min(bestB[name] ?? Infinity, msB);
  }
}
const perMessage = (ms) => `${((ms * 1000) / messages.length).toFixed(2)} µs`;
console.log(`b relative to a, ${ROUNDS} interleaved rounds of ${messages.length.toLocaleString('en')} messages; speed-up = a's time ÷ b's time (> 1: b is faster)`);
console.log('| subject | a best | b best | speed-up of bests | per-round speed-up: median (min–max) |');
console.log('|---|---|---|---|---|');
for (const [name, values] of Object.entries(ratios)) {
  const sorted = [...values].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `| ${name} | ${perMessage(bestA[name])} | ${perMessage(bestB[name])} | ${(bestA[name] / bestB[name]).toFixed(3)}× | ` +
      `${median.toFixed(3)}× (${sorted[0].toFixed(3)}–${sorted[sorted.length - 1].toFixed(3)}) |`,
  );
}
