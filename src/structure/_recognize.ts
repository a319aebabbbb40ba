import { compileAutomaton, type Automaton } from '../match/compileAutomaton.js';
import { scanAutomaton } from '../match/scanAutomaton.js';
import { structureData, tipPhrases } from './_data.js';
import { once } from '../_lib/once.js';
import { pointWidth } from '../_lib/codePoints.js';
import { hasUnit } from '../_lib/hasUnit.js';
import { endsWithAny } from '../_lib/endsAt.js';
import { anyOf } from '../_lib/anyOf.js';
import { leadingPadding } from '../_lib/leadingPadding.js';
import { trailingSignature } from '../_lib/trailingSignature.js';
import { toSimplified, traditionalToSimplified } from '../normalize/traditionalTable.js';
import { readContinuedOption, readOption, readUnsubscribe, startsUnsubscribe } from './_readers.js';
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
  /** Units of whitespace or invisible characters before the signature's `【` (0 when it comes first). */
  readonly padding: number;
  readonly identity: Layer | null;
  /** The text opens with `【` that is never closed (within the scan window). */
  readonly unclosedSignature: boolean;
  /**
   * A 【signature】 at the very end when none opens the text (后置签名): misplaced — `identity` reports it —
   * but a signature, so no part of the body (see `trailingSignature`).
   */
  readonly trailingSignature: Layer | null;
  readonly bodyBrackets: readonly BodyBracket[];
  /** Every unsubscribe statement in text order; the last one is the unsubscribe layer. */
  readonly unsubscribes: readonly UnsubscribeStatement[];
  readonly interaction: InteractionLayer | null;
  readonly tips: readonly Span[];
  /**
   * Text that is none of the other layers, trimmed; the first chunk is the feature layer. Only the first two
   * stretches of such text are read (the second is the feature when the first is only a link), then any leads.
   */
  readonly chunks: readonly Layer[];
}

/** A signature longer than this is not looked for: a stray `】` far away is no closing bracket. */
const SIGNATURE_SCAN = 40;
const MASK = '\u0000';

const BODY_BRACKET = /【[^【】\n]{0,30}】|[【】]/gu;
// Every statement the general pattern finds contains one of these: without them there is nothing to scan for.
const UNSUBSCRIBE_WORDS = ['拒收', '退订'] as const;
// Every option starts with 回: read at each unmasked 回 in turn, the same matches a global scan finds.
const OPTION_START = '回';
// Sentence and clause ends as UTF-16 codes (all are single units), one bit each in a table indexed by
// code: the scans compare codes, not strings. MASK is an end of both, so is a NUL in the text itself.
const SENTENCE_END = 1;
// A disclosure is its own clause: commas, spaces and the decorative symbols templates use as dividers
// ("额度已提升☞年化利率…") end one, so the offer before it stays the feature.
const CLAUSE_END = 2;
const ENDS: Uint8Array = endTable([
  ['。！？!?；;\n' + MASK, SENTENCE_END | CLAUSE_END],
  ['，, \t\u3000★☆☞→●◆■▲※|', CLAUSE_END],
]);
const SEPARATOR = /[\s\p{Z}，,。.！!？?；;：:、]/u;
// SEPARATOR.test of every code of ASCII, CJK punctuation (。、) and the full-width forms (，！？：；) —
// the separators messages use — computed from the regex itself so the two cannot disagree.
const ASCII_SEPARATOR = separatorTable(0, 0x80);
const CJK_SEPARATOR = separatorTable(0x3000, 0x3040);
const FULL_WIDTH_SEPARATOR = separatorTable(0xff00, 0xff66);
const CONTENT = /[\p{L}\p{N}]/u;
// CONTENT.test of Latin-1, CJK punctuation and the full-width forms — the punctuation messages are
// full of (，。！：) — computed from the regex itself, so the two cannot disagree.
const LATIN1_CONTENT = contentTable(0x80, 0x100);
const CJK_CONTENT = contentTable(0x3000, 0x3040);
const FULL_WIDTH_CONTENT = contentTable(0xff00, 0xfff0);

// What a phrase of the automaton is (bits: one phrase may be several).
const KNOWN_STATEMENT = 1;
const ANTI_FRAUD_TIP = 2;
const DISCLOSURE = 4;
const UNSUBSCRIBE_WORD = 8;
/** A traditional character of rules/traditional.json: the text must be read through the table (see recognize). */
const TRADITIONAL = 16;

/**
 * The phrase lists of rules/structure.json (and 拒收/退订) in one automaton, so one pass over a
 * message finds them all.
 */
interface PhraseTable {
  readonly automaton: Automaton;
  /** Per pattern id: its KNOWN_STATEMENT | ANTI_FRAUD_TIP | DISCLOSURE | UNSUBSCRIBE_WORD | TRADITIONAL bits. */
  readonly kinds: Uint8Array;
  /** Per pattern id: its length in UTF-16 units. */
  readonly lengths: Uint32Array;
}

// Built on first use from frozen data, then read-only.
const phrases: () => PhraseTable = /* @__PURE__ */ once(buildPhraseTable);

function buildPhraseTable(): PhraseTable {
  const ids = new Map<string, number>();
  const patterns: string[] = [];
  const kindOf: number[] = [];
  const add = (list: readonly string[], kind: number): void => {
    for (const phrase of list) {
      let id = ids.get(phrase);
      if (id === undefined) {
        id = patterns.length;
        ids.set(phrase, id);
        patterns.push(phrase);
        kindOf.push(0);
      }
      kindOf[id]! |= kind;
    }
  };
  add(structureData.unsubscribe.known, KNOWN_STATEMENT);
  add(tipPhrases, ANTI_FRAUD_TIP);
  add(structureData.disclosures.phrases, DISCLOSURE);
  // A hotline clause ("详询95588") is the interaction layer's contact: like a disclosure, a clause of its own.
  add(structureData.contacts.phrases, DISCLOSURE);
  add(UNSUBSCRIBE_WORDS, UNSUBSCRIBE_WORD);
  // One-character patterns: the scan that finds the phrases also says whether a reading is needed, so a
  // message without traditional characters pays no pass of its own for it (a pass cost 7% of checkStructure).
  add(Object.keys(traditionalToSimplified), TRADITIONAL);
  return {
    automaton: compileAutomaton(patterns),
    kinds: Uint8Array.from(kindOf),
    lengths: Uint32Array.from(patterns, (pattern) => pattern.length),
  };
}

function endTable(groups: readonly (readonly [string, number])[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [chars, bits] of groups) for (let i = 0; i < chars.length; i += 1) table[chars.charCodeAt(i)]! |= bits;
  return table;
}

/**
 * Finds the layers, the anti-fraud tips and the leftover text of `text`.
 *
 * @internal
 */
export function recognize(text: string): Recognition {
  // Traditional forms of the layers' words (拒收請回復R, 回復1) are read as their simplified forms, unit
  // for unit, so the statement is found where it is — and reported as not in the accepted format, with
  // the fix — instead of looking absent (whose fix would add a second statement). The layers keep the
  // text as written; forbidden-characters reports the characters.
  const table = phrases();
  const hits = phraseHits(table, text);
  if (!hasKind(table, hits, TRADITIONAL)) return recognizeReading(text, table, hits);
  const reading = toSimplified(text);
  return withTextsOf(text, recognizeReading(reading, table, phraseHits(table, reading)));
}

/** Every phrase occurrence, as (pattern id, end) pairs in order of end. */
function phraseHits(table: PhraseTable, text: string): number[] {
  const hits: number[] = [];
  scanAutomaton(table.automaton, text, (id, end) => {
    hits.push(id, end);
  });
  return hits;
}

function hasKind(table: PhraseTable, hits: readonly number[], kind: number): boolean {
  for (let h = 0; h < hits.length; h += 2) if (table.kinds[hits[h]!]! & kind) return true;
  return false;
}

function recognizeReading(text: string, table: PhraseTable, hits: readonly number[]): Recognition {
  const padding = leadingPadding(text);
  const { identity, unclosedSignature } = findIdentity(text, padding);
  const bodyStart = identity?.end ?? (unclosedSignature ? padding + 1 : 0);
  const trailingSpan = identity === null && !unclosedSignature ? trailingSignature(text) : null;
  const trailing = trailingSpan === null ? null : layer(text, trailingSpan.start, trailingSpan.end);
  const bodyBrackets = findBodyBrackets(text, bodyStart, trailing?.start ?? text.length);

  // The phrase hits (one pass) serve the unsubscribe statements, the tips and the disclosures.
  // A set bit where a unit already belongs to a layer; the later searches skip those (a NUL in the
  // text ends a sentence or a run of options too, as in the masked copy of the text they once read).
  const masked = newMask(text.length);
  if (padding > 0) mark(masked, { start: 0, end: padding });
  if (identity) mark(masked, identity);
  if (trailing) mark(masked, trailing);
  // A confirmation ("您已回复T退订成功") is read like a statement, so that no part of it is taken for an option,
  // but it asks the reader for nothing: it is not an unsubscribe statement.
  const statements = findUnsubscribes(text, masked, table, hits);
  for (const statement of statements) mark(masked, statement);
  const unsubscribes = statements.some((statement) => isConfirmation(text, statement))
    ? statements.filter((statement) => !isConfirmation(text, statement))
    : statements;

  const interaction = findInteraction(text, masked);
  if (interaction) {
    mark(masked, interaction);
    const leadIn = leadInBefore(text, masked, interaction.start);
    if (leadIn) mark(masked, leadIn);
  }

  // The text a tip or a disclosure clause opens with, before its phrase ("您享有专属绿色通道，谨防诈骗",
  // "消费贷年化利率3.6%起"): the offer when no other text is. Kept as LEAD_FIELDS numbers a sentence, since most
  // messages never read them.
  const leads: number[] = [];
  const tips = findSentences(text, masked, SENTENCE_END, table, hits, ANTI_FRAUD_TIP, leads);
  for (const tip of tips) mark(masked, tip);
  // Mandatory disclosures (年化利率…, 以审批为准) are clauses of their own, not part of the offer.
  const disclosures = findSentences(text, masked, CLAUSE_END, table, hits, DISCLOSURE, leads);
  for (const disclosure of disclosures) mark(masked, disclosure);

  const chunks = withoutLink(text, withOfferLeads(text, leftovers(text, masked), leads, interaction, table, hits));
  return { padding, identity, unclosedSignature, trailingSignature: trailing, bodyBrackets, unsubscribes, interaction, tips, chunks };
}

/** `found`, read from a reading of `text` with the same offsets, with every text taken from `text` itself. */
function withTextsOf(text: string, found: Recognition): Recognition {
  const relayer = <T extends Layer>(span: T): T => ({ ...span, text: text.slice(span.start, span.end) });
  const { identity, trailingSignature: trailing, interaction } = found;
  return {
    ...found,
    identity: identity && relayer(identity),
    trailingSignature: trailing && relayer(trailing),
    bodyBrackets: found.bodyBrackets.map((bracket) => ({
      ...bracket,
      inner: bracket.inner === null ? null : text.slice(bracket.start + 1, bracket.end - 1),
    })),
    unsubscribes: found.unsubscribes.map(relayer),
    interaction: interaction && {
      ...relayer(interaction),
      // A label is the Han characters that end its option.
      options: interaction.options.map((option) => ({ ...option, label: text.slice(option.end - option.label.length, option.end) })),
    },
    chunks: found.chunks.map(relayer),
  };
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

/** `CONTENT.test` of the code point at `i`, without building a string for ASCII and common Han. */
function isContentAt(text: string, i: number, width: number): boolean {
  if (width === 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (code >= 0x4e00 && code <= 0x9fff) return true;
    if (code < 0x100) return LATIN1_CONTENT[code - 0x80] === 1;
    if (code >= 0x3000 && code < 0x3040) return CJK_CONTENT[code - 0x3000] === 1;
    if (code >= 0xff00 && code < 0xfff0) return FULL_WIDTH_CONTENT[code - 0xff00] === 1;
  }
  return CONTENT.test(text.slice(i, i + width));
}

function contentTable(from: number, to: number): Uint8Array {
  return Uint8Array.from({ length: to - from }, (_, k) => (CONTENT.test(String.fromCharCode(from + k)) ? 1 : 0));
}

/**
 * Whether `text[offset, end)` holds anything but whitespace and closing punctuation.
 *
 * @internal
 */
export function hasContentAfter(text: string, offset: number, end = text.length): boolean {
  return /[^\s\p{Z}。.！!]/u.test(text.slice(offset, end));
}

function findIdentity(text: string, padding: number): { identity: Layer | null; unclosedSignature: boolean } {
  if (!text.startsWith('【', padding)) return { identity: null, unclosedSignature: false };
  const close = text.indexOf('】', padding + 1);
  if (close === -1 || close > padding + SIGNATURE_SCAN) return { identity: null, unclosedSignature: true };
  return { identity: layer(text, padding, close + 1), unclosedSignature: false };
}

/** The 【…】 pairs and lone brackets of `text[from, to)` (a match cannot cross `to`: a trailing signature starts with 【). */
function findBodyBrackets(text: string, from: number, to: number): BodyBracket[] {
  const out: BodyBracket[] = [];
  const open = text.indexOf('【', from);
  const close = text.indexOf('】', from);
  if ((open < 0 || open >= to) && (close < 0 || close >= to)) return out;
  // Global regexes keep their position in lastIndex: each call works on its own copy.
  const bodyBracket = new RegExp(BODY_BRACKET);
  bodyBracket.lastIndex = from;
  for (let m = bodyBracket.exec(text); m && m.index < to; m = bodyBracket.exec(text)) {
    const inner = m[0].length > 1 ? m[0].slice(1, -1) : null;
    out.push({ start: m.index, end: m.index + m[0].length, inner });
  }
  return out;
}

function findUnsubscribes(text: string, masked: Mask, table: PhraseTable, hits: readonly number[]): UnsubscribeStatement[] {
  const { kinds, lengths } = table;
  // Known statements first, literally, so "回T" + "拒收请回复R" is not read as "回T拒收".
  const spans: KeyedSpan[] = [];
  let words = false;
  for (let h = 0; h < hits.length; h += 2) {
    const id = hits[h]!;
    if (kinds[id]! & UNSUBSCRIBE_WORD) words = true;
    if (!(kinds[id]! & KNOWN_STATEMENT)) continue;
    const end = hits[h + 1]!;
    const start = end - lengths[id]!;
    if (isMaskedRange(masked, start, end)) continue;
    // A known statement only counts where the general pattern would end there too: "退订回T"
    // inside "退订回TD" is not a statement.
    const read = readUnsubscribe(text, start);
    if (read !== null && read.end === end) spans.push({ start, end, key: read.key });
  }
  if (spans.length > 1) spans.sort(byStartThenLongest);
  if (words) {
    // The known statements that would be marked (each outside the layers and the ones before it),
    // listed rather than marked on a copy of the mask: most messages never need the copy.
    // Sorted by start and disjoint, so a later span can only overlap the last one kept.
    const marked: Span[] = [];
    for (const span of spans) {
      if (isMasked(masked, span) || span.start < (marked[marked.length - 1]?.end ?? 0)) continue;
      marked.push(span);
    }
    // Only a 拒收 or 退订 outside every layer found so far gives the general pattern anything to find.
    if (hasUnmaskedWord(masked, marked, table, hits)) {
      const local = masked.slice();
      for (const span of marked) mark(local, span);
      const count = spans.length;
      const blocked = (index: number): boolean => isSet(local, index);
      // A global scan of the text with the masked units read as NUL: a match never starts or
      // continues in another layer, and the next search starts where a match ends.
      for (let at = 0; at < text.length; at++) {
        if (!startsUnsubscribe(text.charCodeAt(at)) || blocked(at)) continue;
        const read = readUnsubscribe(text, at, text.length, blocked);
        if (read === null) continue;
        spans.push({ start: at, end: read.end, key: read.key });
        at = read.end - 1;
      }
      if (spans.length > count) spans.sort(byStartThenLongest);
    }
  }
  // Greedy in text order, the longest first at one start: with spans sorted so, one overlaps an
  // earlier kept span iff it starts before the last kept one ends.
  const kept: UnsubscribeStatement[] = [];
  let keptEnd = -1;
  for (const span of spans) {
    if (span.start < keptEnd || isMasked(masked, span)) continue;
    keptEnd = span.end;
    kept.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, key: span.key });
  }
  return kept;
}

/** A statement's span with its key, upper-cased. */
interface KeyedSpan extends Span {
  readonly key: string;
}

/** Whether 拒收 or 退订 occurs with no unit masked and outside every span of `marked`. */
function hasUnmaskedWord(masked: Mask, marked: readonly Span[], table: PhraseTable, hits: readonly number[]): boolean {
  const { kinds, lengths } = table;
  for (let h = 0; h < hits.length; h += 2) {
    const id = hits[h]!;
    if (!(kinds[id]! & UNSUBSCRIBE_WORD)) continue;
    const end = hits[h + 1]!;
    const start = end - lengths[id]!;
    if (!isMaskedRange(masked, start, end) && !overlapsAny(marked, start, end)) return true;
  }
  return false;
}

/** Whether `[start, end)` overlaps one of `spans`, which are sorted and disjoint (so their ends are sorted too). */
function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  // The first span that ends after `start` is the only one that can overlap.
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  return low < spans.length && spans[low]!.start < end;
}

function byStartThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

const { leads: CONFIRMATION_LEADS, tails: CONFIRMATION_TAILS } = structureData.unsubscribe.confirmation;
const CONFIRMATION_LEAD_ENDS: ReadonlySet<number> = new Set(CONFIRMATION_LEADS.map((lead) => lead.charCodeAt(lead.length - 1)));
const CONFIRMATION_TAIL_STARTS: ReadonlySet<number> = new Set(CONFIRMATION_TAILS.map((tail) => tail.charCodeAt(0)));

/** Whether a statement reports an opt-out that took effect: right after 已 or right before 成功 ("您已回复T退订成功"). */
function isConfirmation(text: string, statement: Span): boolean {
  // One look at the unit on each side clears nearly every statement ("。拒收请回复R" at the end of a text).
  const before = statement.start > 0 && CONFIRMATION_LEAD_ENDS.has(text.charCodeAt(statement.start - 1));
  const after = statement.end < text.length && CONFIRMATION_TAIL_STARTS.has(text.charCodeAt(statement.end));
  return (before && endsWithAny(text, 0, statement.start, CONFIRMATION_LEADS)) || (after && startsWithAny(text, CONFIRMATION_TAILS, statement.end));
}

const NOT_LABEL_STARTS = structureData.replyOptions.notLabelStarts;

// Every word of replyOptions.notAfter ends in 回: the 回 of "退回1期" ends one, and starts no option.
const NOT_OPTION_WORDS = structureData.replyOptions.notAfter;
// The unit before 回 in each of them: most 回 follow punctuation, and one look at that unit clears them.
const NOT_OPTION_PENULTIMATES: ReadonlySet<number> = new Set(NOT_OPTION_WORDS.map((word) => word.charCodeAt(word.length - 2)));

/** Whether the 回 at `at` ends a word like 退回 or 返回 and has no 复 after it: "退回1期" holds no option. */
function endsWordBeforeKey(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (next === 0x590d || next === 0x8986 || at === 0 || !NOT_OPTION_PENULTIMATES.has(text.charCodeAt(at - 1))) return false;
  return endsWithAny(text, 0, at + 1, NOT_OPTION_WORDS);
}

const LEAD_INS = structureData.replyOptions.leadIns;
const LEAD_IN_ENDS: ReadonlySet<number> = new Set(LEAD_INS.map((leadIn) => leadIn.charCodeAt(leadIn.length - 1)));
const LONGEST_LEAD_IN = Math.max(...LEAD_INS.map((leadIn) => leadIn.length));

/**
 * The clause right before the first option when it only leads into it ("，如需办理请回复1"), else null: it is part
 * of the interaction, not of the offer.
 */
function leadInBefore(text: string, masked: Mask, optionStart: number): Span | null {
  if (optionStart === 0 || !LEAD_IN_ENDS.has(text.charCodeAt(optionStart - 1))) return null;
  let start = optionStart;
  const first = Math.max(0, optionStart - LONGEST_LEAD_IN - 1);
  while (start > first && !isSet(masked, start - 1) && !(ENDS[text.charCodeAt(start - 1)]! & CLAUSE_END)) start--;
  const atClauseStart = start === 0 || isSet(masked, start - 1) || (ENDS[text.charCodeAt(start - 1)]! & CLAUSE_END) !== 0;
  if (!atClauseStart || start === optionStart) return null;
  const clause = text.slice(start, optionStart);
  return LEAD_INS.includes(clause) ? { start, end: optionStart } : null;
}

function findInteraction(text: string, masked: Mask): InteractionLayer | null {
  const options: ReplyOption[] = [];
  // Options split by another layer (or a NUL) form separate runs: `segment` numbers the unmasked,
  // NUL-free stretch an option lies in; each is found once, from the first 回 in it.
  const segmentOf: number[] = [];
  let segment = 0;
  let segmentEnd = 0;
  // The first NUL after the current segment's start, found lazily and only ever forward, so that
  // finding the segments stays linear however many there are.
  let nul = -1;
  for (let at = text.indexOf(OPTION_START); at !== -1; ) {
    if (isSet(masked, at)) {
      at = text.indexOf(OPTION_START, at + 1);
      continue;
    }
    if (at >= segmentEnd) {
      segment += 1;
      if (nul <= at) nul = nulAt(text, at + 1);
      segmentEnd = nextSet(masked, at + 1, nul);
    }
    // The read stops where the masked view had a MASK: no part of an option matches one.
    const read = endsWordBeforeKey(text, at) ? null : readOption(text, at, segmentEnd);
    if (read === null) {
      at = text.indexOf(OPTION_START, at + 1);
      continue;
    }
    options.push({ key: read.key, label: read.label, start: at, end: read.end });
    segmentOf.push(segment);
    // "回复1了解，2回电": the options that follow without a 回复 of their own.
    let { end, key } = read;
    for (let next = readContinuedOption(text, end, segmentEnd, key, NOT_LABEL_STARTS); next !== null; ) {
      options.push({ key: next.key, label: next.label, start: next.start, end: next.end });
      segmentOf.push(segment);
      ({ end, key } = next);
      next = readContinuedOption(text, end, segmentEnd, key, NOT_LABEL_STARTS);
    }
    at = text.indexOf(OPTION_START, end);
  }
  // The layer is the longest run (the first on a tie) so that it never covers another layer.
  let best: ReplyOption[] = [];
  let run: ReplyOption[] = [];
  for (let k = 0; k < options.length; k += 1) {
    if (k > 0 && segmentOf[k] !== segmentOf[k - 1]) run = [];
    run.push(options[k]!);
    if (run.length > best.length) best = run;
  }
  const first = best[0];
  const last = best[best.length - 1];
  if (!first || !last) return null;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end, options: best };
}

// One native search for every marker (anyOf), not one indexOf each.
const LINK_MARKER = anyOf(structureData.feature.links);

/**
 * `chunks` with a link cut out of the first, the feature: a link is the interaction's contact, not the offer
 * ("您享有专属绿色通道 https://m.xxbank.com/a 回复1…" offers 您享有专属绿色通道). The feature is the text before the
 * link's clause ("您享有专属绿色通道。登录https://…" offers 您享有专属绿色通道), or the text after the link when none
 * comes before. Only the first chunk is read, and only for a link marker.
 */
function withoutLink(text: string, chunks: Layer[]): Layer[] {
  const feature = chunks[0];
  const link = feature === undefined ? null : LINK_MARKER.exec(feature.text);
  if (feature === undefined || link === null) return chunks;
  const linkStart = link.index;
  const start = feature.start + linkStart;
  let end = start;
  while (end < feature.end && isLinkUnit(text.charCodeAt(end))) end++;
  // The clause that leads into the link ("。登录https://…") goes with it.
  const clauseStart = clauseStartBefore(text, start, feature.start);
  const before = trim(text, feature.start, clauseStart > feature.start ? clauseStart - 1 : start);
  const after = trim(text, end, feature.end);
  const rest = before !== null && hasContent(text, before.start, before.end) ? before : after !== null && hasContent(text, after.start, after.end) ? after : null;
  return rest === null ? chunks.slice(1) : [layer(text, rest.start, rest.end), ...chunks.slice(1)];
}

/** A unit a link is written with: printable ASCII but the space. */
function isLinkUnit(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/**
 * `chunks`, with the offer read from the leads of tip and disclosure clauses when no chunk comes before the
 * reply options: "【XX银行】消费贷年化利率(单利)3.6%起。回复1了解…" offers 消费贷, and "…回复2回电。感谢支持！" does not
 * make 感谢支持 the offer.
 */
function withOfferLeads(
  text: string,
  chunks: Layer[],
  leads: readonly number[],
  interaction: InteractionLayer | null,
  table: PhraseTable,
  hits: readonly number[],
): Layer[] {
  const first = chunks[0];
  if (leads.length === 0 || (first !== undefined && (interaction === null || first.start < interaction.start))) return chunks;
  const before = first?.start ?? text.length;
  const offers: Layer[] = [];
  for (let k = 0; k < leads.length; k += LEAD_FIELDS) {
    const span = withoutSalutations(text, trim(text, leads[k]!, leadEnd(text, table, hits, leads, k)));
    if (span !== null && span.start < before && hasContent(text, span.start, span.end)) offers.push(layer(text, span.start, span.end));
  }
  if (offers.length === 0) return chunks;
  offers.sort(byStartThenLongest);
  return [...offers, ...chunks];
}

/**
 * Spans of the sentences (ending at a masked unit or a code with the `ends` bit) that contain a
 * phrase of kind `kind`. For each, the text before the clause of its first phrase, trimmed, is pushed to `leads`
 * when there is any.
 */
function findSentences(
  text: string,
  masked: Mask,
  ends: number,
  table: PhraseTable,
  hits: readonly number[],
  kind: number,
  leads: number[],
): Span[] {
  const { kinds, lengths } = table;
  const found: Span[] = [];
  // A sentence runs between two boundaries (a masked unit or a code with the `ends` bit) and is
  // found from the phrases inside it: each hit is widened to its sentence, so only the sentences
  // with a phrase are read, each once. The hits are in order of end, so a hit that ends inside the
  // sentence found last is in it, or spans its start and is in no sentence.
  const isBoundary = (i: number): boolean => isSet(masked, i) || (ENDS[text.charCodeAt(i)]! & ends) !== 0;
  let lastSentenceEnd = -1;
  for (let h = 0; h < hits.length; h += 2) {
    const id = hits[h]!;
    if (!(kinds[id]! & kind)) continue;
    const end = hits[h + 1]!;
    if (end <= lastSentenceEnd) continue;
    const start = end - lengths[id]!;
    // A hit that spans a sentence end is in no sentence.
    let crosses = false;
    for (let i = start; i < end && !crosses; i++) crosses = isBoundary(i);
    if (crosses) continue;
    let sentenceStart = start;
    while (sentenceStart > 0 && !isBoundary(sentenceStart - 1)) sentenceStart--;
    let sentenceEnd = end;
    while (sentenceEnd < text.length && !isBoundary(sentenceEnd)) sentenceEnd++;
    const trimmed = trim(text, sentenceStart, sentenceEnd);
    if (trimmed) found.push(trimmed);
    lastSentenceEnd = sentenceEnd;
    // Where its lead ends is worked out only if a message needs it (leadEnd): most never do.
    if (start > sentenceStart) leads.push(sentenceStart, sentenceEnd, h, ends, kind);
  }
  return found;
}

/** Fields of one entry of `leads`: the sentence's start and end, its first hit, its ends and its kind. */
const LEAD_FIELDS = 5;

/**
 * Where the lead of a sentence of `leads` ends: at the sentence's first phrase (its hits are in order of end, not
 * of start), or at the start of that phrase's clause when the sentence runs over clauses (tips).
 */
function leadEnd(text: string, table: PhraseTable, hits: readonly number[], leads: readonly number[], at: number): number {
  const { kinds, lengths } = table;
  const sentenceStart = leads[at]!;
  const sentenceEnd = leads[at + 1]!;
  const first = leads[at + 2]!;
  const ends = leads[at + 3]!;
  const kind = leads[at + 4]!;
  let end = hits[first + 1]! - lengths[hits[first]!]!;
  for (let k = first + 2; k < hits.length && hits[k + 1]! <= sentenceEnd; k += 2) {
    const other = hits[k]!;
    const otherStart = hits[k + 1]! - lengths[other]!;
    if (kinds[other]! & kind && otherStart >= sentenceStart) end = Math.min(end, otherStart);
  }
  return ends & CLAUSE_END ? end : clauseStartBefore(text, end, sentenceStart);
}

/** Where the clause holding the unit before `at` starts: after the last clause end before `at`, at `floor` at most. */
function clauseStartBefore(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor && !(ENDS[text.charCodeAt(start - 1)]! & CLAUSE_END)) start--;
  return start;
}

// Each chunk costs a salutation check; only the feature is ever read, and a link may take the first.
const MAX_CHUNKS = 2;

/** The first MAX_CHUNKS stretches of text outside every layer, trimmed, salutations off, with content. */
function leftovers(text: string, masked: Mask): Layer[] {
  const chunks: Layer[] = [];
  for (let i = nextUnset(masked, 0, text.length); i < text.length && chunks.length < MAX_CHUNKS; ) {
    const j = nextSet(masked, i, text.length);
    const span = withoutSalutations(text, trim(text, i, j));
    if (span && hasContent(text, span.start, span.end)) chunks.push(layer(text, span.start, span.end));
    i = nextUnset(masked, j, text.length);
  }
  return chunks;
}

// A chunk can start with a salutation phrase only if it starts with one's first unit.
const SALUTATION_FIRST_UNITS = structureData.salutations.phrases.map((phrase) => phrase.charAt(0)).join('');
/** A greeting comes in at most this many pieces ("张先生，您好！"). */
const MAX_SALUTATIONS = 3;

/** Whether a unit ends a salutation clause: ，！： in full width, or the ASCII ,!: a template may use. */
function isSalutationMark(code: number): boolean {
  // Most units are Han (4E00–9FFF): one range test rejects them.
  if (code >= 0x4e00 && code <= 0x9fff) return false;
  return code === 0xff0c || code === 0xff01 || code === 0xff1a || code === 0x2c || code === 0x21 || code === 0x3a;
}

function startsWithAny(text: string, words: readonly string[], at: number): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

/**
 * `span` without the salutations it opens with: a listed phrase ("尊敬的客户"), or a short clause ended by
 * ，！： that starts with an opener or ends with a closer ("张先生您好，", "尊敬的王女士：").
 */
function withoutSalutations(text: string, span: Span | null): Span | null {
  const { phrases, openers, closers, maxChars } = structureData.salutations;
  for (let round = 0; span !== null && round < MAX_SALUTATIONS; round++) {
    const { start, end } = span;
    const limit = Math.min(end, start + maxChars + 1);
    let mark = start + 1;
    while (mark < limit && !isSalutationMark(text.charCodeAt(mark))) mark++;
    if (mark < limit && (startsWithAny(text, openers, start) || endsWithAny(text, start, mark, closers))) {
      span = trim(text, mark + 1, end);
      continue;
    }
    const phrase = hasUnit(SALUTATION_FIRST_UNITS, text.charCodeAt(start)) ? phrases.find((p) => text.startsWith(p, start)) : undefined;
    if (phrase === undefined) break;
    span = trim(text, start + phrase.length, end);
  }
  return span;
}

/** `contentLength(text.slice(start, end)) > 0`, without the slice. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const code = text.charCodeAt(i);
    // A pair split by `end` is two lone surrogates in the slice.
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    if (isContentAt(text, i, width)) return true;
    i += width;
  }
  return false;
}

function trim(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSeparatorAt(text, s)) s += 1;
  while (e > s && isSeparatorAt(text, e - 1)) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

/** `SEPARATOR.test(text[i])`, without building a string for ASCII and common Han. */
function isSeparatorAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return ASCII_SEPARATOR[code] === 1;
  if (code >= 0x4e00 && code <= 0x9fff) return false;
  if (code >= 0x3000 && code < 0x3040) return CJK_SEPARATOR[code - 0x3000] === 1;
  if (code >= 0xff00 && code < 0xff66) return FULL_WIDTH_SEPARATOR[code - 0xff00] === 1;
  return SEPARATOR.test(text[i]!);
}

function separatorTable(from: number, to: number): Uint8Array {
  return Uint8Array.from({ length: to - from }, (_, k) => (SEPARATOR.test(String.fromCharCode(from + k)) ? 1 : 0));
}

function layer(text: string, start: number, end: number): Layer {
  return { text: text.slice(start, end), start, end };
}

/**
 * One bit per UTF-16 unit, set where the unit already belongs to a layer. A bit set, not a byte
 * per unit: a typed array of a typical message's length is then small enough to live on V8's heap,
 * where allocating it is ten times cheaper.
 */
type Mask = Int32Array;

function newMask(length: number): Mask {
  return new Int32Array((length + 31) >>> 5);
}

/** The first index in `[from, limit)` whose bit is set, else `limit`. */
function nextSet(masked: Mask, from: number, limit: number): number {
  return nextWithBit(masked, from, limit, 0);
}

/** The first index in `[from, limit)` whose bit is clear, else `limit`. */
function nextUnset(masked: Mask, from: number, limit: number): number {
  return nextWithBit(masked, from, limit, -1);
}

/** The first index in `[from, limit)` whose bit, XOR `flip` (0 or -1), is set: a word of 32 units at a time. */
function nextWithBit(masked: Mask, from: number, limit: number, flip: number): number {
  if (from >= limit) return limit;
  let word = from >>> 5;
  let bits = (masked[word]! ^ flip) & (-1 << (from & 31));
  const lastWord = (limit - 1) >>> 5;
  while (bits === 0) {
    if (++word > lastWord) return limit;
    bits = masked[word]! ^ flip;
  }
  return Math.min(limit, (word << 5) + (31 - Math.clz32(bits & -bits)));
}

/** Where the first NUL at or after `from` is (a NUL ends a run of options, as a layer does), else the length. */
function nulAt(text: string, from: number): number {
  const at = text.indexOf('\u0000', from);
  return at < 0 ? text.length : at;
}

function isSet(masked: Mask, i: number): boolean {
  return ((masked[i >>> 5]! >>> (i & 31)) & 1) === 1;
}

function mark(masked: Mask, span: Span): void {
  // A word at a time: the bits from `i` up to the span's end or the word's end.
  for (let i = span.start; i < span.end; ) {
    const bit = i & 31;
    const count = Math.min(32 - bit, span.end - i);
    masked[i >>> 5]! |= count === 32 ? -1 : ((1 << count) - 1) << bit;
    i += count;
  }
}

function isMasked(masked: Mask, span: Span): boolean {
  return isMaskedRange(masked, span.start, span.end);
}

function isMaskedRange(masked: Mask, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (isSet(masked, i)) return true;
  return false;
}
