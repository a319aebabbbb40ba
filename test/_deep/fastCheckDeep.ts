// Setup of `npm run test:deep` (vitest --mode deep): every property that does not set its own numRuns runs
// 3,000 times instead of fast-check's 100 (FC_NUM_RUNS overrides). CI's random seeds found latent bugs one
// failing run at a time; this many runs found the next one in a single pass. Slow (minutes), so not part of
// `npm test`: run it before a release, after touching the normaliser or a rule's reader, or nightly.
import fc from 'fast-check';

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 3_000);
if (!Number.isInteger(numRuns) || numRuns < 1) throw new Error(`FC_NUM_RUNS must be a positive integer, got ${process.env['FC_NUM_RUNS']}`);

// A property that cannot finish its runs in a minute stops there and passes on what it ran: the point is
// more cases in the time there is, not a suite that never ends on a slow machine.
fc.configureGlobal({ numRuns, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: false });
