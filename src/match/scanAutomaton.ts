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
  const { rootNext, edgeOffset, edgeChar, edgeTarget, fail, output, outputLink, firstOutput } = automaton;
  let state = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    // At the root, units that start no pattern leave it there: skip them with one read each.
    if (state === 0) {
      while (i < length && rootNext[text.charCodeAt(i)] === 0) i++;
      if (i === length) break;
    }
    state = step(rootNext, edgeOffset, edgeChar, edgeTarget, fail, state, text.charCodeAt(i));
    for (let hit = firstOutput[state]!; hit >= 0; hit = outputLink[hit]!) onMatch(output[hit]!, i + 1);
  }
}

/**
 * {@link scanAutomaton} over the first `length` entries of a unit array (a normaliser's scratch
 * view), so the view never has to become a string to be matched.
 *
 * @internal
 */
export function scanUnits(
  automaton: Automaton,
  units: Uint16Array,
  length: number,
  onMatch: (patternId: number, end: number) => void,
): void {
  const { rootNext, edgeOffset, edgeChar, edgeTarget, fail, output, outputLink, firstOutput } = automaton;
  let state = 0;
  for (let i = 0; i < length; i++) {
    if (state === 0) {
      while (i < length && rootNext[units[i]!] === 0) i++;
      if (i === length) break;
    }
    state = step(rootNext, edgeOffset, edgeChar, edgeTarget, fail, state, units[i]!);
    // Most states end no pattern: one read decides.
    for (let hit = firstOutput[state]!; hit >= 0; hit = outputLink[hit]!) onMatch(output[hit]!, i + 1);
  }
}

/** The state after reading `code` in `state`: the goto edge, else the fail chain, else the root's. */
function step(
  rootNext: Uint32Array,
  edgeOffset: Uint32Array,
  edgeChar: Uint16Array,
  edgeTarget: Uint32Array,
  fail: Uint32Array,
  state: number,
  code: number,
): number {
  for (;;) {
    if (state === 0) return rootNext[code]!;
    const next = findEdge(edgeOffset, edgeChar, edgeTarget, state, code);
    if (next !== 0) return next;
    state = fail[state]!;
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
  // Deep in a trie most states have one or two children: a look at each beats a bisection.
  if (high - low < 4) {
    for (let at = low; at <= high; at++) if (edgeChar[at] === code) return edgeTarget[at]!;
    return 0;
  }
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const c = edgeChar[mid]!;
    if (c === code) return edgeTarget[mid]!;
    if (c < code) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}
