/**
 * Whether the UTF-16 code `code` is one of the units of `units` — `units.includes(text.charAt(i))`
 * without `charAt`, which builds a fresh string for every character outside Latin-1 (every Chinese
 * character) on paths that run for every candidate of every message.
 *
 * @internal
 * @example
 * hasUnit('万亿元', '亿'.charCodeAt(0)); //=> true
 */
export function hasUnit(units: string, code: number): boolean {
  for (let k = 0; k < units.length; k++) if (units.charCodeAt(k) === code) return true;
  return false;
}
