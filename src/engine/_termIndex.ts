import { sortShort } from '../_lib/sortShort.js';
import { compileAutomaton, homophoneVariants, pinyinVariants, scanUnits, type Automaton } from '../match/index.js';
import { createViewBuffer, originalEnd, unitsToString, type Normalizer, type ViewBuffer } from '../normalize/createNormalizer.js';
import type { TermEntry, TermMatch } from './types.js';

/**
 * A term, allow phrase or trigger contributed by a rule (`ruleIndex`) or, for allow phrases, by all
 * (-1). Triggers only say "this rule has something to look at" and match anywhere, boundaries or not.
 */
type Payload =
  | { readonly kind: 'term'; readonly ruleIndex: number; readonly entry: TermEntry; readonly term: string }
  | { readonly kind: 'allow'; readonly ruleIndex: number }
  | { readonly kind: 'trigger'; readonly ruleIndex: number };

/** A payload a match is reported for (a term) or suppressed by (an allow phrase). */
type MatchPayload = Exclude<Payload, { readonly kind: 'trigger' }>;

/** What a rule contributes to the shared automaton. */
export interface TermSource {
  readonly ruleIndex: number;
  readonly ruleId: string;
  readonly entries: readonly TermEntry[];
  readonly allow: readonly string[];
  readonly triggers: readonly string[];
}

/**
 * Every rule's terms and allow phrases compiled into ONE automaton over the normalised view, so a
 * message is read once however many lists and terms there are.
 *
 * @internal
 */
export interface TermIndex {
  readonly automaton: Automaton;
  /** Per pattern id: the indexes of the rules it is a trigger of (most hits are triggers: every digit). */
  readonly triggersOf: readonly (readonly number[])[];
  /** Per pattern id: its term and allow payloads (none for a pattern that is only a trigger). */
  readonly matchPayloads: readonly (readonly MatchPayload[])[];
  readonly ruleIds: readonly string[];
  readonly ruleCount: number;
  /** `ruleCount` empty lists: the answer for a message without a term match, shared and frozen. */
  readonly noMatches: readonly (readonly TermMatch[])[];
  /** The length of the longest allow pattern: an allow that covers a hit ends at most this far after its start. */
  readonly longestAllow: number;
}

/** @internal */
export function compileTermIndex(
  sources: readonly TermSource[],
  globalAllow: readonly string[],
  ruleCount: number,
  normalize: Normalizer,
): TermIndex {
  // Views of the phrases, written into one scratch buffer: a fresh view per phrase (with its offset
  // arrays, which patterns do not need) was a sixth of building a linter with 10,000 extra terms.
  const scratch = createViewBuffer();
  const viewOf = (phrase: string): string => unitsToString(scratch, normalize.into(scratch, phrase));
  const ids = new Map<string, number>();
  const patterns: string[] = [];
  const payloads: Payload[][] = [];
  const ruleIds: string[] = new Array<string>(ruleCount).fill('');
  // Records a pattern (already a view) for a payload. A term payload reports `term`, the view of the term the
  // pattern stands for: a pinyin spelling is reported as the term it spells.
  const addView = (pattern: string, payload: Payload, term = pattern): void => {
    if (pattern.length === 0) return;
    let id = ids.get(pattern);
    if (id === undefined) {
      id = patterns.length;
      ids.set(pattern, id);
      patterns.push(pattern);
      payloads.push([]);
    }
    payloads[id]!.push(payload.kind === 'term' && payload.term !== term ? { ...payload, term } : payload);
  };
  const add = (phrase: string, payload: Payload): void => addView(viewOf(phrase), payload);
  for (const source of sources) {
    ruleIds[source.ruleIndex] = source.ruleId;
    for (const entry of source.entries) {
      for (const term of entry.terms) {
        const view = viewOf(term);
        const payload: Payload = { kind: 'term', ruleIndex: source.ruleIndex, entry, term: view };
        addView(view, payload);
        // Spellings are made from the term's view and are views already (test/match/pinyinVariants.test.ts,
        // homophoneVariants.test.ts), so they skip the normaliser. Measured: running the ~770 pinyin spellings
        // the shipped terms had then through it here left per-message term matching 25% slower afterwards
        // (most likely V8 optimising the normaliser for what it ran on first); skipping it left no
        // measurable difference.
        if (entry.pinyin === true) for (const variant of pinyinVariants(view)) addView(variant, payload, view);
        if (entry.homophones === true) for (const variant of homophoneVariants(view)) addView(variant, payload, view);
      }
    }
    for (const phrase of source.allow) add(phrase, { kind: 'allow', ruleIndex: source.ruleIndex });
    for (const phrase of source.triggers) add(phrase, { kind: 'trigger', ruleIndex: source.ruleIndex });
  }
  for (const phrase of globalAllow) add(phrase, { kind: 'allow', ruleIndex: -1 });
  const noMatches = Object.freeze(new Array<readonly TermMatch[]>(ruleCount).fill(NO_MATCHES));
  // Split once here so that a hit of a pattern that is only a trigger costs a flag store, not a walk over
  // its payloads.
  const triggersOf = payloads.map((list) => list.flatMap((payload) => (payload.kind === 'trigger' ? [payload.ruleIndex] : [])));
  const matchPayloads = payloads.map((list) => list.filter((payload): payload is MatchPayload => payload.kind !== 'trigger'));
  let longestAllow = 0;
  payloads.forEach((list, id) => {
    if (list.some((payload) => payload.kind === 'allow')) longestAllow = Math.max(longestAllow, patterns[id]!.length);
  });
  return { automaton: compileAutomaton(patterns), triggersOf, matchPayloads, ruleIds, ruleCount, noMatches, longestAllow };
}

interface RawHit {
  readonly ruleIndex: number;
  readonly entry: TermEntry;
  readonly term: string;
  readonly viewStart: number;
  readonly viewEnd: number;
}

/**
 * Finds the term matches of every rule in one scan; returns them grouped by rule index, with
 * allow-listed matches removed and only the longest of nested matches of the same rule kept. Sets
 * `triggered[ruleIndex]` for every rule one of whose triggers occurs (the caller clears it).
 *
 * @internal
 */
export function findTermMatches(
  index: TermIndex,
  view: ViewBuffer,
  size: number,
  original: string,
  triggered: Uint8Array,
): readonly (readonly TermMatch[])[] {
  if (index.automaton.patterns.length === 0 || size === 0) return index.noMatches;
  const { units } = view;
  const hits: RawHit[] = [];
  let allows: { ruleIndex: number; viewStart: number; viewEnd: number }[] | undefined;
  const { triggersOf, matchPayloads } = index;
  scanUnits(index.automaton, units, size, (id, end) => {
    const rules = triggersOf[id]!;
    for (let k = 0; k < rules.length; k++) triggered[rules[k]!] = 1;
    const payloads = matchPayloads[id]!;
    if (payloads.length === 0) return;
    const pattern = index.automaton.patterns[id]!;
    const start = end - pattern.length;
    let bounded: boolean | undefined;
    for (const payload of payloads) {
      if (!(bounded ??= hasWordBoundaries(units, size, pattern, start, end))) continue;
      if (payload.kind === 'allow') (allows ??= []).push({ ruleIndex: payload.ruleIndex, viewStart: start, viewEnd: end });
      else hits.push({ ruleIndex: payload.ruleIndex, entry: payload.entry, term: payload.term, viewStart: start, viewEnd: end });
    }
  });
  if (hits.length === 0) return index.noMatches;
  // Most rules match nothing in most messages: they share one empty list instead of a fresh array each.
  // (A fresh fill, not a slice of the frozen noMatches: slicing a frozen array takes V8's slow path.)
  const byRule: (readonly TermMatch[])[] = new Array<readonly TermMatch[]>(index.ruleCount).fill(NO_MATCHES);

  const grouped: (RawHit[] | undefined)[] = new Array<RawHit[] | undefined>(index.ruleCount);
  // Hits and allows both arrive in order of their end. An allow that covers a hit ends no earlier than the
  // hit and at most longestAllow after its start, so each hit reads only the allows in that window, found
  // from a pointer that only moves forward: linear in a long text full of both.
  let firstAllow = 0;
  for (const hit of hits) {
    if (allows !== undefined) {
      while (firstAllow < allows.length && allows[firstAllow]!.viewEnd < hit.viewEnd) firstAllow++;
      if (isAllowed(hit, allows, firstAllow, hit.viewStart + index.longestAllow)) continue;
    }
    (grouped[hit.ruleIndex] ??= []).push(hit);
  }
  for (let ruleIndex = 0; ruleIndex < grouped.length; ruleIndex++) {
    const ruleHits = grouped[ruleIndex];
    if (ruleHits === undefined) continue;
    if (ruleHits.length > 1) sortShort(ruleHits, byStartThenLongest);
    const kept: TermMatch[] = [];
    let coveredUntil = -1;
    for (const hit of ruleHits) {
      // Sorted by start, longest first: leftmost-longest wins, and a hit overlapping a kept one of the
      // same rule ("微信" after "加微" in "加微信") would only report the same words twice.
      if (hit.viewStart < coveredUntil) continue;
      coveredUntil = hit.viewEnd;
      kept.push(toTermMatch(hit, view, original, index.ruleIds[ruleIndex]!));
    }
    byRule[ruleIndex] = kept;
  }
  return byRule;
}

function byStartThenLongest(a: RawHit, b: RawHit): number {
  return a.viewStart - b.viewStart || b.viewEnd - a.viewEnd;
}

/** The one empty match list, shared by every rule that matched nothing. @internal */
export const NO_MATCHES: readonly TermMatch[] = Object.freeze([]);

/** Whether one of `allows[from…]` that ends by `lastEnd` covers the hit and is of its rule (or global). */
function isAllowed(
  hit: RawHit,
  allows: readonly { ruleIndex: number; viewStart: number; viewEnd: number }[],
  from: number,
  lastEnd: number,
): boolean {
  for (let at = from; at < allows.length && allows[at]!.viewEnd <= lastEnd; at++) {
    const allow = allows[at]!;
    if (
      (allow.ruleIndex === hit.ruleIndex || allow.ruleIndex === -1) &&
      allow.viewStart <= hit.viewStart &&
      hit.viewEnd <= allow.viewEnd
    ) {
      return true;
    }
  }
  return false;
}

function toTermMatch(hit: RawHit, view: ViewBuffer, text: string, ruleId: string): TermMatch {
  const start = view.starts[hit.viewStart]!;
  const end = originalEnd(text, view.starts[hit.viewEnd - 1]!);
  const original = text.slice(start, end);
  return {
    term: hit.term,
    entry: hit.entry,
    start,
    end,
    viewStart: hit.viewStart,
    viewEnd: hit.viewEnd,
    evasive: original !== hit.term && original.toLowerCase() !== hit.term,
    ruleId,
  };
}

const isAsciiAlnum = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** Latin terms must stand alone ("vx" is not in "vxpay"); CJK terms need no boundary. */
function hasWordBoundaries(units: Uint16Array, size: number, pattern: string, start: number, end: number): boolean {
  if (isAsciiAlnum(pattern.charCodeAt(0)) && start > 0 && isAsciiAlnum(units[start - 1]!)) return false;
  if (isAsciiAlnum(pattern.charCodeAt(pattern.length - 1)) && end < size && isAsciiAlnum(units[end]!)) {
    return false;
  }
  return true;
}
