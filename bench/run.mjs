// The benchmark suite: `npm run bench` (builds, then `node --expose-gc bench/run.mjs`); `--quick` for a short run.
//
// Everything is measured IN ONE PROCESS, side by side, and every target is a ratio between two numbers of the
// same run, because the machines this runs on (2 shared cores) are noisy: absolute numbers move by 2× from run
// to run, ratios much less. Throughput subjects run in interleaved rounds (each round runs every subject once
// over the same corpus) and the best round counts, so a burst of load elsewhere hurts all subjects alike.
//
// Options: --quick (smaller corpus, fewer rounds, planSends/classifySegments at 1/10 scale),
//          --lib <path> (the built library to measure; default ../dist/index.js),
//          --out <path> (JSON results; default bench/results/latest.json).

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeAdversarialText, makeCorpus, makeOrdinaryText, makeTerms, mulberry32 } from './corpus.mjs';
import { run as runPlanSends } from './suites/planSends.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const QUICK = args.includes('--quick');
const LIB = resolve(here, option('--lib', '../dist/index.js'));
const OUT = resolve(here, option('--out', 'results/latest.json'));

const CONFIG = QUICK
  ? { messages: 20_000, rounds: 3, slowMessages: 500, scale: 0.1, profiles: 100_000, bigText: 256 * 1024, builds: 3 }
  : { messages: 100_000, rounds: 5, slowMessages: 2_000, scale: 1, profiles: 1_000_000, bigText: 1024 * 1024, builds: 7 };

const gc = () => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
};
const heapUsed = () => process.memoryUsage().heapUsed;
const round = (value, digits = 1) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const log = (line) => process.stderr.write(`${line}\n`);

// --- The library, measured first for heap: nothing of it has run yet. -------------------------------------------
gc();
const heapBeforeImport = heapUsed();
const lib = await import(pathToFileURL(LIB).href);
gc();
const heapAfterImport = heapUsed();
const { messages, violating, chars } = makeCorpus(CONFIG.messages);
gc();
const heapBeforeLinter = heapUsed();
let defaultLinter = lib.createLinter();
defaultLinter.lint(messages[0]);
gc();
const linterHeapMB = (heapUsed() - heapBeforeLinter) / 1_048_576;
defaultLinter = undefined;

// --- Lexicons: the default term lists (read from the rule packs, as shipped) plus generated host terms. --------
const TERM_RULES = ['absolute-terms', 'misleading-claims', 'apr-disclosure', 'student-targeting', 'contact-channel', 'anti-fraud-tip'];
const defaultLexicon = [
  ...new Set(
    TERM_RULES.flatMap((rule) =>
      JSON.parse(readFileSync(resolve(here, `../rules/${rule}.json`), 'utf8')).entries.flatMap((entry) => entry.terms),
    ),
  ),
];
const extraTerms = makeTerms(10_000);
const extra = { 100: extraTerms.slice(0, 100), 1000: extraTerms.slice(0, 1000), 10000: extraTerms };

const STRUCTURE_RULES = ['identity', 'feature-length', 'reply-options', 'unsubscribe', 'layer-order', 'message-length'];
// Every rule that is not a term rule, off: what is left is term matching (normalise, one automaton, report).
const allRuleIds = lib.createLinter().rules.map((rule) => rule.id);
const termOnlyRules = Object.fromEntries(allRuleIds.filter((id) => !TERM_RULES.includes(id)).map((id) => [id, 'off']));
const withTerms = (count, rules) => lib.createLinter({ ...(rules ? { rules } : {}), terms: { 'misleading-claims': extra[count] } });

const { Mint } = createRequire(import.meta.url)('mint-filter');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (terms) => new RegExp([...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi');

// --- Build time of a linter with 10,000 extra terms. -----------------------------------------------------------
const buildTimes = [];
for (let i = 0; i < CONFIG.builds; i += 1) {
  const start = performance.now();
  withTerms(10000);
  buildTimes.push(performance.now() - start);
}

// --- Throughput subjects. ---------------------------------------------------------------------------------------
const linters = {
  t100: withTerms(100),
  t1000: withTerms(1000),
  t10000: withTerms(10000),
  termsOnly100: withTerms(100, termOnlyRules),
  termsOnly10000: withTerms(10000, termOnlyRules),
  // Like for like with mint-filter: the same lexicon (the default terms and the 10,000) in ONE term rule,
  // every other rule off — term matching and reporting, none of the term rules' other checks.
  defaults: lib.createLinter(),
  // Where lint()'s time goes: the six structure rules alone, and every other rule alone.
  structureOnly: lib.createLinter({ rules: Object.fromEntries(allRuleIds.filter((id) => !STRUCTURE_RULES.includes(id)).map((id) => [id, 'off'])) }),
  contentOnly: lib.createLinter({ rules: Object.fromEntries(STRUCTURE_RULES.map((id) => [id, 'off'])) }),
  lexicon10000: lib.createLinter({
    rules: Object.fromEntries(allRuleIds.filter((id) => id !== 'misleading-claims').map((id) => [id, 'off'])),
    terms: { 'misleading-claims': [...defaultLexicon, ...extraTerms] },
  }),
};
const mintDefault = new Mint(defaultLexicon);
const mint10000 = new Mint([...defaultLexicon, ...extraTerms]);
const regexDefault = alternation(defaultLexicon);
const regex10000 = alternation([...defaultLexicon, ...extraTerms]);

let sink = 0;
const subjects = [
  { key: 'floor', name: 'floor: read every character (charCodeAt loop)', run: (text) => {
    let sum = 0;
    for (let i = 0; i < text.length; i += 1) sum += text.charCodeAt(i);
    return sum;
  } },
  { key: 'normalizeText', name: 'normalizeText() alone', run: (text) => lib.normalizeText(text).text.length },
  { key: 'checkStructure', name: 'checkStructure() alone', run: (text) => lib.checkStructure(text).issues.length },
  { key: 'lint', name: 'lint(): all default rules', run: (text) => lib.lint(text).issues.length },
  { key: 'linterDefault', name: 'createLinter(): all default rules (reuses its scratch)', run: (text) => linters.defaults.lint(text).issues.length },
  { key: 'structureOnly', name: 'lint(): the six structure rules only', run: (text) => linters.structureOnly.lint(text).issues.length },
  { key: 'contentOnly', name: 'lint(): every rule but the structure rules', run: (text) => linters.contentOnly.lint(text).issues.length },
  { key: 'linter100', name: 'createLinter: all rules + 100 extra terms', run: (text) => linters.t100.lint(text).issues.length },
  { key: 'linter1000', name: 'createLinter: all rules + 1,000 extra terms', run: (text) => linters.t1000.lint(text).issues.length },
  { key: 'linter10000', name: 'createLinter: all rules + 10,000 extra terms', run: (text) => linters.t10000.lint(text).issues.length },
  { key: 'termsOnly100', name: 'term matching (term rules only) + 100 terms', run: (text) => linters.termsOnly100.lint(text).issues.length },
  { key: 'termsOnly10000', name: 'term matching (term rules only) + 10,000 terms', run: (text) => linters.termsOnly10000.lint(text).issues.length },
  { key: 'lexicon10000', name: 'term matching, like for like: one rule, default lexicon + 10,000', run: (text) => linters.lexicon10000.lint(text).issues.length },
  { key: 'mintDefault', name: `baseline mint-filter, default lexicon (${defaultLexicon.length} terms)`, run: (text) => mintDefault.filter(text, { replace: false }).words.length },
  { key: 'mint10000', name: 'baseline mint-filter, default lexicon + 10,000 terms', run: (text) => mint10000.filter(text, { replace: false }).words.length },
  { key: 'regexDefault', name: 'baseline RegExp alternation, default lexicon', run: (text) => text.match(regexDefault)?.length ?? 0 },
  { key: 'regex10000', name: 'baseline RegExp alternation, + 10,000 terms', slow: true, run: (text) => text.match(regex10000)?.length ?? 0 },
];

const slowCorpus = messages.slice(0, CONFIG.slowMessages);
const slowChars = slowCorpus.reduce((sum, text) => sum + text.length, 0);
const best = new Map();
log(`corpus: ${messages.length.toLocaleString('en')} messages, ${(chars / messages.length).toFixed(1)} chars on average, ${violating.toLocaleString('en')} with a violation`);
for (const subject of subjects) {
  // Warm-up: JIT and every lazily built table; not measured.
  const warm = subject.slow ? slowCorpus.slice(0, 100) : messages.slice(0, 5_000);
  for (const text of warm) sink += subject.run(text);
}
for (let round = 0; round < CONFIG.rounds; round += 1) {
  for (const subject of subjects) {
    const corpus = subject.slow ? slowCorpus : messages;
    const start = performance.now();
    for (let i = 0; i < corpus.length; i += 1) sink += subject.run(corpus[i]);
    const ms = performance.now() - start;
    if (!best.has(subject.key) || ms < best.get(subject.key)) best.set(subject.key, ms);
  }
  log(`round ${round + 1}/${CONFIG.rounds} done`);
}

const throughput = {};
for (const subject of subjects) {
  const ms = best.get(subject.key);
  const count = subject.slow ? slowCorpus.length : messages.length;
  const units = subject.slow ? slowChars : chars;
  throughput[subject.key] = { name: subject.name, messages: count, ms: round(ms, 1), perSecond: Math.round(count / (ms / 1000)), nsPerChar: round((ms * 1e6) / units, 1) };
}

// --- Linear time: 1 MB adversarial vs 1 MB ordinary, same linter, ns per character. -------------------------
const ordinary = makeOrdinaryText(CONFIG.bigText);
const adversarial = makeAdversarialText(CONFIG.bigText);
const bigLinter = lib.createLinter();
bigLinter.lint(ordinary.slice(0, 65_536));
bigLinter.lint(adversarial.slice(0, 65_536));
const timeBig = (text) => {
  const times = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    sink += bigLinter.lint(text).issues.length;
    times.push(performance.now() - start);
  }
  return Math.min(...times);
};
const ordinaryMs = timeBig(ordinary);
const adversarialMs = timeBig(adversarial);
// The ratio above compares two texts of one size: a scan that is quadratic on both would pass it. The
// cost per character of a quarter of the ordinary text tells (linear ≈ 1, quadratic ≈ 4).
const quarter = ordinary.slice(0, Math.floor(ordinary.length / 4));
const quarterMs = timeBig(quarter);
const linearity = {
  sizeChars: CONFIG.bigText,
  ordinaryMs: round(ordinaryMs),
  adversarialMs: round(adversarialMs),
  ordinaryNsPerChar: round((ordinaryMs * 1e6) / ordinary.length),
  adversarialNsPerChar: round((adversarialMs * 1e6) / adversarial.length),
  ratio: round(adversarialMs / ordinaryMs, 2),
  quarterNsPerChar: round((quarterMs * 1e6) / quarter.length),
  growth: round(ordinaryMs / ordinary.length / (quarterMs / quarter.length), 2),
};

// --- classifySegments over many profiles. -------------------------------------------------------------------
const AT = '2026-11-29T10:00:00+08:00';
const AT_MS = Date.parse(AT);
const DAY = 86_400_000;
function makeProfiles(count, seed) {
  const random = mulberry32(seed);
  const profiles = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const r = random();
    const profile = { id: `c${i}` };
    if (r < 0.3) profile.hasLoanRecord = true;
    else if (r < 0.55) profile.inquiries = [{ at: AT_MS - Math.floor(random() * 10 * DAY) }, { at: AT_MS - Math.floor(random() * 40 * DAY) }];
    else if (r < 0.8) profile.registeredAt = AT_MS - Math.floor(random() * 60 * DAY);
    if (random() < 0.03) profile.isStudent = true;
    if (random() < 0.05) profile.birthDate = `${1990 + Math.floor(random() * 20)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    profiles[i] = profile;
  }
  return profiles;
}
lib.classifySegments(makeProfiles(2_000, 5), { at: AT });
let profiles = makeProfiles(CONFIG.profiles, 17);
gc();
const segmentHeapBefore = heapUsed();
const segmentStart = performance.now();
const segmentBatch = lib.classifySegments(profiles, { at: AT });
const segmentMs = performance.now() - segmentStart;
const segmentHeapMB = (heapUsed() - segmentHeapBefore) / 1_048_576;
const segments = {
  profiles: profiles.length,
  ms: round(segmentMs),
  perSecond: Math.round(profiles.length / (segmentMs / 1000)),
  heapMB: round(segmentHeapMB),
  counts: segmentBatch.counts,
};
profiles = undefined;

// --- planSends (suite owned by the frequency capability). ---------------------------------------------------
gc();
const planSendsRows = await runPlanSends(lib, { scale: CONFIG.scale });

// --- Ratios and targets. --------------------------------------------------------------------------------------
const ps = (key) => throughput[key].perSecond;
const ratios = {
  lintVsMint: round(ps('lint') / ps('mintDefault'), 2),
  lintVsRegex: round(ps('lint') / ps('regexDefault'), 2),
  lintVsFloor: round(ps('lint') / ps('floor'), 4),
  termsOnly10000VsMint10000: round(ps('termsOnly10000') / ps('mint10000'), 2),
  lexicon10000VsMint10000: round(ps('lexicon10000') / ps('mint10000'), 2),
  termsOnly10000VsRegex10000: round(ps('termsOnly10000') / ps('regex10000'), 1),
  linter10000VsLinter100: round(ps('linter10000') / ps('linter100'), 3),
  adversarialVsOrdinaryPerChar: linearity.ratio,
  // Not a target: how much more the default linter costs than its two halves (structure rules only, every
  // other rule only) measured apart. Both halves include normalising and the term scan, so a linter that
  // costs just the sum of its parts reads below 1; above 1 is what running them all on every message adds.
  defaultVsHalves: round((1 / ps('linterDefault')) / (1 / ps('structureOnly') + 1 / ps('contentOnly')), 2),
};
const buildMs = { first: round(buildTimes[0]), median: round(median(buildTimes)) };
const targets = [
  { target: 'lint() ≥ 2× mint-filter msgs/s (same corpus)', value: ratios.lintVsMint, pass: ratios.lintVsMint >= 2 },
  { target: 'term matching +10,000 ≥ 10× mint-filter +10,000', value: ratios.termsOnly10000VsMint10000, pass: ratios.termsOnly10000VsMint10000 >= 10 },
  { target: 'linter +10,000 keeps ≥ 60% of linter +100', value: ratios.linter10000VsLinter100, pass: ratios.linter10000VsLinter100 >= 0.6 },
  { target: '1 MB adversarial ≤ 5× per char of 1 MB ordinary', value: ratios.adversarialVsOrdinaryPerChar, pass: ratios.adversarialVsOrdinaryPerChar <= 5 },
  { target: 'compiled default linter < 10 MB heap', value: round(linterHeapMB, 2), pass: linterHeapMB < 10 },
  { target: 'build a linter with 10,000 terms < 100 ms (median)', value: buildMs.median, pass: buildMs.median < 100 },
];

// --- Output. --------------------------------------------------------------------------------------------------
const table = (rows, columns) => {
  const cells = rows.map((row) => columns.map(([key, , format]) => (format ? format(row[key], row) : String(row[key] ?? ''))));
  const widths = columns.map(([, title], i) => Math.max(title.length, ...cells.map((cell) => cell[i].length)));
  const line = (values) => `| ${values.map((value, i) => value.padEnd(widths[i])).join(' | ')} |`;
  return [line(columns.map(([, title]) => title)), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
};
const int = (value) => (value === null || value === undefined ? '' : Math.round(value).toLocaleString('en'));
const ratio = (base) => (_, row) => `${(row.perSecond / ps(base)).toFixed(2)}×`;
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: round(totalmem() / 1_073_741_824, 1),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  gcExposed: typeof globalThis.gc === 'function',
};

const rows = subjects.map((subject) => ({ key: subject.key, ...throughput[subject.key] }));
console.log(`\nsms-compliance benchmark${QUICK ? ' (--quick)' : ''} — ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}`);
console.log(`corpus: ${messages.length.toLocaleString('en')} generated messages, ${(chars / messages.length).toFixed(1)} chars on average, ${violating.toLocaleString('en')} with a violation; best of ${CONFIG.rounds} interleaved rounds\n`);
console.log(
  table(rows, [
    ['name', 'subject'],
    ['perSecond', 'msgs/s', int],
    ['nsPerChar', 'ns/char', (value) => value.toFixed(1)],
    ['vsMint', '÷ mint-filter', ratio('mintDefault')],
    ['vsFloor', '÷ floor', (_, row) => `${((row.perSecond / ps('floor')) * 100).toFixed(2)}%`],
  ]),
);
console.log(`\n(the +10,000-term RegExp runs on the first ${slowCorpus.length.toLocaleString('en')} messages only)`);
console.log(`\nlinear time: ${CONFIG.bigText.toLocaleString('en')}-char ordinary text ${linearity.ordinaryNsPerChar} ns/char, adversarial ${linearity.adversarialNsPerChar} ns/char → ratio ${linearity.ratio}`);
console.log(`  growth: ordinary text ${linearity.ordinaryNsPerChar} ns/char at full size, ${linearity.quarterNsPerChar} at a quarter → ${linearity.growth} (linear ≈ 1 plus memory effects, quadratic ≈ 4)`);
console.log(`\nthe whole vs its halves: createLinter() ${(1e6 / ps('linterDefault')).toFixed(1)} µs/msg, structure rules only ${(1e6 / ps('structureOnly')).toFixed(1)} + every other rule ${(1e6 / ps('contentOnly')).toFixed(1)} → ${ratios.defaultVsHalves}× their sum`);
console.log(`heap: library import ${round((heapAfterImport - heapBeforeImport) / 1_048_576, 2)} MB; one compiled default linter (after its first lint) ${round(linterHeapMB, 2)} MB`);
console.log(`build: createLinter with 10,000 extra terms — first ${buildMs.first} ms, median of ${CONFIG.builds} ${buildMs.median} ms`);
console.log(`classifySegments: ${segments.profiles.toLocaleString('en')} profiles in ${segments.ms} ms (${int(segments.perSecond)}/s), heap +${segments.heapMB} MB`);
console.log('\nplanSends:');
console.log(table(planSendsRows, [['name', 'run'], ['ops', 'candidates/s', int], ['ms', 'ms', (v) => String(v ?? '')], ['heapMB', 'heap MB', (v) => String(v ?? '')], ['note', 'note']]));
console.log('\ntargets (ratios measured in this run):');
console.log(table(targets, [['target', 'target'], ['value', 'measured', (v) => String(v)], ['pass', 'ok', (v) => (v ? 'yes' : 'NO')]]));

const result = {
  date: new Date().toISOString(),
  quick: QUICK,
  library: LIB,
  machine,
  corpus: { messages: messages.length, averageChars: round(chars / messages.length, 1), violating, rounds: CONFIG.rounds },
  throughput,
  ratios,
  linearity,
  heap: { importMB: round((heapAfterImport - heapBeforeImport) / 1_048_576, 2), defaultLinterMB: round(linterHeapMB, 2) },
  buildMs,
  classifySegments: segments,
  planSends: planSendsRows,
  targets,
  sink: sink % 7,
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nresults written to ${OUT}`);
