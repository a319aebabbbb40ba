import type { Automaton } from './compileAutomaton.js';

/**
 * Calls `onMatch(patternId, end)` for every occurrence of every pattern in `text`, where
 * `end` is the exclusive end offset. Linear in `text.length` plus the number of matches.
 *
 * @internal
 */
export function scanAutomaton(
  automaton: Automaton,
  text: string,
  onMatch: (patternId: number, end: number) => void,
): void {
  const { rootNext, edgeOffset, edgeChar, edgeTarget, fail, output, outputLink } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    for (;;) {
      if (state === 0) {
        state = rootNext[code]!;
        break;
      }
      const next = findEdge(edgeOffset, edgeChar, edgeTarget, state, code);
      if (next !== 0) {
        state = next;
        break;
      }
      state = fail[state]!;
    }
    if (state === 0) continue;
    let hit = output[state]! >= 0 ? state : outputLink[state]!;
    while (hit >= 0) {
      onMatch(output[hit]!, i + 1);
      hit = outputLink[hit]!;
    }
  }
}

function findEdge(
  edgeOffset: Uint32Array,
  edgeChar: Uint16Array,
  edgeTarget: Uint32Array,
  state: number,
  code: number,
): number {
  let low = edgeOffset[state]!;
  let high = edgeOffset[state + 1]! - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const c = edgeChar[mid]!;
    if (c === code) return edgeTarget[mid]!;
    if (c < code) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}
