/**
 * `1 error`, `2 errors`.
 *
 * @internal
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
