import { structureData } from './_data.js';
import { UNSUBSCRIBE_SOURCE } from './dataSchema.js';
import type { InteractionLayer, Layer, ReplyOption } from './schemas.js';

/**
 * A span of the original text, UTF-16 offsets, end exclusive.
 *
 * @internal
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * An unsubscribe statement found in the text, with the keyword it asks for (`R`, `T`, `TD`…).
 *
 * @internal
 */
export interface UnsubscribeStatement extends Layer {
  readonly key: string;
}

/**
 * A `【…】` (or lone bracket) in the body; `inner` is the text between a pair, `null` for a lone one.
 *
 * @internal
 */
export interface BodyBracket extends Span {
  readonly inner: string | null;
}

/**
 * What is in the message, independent of any option: every check reads this, so the layers
 * `checkStructure` shows and the spans `lint()` reports always agree.
 *
 * @internal
 */
export interface Recognition {
  readonly identity: Layer | null;
  /** The text opens with `【` that is never closed (within the scan window). */
  readonly unclosedSignature: boolean;
  readonly bodyBrackets: readonly BodyBracket[];
  /** Every unsubscribe statement in text order; the last one is the unsubscribe layer. */
  readonly unsubscribes: readonly UnsubscribeStatement[];
  readonly interaction: InteractionLayer | null;
  readonly tips: readonly Span[];
  /** Text that is none of the other layers, trimmed; the first chunk is the feature layer. */
  readonly chunks: readonly Layer[];
}

/** A signature longer than this is not looked for: a stray `】` far away is no closing bracket. */
const SIGNATURE_SCAN = 40;
const MASK = '\u0000';

const BODY_BRACKET = /【[^【】\n]{0,30}】|[【】]/gu;
const UNSUBSCRIBE = new RegExp(UNSUBSCRIBE_SOURCE, 'gu');
const UNSUBSCRIBE_WHOLE = new RegExp(`^(?:${UNSUBSCRIBE_SOURCE})$`, 'u');
const UNSUBSCRIBE_AT = new RegExp(UNSUBSCRIBE_SOURCE, 'uy');
// 回复 + digit or letter key, or 回 + digit key ("回1查看额度"); a letter key needs 回复 so that
// "返回App" is no option. The label stops before the next option.
const OPTION =
  /(?:回复["'“]?(?<k1>[0-9]{1,2}|[A-Za-z]{1,4})|回["'“]?(?<k2>[0-9]{1,2}))["'”]?(?![0-9A-Za-z])(?<label>(?:(?!回复?["'“]?[0-9A-Za-z])\p{Script=Han}){0,12})/gu;
// Sentence and clause ends as UTF-16 codes (all are single units): the scans compare codes, not strings.
const SENTENCE_END: ReadonlySet<number> = new Set(Array.from('。！？!?；;\n' + MASK, (char) => char.charCodeAt(0)));
// A disclosure is its own clause: commas, spaces and the decorative symbols templates use as dividers
// ("额度已提升☞年化利率…") end one, so the offer before it stays the feature.
const CLAUSE_END: ReadonlySet<number> = new Set([
  ...SENTENCE_END,
  ...Array.from('，, \t\u3000★☆☞→●◆■▲※|', (char) => char.charCodeAt(0)),
]);
const SEPARATOR = /[\s\p{Z}，,。.！!？?；;：:、]/u;
const CONTENT = /[\p{L}\p{N}]/u;

/**
 * Finds the layers, the anti-fraud tips and the leftover text of `text`.
 *
 * @internal
 */
export function recognize(text: string): Recognition {
  const { identity, unclosedSignature } = findIdentity(text);
  const bodyStart = identity?.end ?? (unclosedSignature ? 1 : 0);
  const bodyBrackets = findBodyBrackets(text, bodyStart);

  // 1 where a character already belongs to a layer; the later searches run on a view with those masked.
  const masked = new Uint8Array(text.length);
  if (identity) mark(masked, identity);
  const unsubscribes = findUnsubscribes(text, masked);
  for (const statement of unsubscribes) mark(masked, statement);

  const interaction = findInteraction(text, apply(text, masked));
  if (interaction) mark(masked, interaction);

  const tips = findSentences(text, apply(text, masked), SENTENCE_END, structureData.antiFraudTips.phrases);
  for (const tip of tips) mark(masked, tip);
  // Mandatory disclosures (年化利率…, 以审批为准) are clauses of their own, not part of the offer.
  const disclosures = findSentences(text, apply(text, masked), CLAUSE_END, structureData.disclosures.phrases);
  for (const disclosure of disclosures) mark(masked, disclosure);

  return { identity, unclosedSignature, bodyBrackets, unsubscribes, interaction, tips, chunks: leftovers(text, masked) };
}

/**
 * Number of content characters (Han, letters, digits — code points) in `text`.
 *
 * @internal
 */
export function contentLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const width = pointWidth(text, i);
    if (isContentAt(text, i, width)) count += 1;
    i += width;
  }
  return count;
}

/**
 * UTF-16 offset within `text` of the content character number `n` (0-based), or `null`.
 *
 * @internal
 */
export function contentOffset(text: string, n: number): number | null {
  let count = 0;
  for (let offset = 0; offset < text.length; ) {
    const width = pointWidth(text, offset);
    if (isContentAt(text, offset, width)) {
      if (count === n) return offset;
      count += 1;
    }
    offset += width;
  }
  return null;
}

/** UTF-16 width of the code point at `i`, as `for…of` iterates: 2 for a well-formed surrogate pair. */
function pointWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** `CONTENT.test` of the code point at `i`, without building a string for ASCII and common Han. */
function isContentAt(text: string, i: number, width: number): boolean {
  if (width === 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (code >= 0x4e00 && code <= 0x9fff) return true;
  }
  return CONTENT.test(text.slice(i, i + width));
}

/**
 * Whether the text after `offset` holds anything but whitespace and closing punctuation.
 *
 * @internal
 */
export function hasContentAfter(text: string, offset: number): boolean {
  return /[^\s\p{Z}。.！!]/u.test(text.slice(offset));
}

function findIdentity(text: string): { identity: Layer | null; unclosedSignature: boolean } {
  if (!text.startsWith('【')) return { identity: null, unclosedSignature: false };
  const close = text.indexOf('】', 1);
  if (close === -1 || close > SIGNATURE_SCAN) return { identity: null, unclosedSignature: true };
  return { identity: layer(text, 0, close + 1), unclosedSignature: false };
}

function findBodyBrackets(text: string, from: number): BodyBracket[] {
  const out: BodyBracket[] = [];
  if (text.indexOf('【', from) < 0 && text.indexOf('】', from) < 0) return out;
  // Global regexes keep their position in lastIndex: each call works on its own copy.
  const bodyBracket = new RegExp(BODY_BRACKET);
  bodyBracket.lastIndex = from;
  for (let m = bodyBracket.exec(text); m; m = bodyBracket.exec(text)) {
    const inner = m[0].length > 1 ? m[0].slice(1, -1) : null;
    out.push({ start: m.index, end: m.index + m[0].length, inner });
  }
  return out;
}

function findUnsubscribes(text: string, masked: Uint8Array): UnsubscribeStatement[] {
  // Known statements first, literally, so "回T" + "拒收请回复R" is not read as "回T拒收".
  const spans: Span[] = [];
  let unsubscribeAt: RegExp | undefined;
  for (const known of structureData.unsubscribe.known) {
    for (let at = text.indexOf(known); at !== -1; at = text.indexOf(known, at + 1)) {
      const span = { start: at, end: at + known.length };
      // A known statement only counts where the general pattern would end there too: "退订回T"
      // inside "退订回TD" is not a statement.
      unsubscribeAt ??= new RegExp(UNSUBSCRIBE_AT);
      unsubscribeAt.lastIndex = at;
      if (unsubscribeAt.exec(text)?.[0].length === known.length && !isMasked(masked, span)) spans.push(span);
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const local = masked.slice();
  for (const span of spans) {
    if (isMasked(local, span)) continue;
    mark(local, span);
  }
  const view = apply(text, local);
  // Every statement the general pattern finds contains 拒收 or 退订: without them there is nothing to scan for.
  if (view.includes('拒收') || view.includes('退订')) {
    for (const m of view.matchAll(UNSUBSCRIBE)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (spans.length === 0) return [];
  const kept: Span[] = [];
  const taken = masked.slice();
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (isMasked(taken, span)) continue;
    mark(taken, span);
    kept.push(span);
  }
  return kept.map((span) => {
    const found = layer(text, span.start, span.end);
    const groups = UNSUBSCRIBE_WHOLE.exec(found.text)?.groups;
    return { ...found, key: (groups?.['k1'] ?? groups?.['k2'] ?? '').toUpperCase() };
  });
}

function findInteraction(text: string, view: string): InteractionLayer | null {
  const options: ReplyOption[] = [];
  // Every option starts with 回.
  if (!view.includes('回')) return null;
  for (const m of view.matchAll(OPTION)) {
    const groups = m.groups ?? {};
    options.push({
      key: groups['k1'] ?? groups['k2'] ?? '',
      label: groups['label'] ?? '',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  // Options split by another layer form separate runs; the layer is the longest run (the first
  // on a tie) so that it never covers another layer.
  let best: ReplyOption[] = [];
  let run: ReplyOption[] = [];
  // The first mask at or after the previous option's end; option ends only grow, so the search
  // resumes where it stopped (searching from each option afresh is quadratic when no mask follows).
  let mask = view.indexOf(MASK);
  for (const option of options) {
    const previous = run[run.length - 1];
    if (previous) {
      if (mask >= 0 && mask < previous.end) mask = view.indexOf(MASK, previous.end);
      if (mask >= 0 && mask < option.start) run = [];
    }
    run.push(option);
    if (run.length > best.length) best = run;
  }
  const first = best[0];
  const last = best[best.length - 1];
  if (!first || !last) return null;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end, options: best };
}

/** Spans of the sentences (ending at one of `ends`) that contain one of `phrases`. */
function findSentences(text: string, view: string, ends: ReadonlySet<number>, phrases: readonly string[]): Span[] {
  // Where the phrases occur at all (pairs of start, end): a sentence contains a phrase iff one of
  // these lies inside it, so most messages are done after a few indexOf calls.
  const occurrences: number[] = [];
  for (const phrase of phrases) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) occurrences.push(at, at + phrase.length);
  }
  const found: Span[] = [];
  if (occurrences.length === 0) return found;
  // Occurrence numbers in order of start: one forward pass serves every sentence, so the work is
  // linear rather than sentences × occurrences.
  const order = Array.from({ length: occurrences.length / 2 }, (_, k) => k).sort(
    (a, b) => occurrences[2 * a]! - occurrences[2 * b]!,
  );
  let next = 0;
  let start = 0;
  for (let i = 0; i <= view.length; i += 1) {
    if (i < view.length && !ends.has(view.charCodeAt(i))) continue;
    while (next < order.length && occurrences[2 * order[next]!]! < start) next += 1;
    if (containsOccurrence(occurrences, order, next, i)) {
      const trimmed = trim(text, start, i);
      if (trimmed) found.push(trimmed);
    }
    start = i + 1;
  }
  return found;
}

/** Whether an occurrence that starts at or after `order[from]`'s start ends by `end`. */
function containsOccurrence(occurrences: readonly number[], order: readonly number[], from: number, end: number): boolean {
  for (let k = from; k < order.length && occurrences[2 * order[k]!]! <= end; k += 1) {
    if (occurrences[2 * order[k]! + 1]! <= end) return true;
  }
  return false;
}

function leftovers(text: string, masked: Uint8Array): Layer[] {
  const chunks: Layer[] = [];
  let i = 0;
  while (i < text.length) {
    if (masked[i]) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < text.length && !masked[j]) j += 1;
    let span = trim(text, i, j);
    const salutation = span && structureData.salutations.phrases.find((p) => text.startsWith(p, span!.start));
    if (span && salutation) span = trim(text, span.start + salutation.length, span.end);
    if (span && contentLength(text.slice(span.start, span.end)) > 0) chunks.push(layer(text, span.start, span.end));
    i = j;
  }
  return chunks;
}

function trim(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && SEPARATOR.test(text[s]!)) s += 1;
  while (e > s && SEPARATOR.test(text[e - 1]!)) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

function layer(text: string, start: number, end: number): Layer {
  return { text: text.slice(start, end), start, end };
}

function mark(masked: Uint8Array, span: Span): void {
  masked.fill(1, span.start, span.end);
}

function isMasked(masked: Uint8Array, span: Span): boolean {
  for (let i = span.start; i < span.end; i += 1) if (masked[i]) return true;
  return false;
}

/** `text` with every masked unit replaced by MASK (same length), built run by run. */
function apply(text: string, masked: Uint8Array): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    if (masked[i]) {
      while (j < text.length && masked[j]) j += 1;
      out += MASK.repeat(j - i);
    } else {
      while (j < text.length && !masked[j]) j += 1;
      out += i === 0 && j === text.length ? text : text.slice(i, j);
    }
    i = j;
  }
  return out;
}
