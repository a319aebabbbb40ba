import type { PatternVerdict } from './types.js';

/** Most distinct backtracking paths a pattern may have from one start position. @internal */
export const PATH_BUDGET = 1000;

/**
 * Most repetitions all bounded quantifiers may add up to (nested ones multiply). It mirrors
 * recheck's `maxRepeatCount` (30): within it recheck decides by automata theory, exactly.
 *
 * @internal
 */
export const REPEAT_BUDGET = 30;

interface Cursor {
  readonly source: string;
  readonly unicode: boolean;
  i: number;
}

type Outcome = { readonly cost: number; readonly repeats: number } | { readonly reason: string };

/**
 * The pure, conservative safety check used when the host injects no `patternChecker`: it bounds
 * the number of distinct paths a backtracking engine can try from one start position.
 *
 * cost(sequence) = product of its terms; cost(a|b) = cost(a) + cost(b); a term `x{m,n}` costs
 * Σ_{j=m..n} cost(x)^j. An unbounded quantifier (`*`, `+`, `{m,}`) has infinite cost and a
 * backreference is refused outright. Since no path is longer than the pattern's bounded
 * maximum, a pattern within {@link PATH_BUDGET} runs in time linear in the text. The quantifier
 * bounds must also add up to at most {@link REPEAT_BUDGET}, which keeps every accepted pattern
 * inside the range recheck analyses exactly (the test suite checks the two agree). It rejects
 * some safe patterns (`[a-z]+`): hosts that want those inject a real analyser such as recheck.
 * The pattern must already compile (the caller checks with `new RegExp` first).
 *
 * @internal
 * @example
 * checkPathBudget('\\d{1,6}元', 'u'); //=> { safe: true }
 * checkPathBudget('\\d+元', 'u').safe; //=> false
 */
export function checkPathBudget(source: string, flags: string): PatternVerdict {
  const cursor: Cursor = { source, unicode: flags.includes('u') || flags.includes('v'), i: 0 };
  const outcome = parseAlternation(cursor);
  if ('reason' in outcome) return { safe: false, reason: outcome.reason };
  if (outcome.cost > PATH_BUDGET) {
    return {
      safe: false,
      reason: `up to ${outcome.cost > 1e9 ? 'more than 10^9' : String(outcome.cost)} backtracking paths per position (the built-in check allows ${PATH_BUDGET}); use narrower {m,n} bounds or fewer optional parts`,
    };
  }
  if (outcome.repeats > REPEAT_BUDGET) {
    return {
      safe: false,
      reason: `its quantifier bounds add up to ${outcome.repeats} repetitions (the built-in check allows ${REPEAT_BUDGET}); use smaller {m,n} bounds`,
    };
  }
  return { safe: true };
}

const GROUP_HEAD = /^\?(?:[:=!]|<[=!]|<[^>]{1,64}>|[a-z]{0,3}(?:-[a-z]{1,3})?:)/i;

const cap = (value: number): number => (value > 1e12 ? 1e12 : value);

function parseAlternation(cursor: Cursor): Outcome {
  let total = 0;
  let repeats = 0;
  for (;;) {
    const branch = parseSequence(cursor);
    if ('reason' in branch) return branch;
    total = cap(total + branch.cost);
    repeats = cap(repeats + branch.repeats);
    if (cursor.source[cursor.i] !== '|') return { cost: total, repeats };
    cursor.i += 1;
  }
}

function parseSequence(cursor: Cursor): Outcome {
  let product = 1;
  let repeats = 0;
  const { source } = cursor;
  while (cursor.i < source.length && source[cursor.i] !== '|' && source[cursor.i] !== ')') {
    const atomStart = cursor.i;
    const atom = parseAtom(cursor);
    if ('reason' in atom) return atom;
    const quantifier = readQuantifier(cursor);
    if (quantifier === undefined) {
      product = cap(product * atom.cost);
      repeats = cap(repeats + atom.repeats);
      continue;
    }
    if (quantifier.max === Infinity) {
      return {
        reason: `unbounded quantifier "${quantifier.text}" after "${source.slice(atomStart, cursor.i - quantifier.text.length)}" (offset ${atomStart}); give it an upper bound such as {1,20}`,
      };
    }
    // A single-path atom repeated m..n times has n − m + 1 ways; otherwise the sum grows
    // geometrically and hits the cap within a few dozen steps.
    let ways = atom.cost === 1 ? quantifier.max - quantifier.min + 1 : 0;
    for (let j = quantifier.min; atom.cost > 1 && j <= quantifier.max && ways < 1e12; j++) {
      ways = cap(ways + cap(atom.cost ** j));
    }
    product = cap(product * ways);
    repeats = cap(repeats + quantifier.max * Math.max(1, atom.repeats));
  }
  return { cost: product, repeats };
}

function parseAtom(cursor: Cursor): Outcome {
  const { source } = cursor;
  const char = source[cursor.i]!;
  if (char === '(') {
    cursor.i += 1;
    if (source[cursor.i] === '?') {
      // (?:  (?=  (?!  (?<=  (?<!  (?<name>  (?i:  (?i-m:  — for the cost, all are plain groups.
      const head = GROUP_HEAD.exec(source.slice(cursor.i, cursor.i + 72));
      cursor.i += head?.[0].length ?? 1;
    }
    const inner = parseAlternation(cursor);
    if ('reason' in inner) return inner;
    cursor.i += 1; // ')'
    return inner;
  }
  if (char === '[') {
    cursor.i += 1;
    if (source[cursor.i] === '^') cursor.i += 1;
    // A `]` first in a class is literal outside unicode mode; in it, `[]` is the empty class.
    if (source[cursor.i] === ']' && !cursor.unicode) cursor.i += 1;
    while (cursor.i < source.length && source[cursor.i] !== ']') cursor.i += source[cursor.i] === '\\' ? 2 : 1;
    cursor.i += 1;
    return { cost: 1, repeats: 0 };
  }
  if (char === '\\') {
    const next = source[cursor.i + 1] ?? '';
    if (/[1-9]/.test(next) || (next === 'k' && source[cursor.i + 2] === '<')) {
      return { reason: `backreference "\\${next}" (offset ${cursor.i}); backreferences are not supported in config patterns` };
    }
    cursor.i += 2;
    if (cursor.unicode && (next === 'p' || next === 'P' || next === 'u') && source[cursor.i] === '{') {
      cursor.i = source.indexOf('}', cursor.i) + 1;
    }
    return { cost: 1, repeats: 0 };
  }
  cursor.i += char.codePointAt(0)! > 0xffff ? 2 : 1;
  return { cost: 1, repeats: 0 };
}

interface Quantifier {
  readonly min: number;
  readonly max: number;
  readonly text: string;
}

function readQuantifier(cursor: Cursor): Quantifier | undefined {
  const rest = cursor.source.slice(cursor.i, cursor.i + 24);
  const match = /^(?:([*+?])|\{([0-9]{1,9})(?:(,)([0-9]{0,9}))?\})\??/.exec(rest);
  if (match === null) return undefined;
  cursor.i += match[0].length;
  const [text, symbol, low, comma, high] = match;
  if (symbol === '?') return { min: 0, max: 1, text };
  if (symbol !== undefined) return { min: symbol === '*' ? 0 : 1, max: Infinity, text };
  const min = Number(low);
  const max = comma === undefined ? min : high === '' || high === undefined ? Infinity : Number(high);
  return { min, max, text };
}
