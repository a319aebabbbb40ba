/**
 * Wraps a pure, argument-free computation so it runs on first use and its result is reused.
 *
 * This is the library's one sanctioned kind of module state: a write-once memo of a value built from
 * frozen data (the default linter, the shared normaliser's tables, parsed rule data). It is never
 * written again and the value is never mutated, so no caller can observe that it is shared. Keeping it
 * in one place keeps that promise checkable.
 *
 * @internal
 */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
