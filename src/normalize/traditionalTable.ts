import pack from '../../rules/traditional.json';
import { once } from '../_lib/once.js';

/**
 * Traditional → simplified for the characters the rule packs match on (generated from OpenCC by
 * `scripts/build-traditional-table.mjs`; the test suite checks it is current).
 *
 * @internal
 */
export const traditionalToSimplified: Readonly<Record<string, string>> = pack.characters;

// Every traditional character of the table is one unit in U+4E00–U+9FFF, and so is its simplified form
// (the table test holds that): a reading can swap units in place and every offset stays valid.
const FIRST = 0x4e00;
const simplifiedUnits: () => Uint16Array = /* @__PURE__ */ once(() => {
  const units = new Uint16Array(0xa000 - FIRST);
  for (const [traditional, simplified] of Object.entries(traditionalToSimplified)) {
    units[traditional.charCodeAt(0) - FIRST] = simplified.charCodeAt(0);
  }
  return units;
});

/**
 * `text` with every traditional character of the table replaced by its simplified form (others kept), unit
 * for unit — so a span of the result is the same span of `text` — or `text` itself when it has none.
 *
 * @internal
 * @example
 * toSimplified('拒收請回復R'); //=> '拒收请回复R'
 * toSimplified('XX银行'); //=> the same string
 */
export function toSimplified(text: string): string {
  const units = simplifiedUnits();
  // Built only from the first swap on: most texts have none and come back as they are.
  let out: string | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const simplified = code >= FIRST && code < 0xa000 ? units[code - FIRST]! : 0;
    if (simplified === 0) continue;
    out = (out ?? '') + text.slice(copied, i) + String.fromCharCode(simplified);
    copied = i + 1;
  }
  return out === undefined ? text : out + text.slice(copied);
}
