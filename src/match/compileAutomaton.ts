/**
 * A compiled Aho-Corasick automaton over UTF-16 code units.
 *
 * Transitions live in flat typed arrays (a dense table for the root, sorted edge lists for the
 * rest), so matching does no allocation and costs the same whatever the number of patterns.
 * Output links ("dictionary suffix links") make every pattern that ends at a position visible,
 * including one that is a proper suffix of a longer partial match — the bug a naive trie walk has.
 *
 * @internal
 */
export interface Automaton {
  /** The distinct patterns, in the order their ids were given. */
  readonly patterns: readonly string[];
  readonly rootNext: Uint32Array;
  readonly edgeOffset: Uint32Array;
  readonly edgeChar: Uint16Array;
  readonly edgeTarget: Uint32Array;
  readonly fail: Uint32Array;
  /** Pattern id ending at a state, or -1. */
  readonly output: Int32Array;
  /** The nearest state on the fail chain with an output, or -1. */
  readonly outputLink: Int32Array;
}

/**
 * Builds an automaton for `patterns` (empty strings are ignored; duplicates share one id — the
 * first index).
 *
 * @internal
 */
export function compileAutomaton(patterns: readonly string[]): Automaton {
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[] = [-1];
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = children[state]!.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push(-1);
        children[state]!.set(code, next);
      }
      state = next;
    }
    if (outputs[state] === -1) outputs[state] = id;
  });

  const stateCount = children.length;
  const fail = new Uint32Array(stateCount);
  const outputLink = new Int32Array(stateCount).fill(-1);
  const order: number[] = [];
  const queue: number[] = [];
  for (const child of children[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    order.push(state);
    for (const [code, child] of children[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !children[f]!.has(code)) f = fail[f]!;
      const target = children[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const failState = fail[child]!;
      outputLink[child] = outputs[failState]! >= 0 ? failState : outputLink[failState]!;
      queue.push(child);
    }
  }

  const rootNext = new Uint32Array(0x10000);
  for (const [code, child] of children[0]!) rootNext[code] = child;
  const edgeOffset = new Uint32Array(stateCount + 1);
  let edgeCount = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeOffset[s] = edgeCount;
    edgeCount += children[s]!.size;
  }
  edgeOffset[stateCount] = edgeCount;
  const edgeChar = new Uint16Array(edgeCount);
  const edgeTarget = new Uint32Array(edgeCount);
  for (let s = 0; s < stateCount; s++) {
    const sorted = [...children[s]!].sort((a, b) => a[0] - b[0]);
    let at = edgeOffset[s]!;
    for (const [code, child] of sorted) {
      edgeChar[at] = code;
      edgeTarget[at] = child;
      at++;
    }
  }

  return {
    patterns: [...patterns],
    rootNext,
    edgeOffset,
    edgeChar,
    edgeTarget,
    fail,
    output: Int32Array.from(outputs),
    outputLink,
  };
}
