// vitest's include is test/**/*.test.ts; the example suite lives in examples/ as plain ESM, the way a host
// would write it. Importing it here registers its tests in this file.
import { requireBuild } from './_dist.js';

requireBuild();
const suite = '../../examples/property-suite.test.mjs';
await import(suite);
