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
  /** The state itself when it has an output, else its `outputLink`: the first match ending here, or -1. */
  readonly firstOutput: Int32Array;
}

/**
 * Builds an automaton for `patterns` (empty strings are ignored; duplicates share one id — the
 * first index).
 *
 * @internal
 */
export function compileAutomaton(patterns: readonly string[]): Automaton {
  // The trie lives in flat number arrays (children as sibling lists, the root as a dense table):
  // tens of thousands of patterns make tens of thousands of states, and a Map per state made
  // building a large word list cost more in garbage collection than in work.
  const rootNext = new Uint32Array(0x10000);
  const firstChild: number[] = [0];
  const nextSibling: number[] = [0];
  const charOf: number[] = [0];
  const outputs: number[] = [-1];
  // Every child but the root's, keyed by state × 65536 + code: a lookup costs the same however many
  // siblings a state has (a state near the root of a 10,000-term list has hundreds, and walking them
  // took a fifth of the build). The root is never a child, so 0 means "no child".
  const children = new Map<number, number>();
  const childOf = (state: number, code: number): number => (state === 0 ? rootNext[code]! : (children.get(state * 0x10000 + code) ?? 0));
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = childOf(state, code);
      if (next === 0) {
        next = outputs.length;
        outputs.push(-1);
        charOf.push(code);
        firstChild.push(0);
        nextSibling.push(firstChild[state]!);
        firstChild[state] = next;
        if (state === 0) rootNext[code] = next;
        else children.set(state * 0x10000 + code, next);
      }
      state = next;
    }
    if (outputs[state] === -1) outputs[state] = id;
  });

  const stateCount = outputs.length;
  const fail = new Uint32Array(stateCount);
  const outputLink = new Int32Array(stateCount).fill(-1);
  const queue: number[] = [];
  for (let child = firstChild[0]!; child !== 0; child = nextSibling[child]!) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
      const code = charOf[child]!;
      let f = fail[state]!;
      while (f !== 0 && childOf(f, code) === 0) f = fail[f]!;
      const target = childOf(f, code);
      fail[child] = target !== 0 && target !== child ? target : 0;
      const failState = fail[child]!;
      outputLink[child] = outputs[failState]! >= 0 ? failState : outputLink[failState]!;
      queue.push(child);
    }
  }

  const edgeOffset = new Uint32Array(stateCount + 1);
  const edgeChar = new Uint16Array(stateCount - 1);
  const edgeTarget = new Uint32Array(stateCount - 1);
  const siblings: number[] = [];
  let at = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeOffset[s] = at;
    siblings.length = 0;
    for (let child = firstChild[s]!; child !== 0; child = nextSibling[child]!) siblings.push(child);
    if (siblings.length > 1) siblings.sort((a, b) => charOf[a]! - charOf[b]!);
    for (const child of siblings) {
      edgeChar[at] = charOf[child]!;
      edgeTarget[at] = child;
      at++;
    }
  }
  edgeOffset[stateCount] = at;

  const output = Int32Array.from(outputs);
  const firstOutput = new Int32Array(stateCount);
  for (let s = 0; s < stateCount; s++) firstOutput[s] = output[s]! >= 0 ? s : outputLink[s]!;
  firstOutput[0] = -1;

  return {
    patterns: [...patterns],
    rootNext,
    edgeOffset,
    edgeChar,
    edgeTarget,
    fail,
    output,
    outputLink,
    firstOutput,
  };
}
