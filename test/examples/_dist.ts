import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The examples import 'sms-compliance', which resolves to this package's own `exports` (dist/), exactly as
 * in a user's project. Without a build they cannot run: say so instead of failing with a resolver error.
 */
export function requireBuild(): void {
  if (!existsSync(new URL('../../dist/index.js', import.meta.url))) {
    throw new Error('dist/index.js is missing: run `npm run build` before the examples tests');
  }
}
