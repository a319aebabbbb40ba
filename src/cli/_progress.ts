import type { Writable } from 'node:stream';

/** A progress line on stderr. @internal */
export interface Progress {
  /** Reports how many lines have been read; redraws at most every 200 ms, and only after 1 s. */
  tick(lines: number): void;
  /** Erases the progress line before anything else is written to stderr, and at the end. */
  clear(): void;
}

const FIRST_AFTER_MS = 1000;
const EVERY_MS = 200;

/**
 * A progress indicator for long inputs. Short runs never show it (the first draw waits a second),
 * and when `enabled` is false it does nothing at all.
 *
 * @internal
 */
export function createProgress(stream: Writable, now: () => number, enabled: boolean): Progress {
  if (!enabled) return { tick() {}, clear() {} };
  const startedAt = now();
  let drawnAt = -Infinity;
  let shown = false;
  return {
    tick(lines) {
      const time = now();
      if (time - startedAt < FIRST_AFTER_MS || time - drawnAt < EVERY_MS) return;
      drawnAt = time;
      stream.write(`\r\u001b[Ksms-compliance: ${lines} lines read...`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
