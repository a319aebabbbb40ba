import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/apr-disclosure.json';
import type { RuleContext, RuleDefinition, TermMatch } from '../engine/types.js';
import { asPack, basisOf, fill, reportTerm } from './_pack.js';
import { endsAt } from '../_lib/endsAt.js';
import { isRangeMark } from '../_lib/isRangeMark.js';
import { anyOf } from '../_lib/anyOf.js';
import { clauseEnd, clauseStart } from './_clause.js';
import { BarePriceSettingsSchema, compileBarePrice, findBarePrices, type BarePrice } from './_barePrice.js';
import { CLOSE_PARENTHESIS, COMMA, DOT, OPEN_PARENTHESIS, PERCENT, SPACE, endOfDigits, isAsciiDigit, isHanUnit } from './_chars.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/apr-disclosure.json`. */
export const AprDisclosureSettingsSchema = z.strictObject({
  aprMarkers: z.array(z.string().min(1)).min(1),
  simpleInterestMarkers: z.array(z.string().min(1)).min(1),
  compoundInterestMarkers: z.array(z.string().min(1)).min(1),
  savingsTerms: z.array(z.string().min(1)),
  clauseBreaks: z.string().min(1),
  maxAnnualRate: z.number().positive(),
  laterAprMessage: z.string().min(1),
  simpleInterestMessage: z.string().min(1),
  highRateMessage: z.string().min(1),
  barePrice: BarePriceSettingsSchema,
  /** Right after a disclosed rate, a ceiling the cap is checked against ("，最高35.9%", "，上限为36%"). */
  ceilingWords: z.array(z.string().min(1)).min(1),
  /** Between a ceiling word and its rate ("最高不超过35.9%"). */
  ceilingFillers: z.array(z.string().min(1)),
});

const settings = pack.settings as z.output<typeof AprDisclosureSettingsSchema>;

/** Options of the `apr-disclosure` rule. */
export const AprDisclosureOptionsSchema = z
  .strictObject({
    /** Annual rates above this (in %) get a warning; `null` turns the check off. */
    maxAnnualRate: z.number().positive().max(1000).nullable().default(settings.maxAnnualRate),
    /** Whether an APR that does not say 单利/复利 gets an `info`. */
    requireInterestMethod: z.boolean().default(true),
  })
  .default({ maxAnnualRate: settings.maxAnnualRate, requireInterestMethod: true });

type Options = z.output<typeof AprDisclosureOptionsSchema>;

/** After an APR marker, at most this many characters (利率, (单利), ：, 低至) before the rate. */
const MAX_GAP = 12;
const METHOD_WINDOW = 8;
/** How far back a rate's clause is read for a savings product ("3年期大额存单年利率"). */
const MAX_CLAUSE = 32;
const METHOD_MARKERS = [...settings.simpleInterestMarkers, ...settings.compoundInterestMarkers];
// Whether a view names a savings product at all, asked of most messages: one alternation of the terms reads
// an 83-character message in 0.13 µs, seven includes() took 0.33 µs (measured).
const SAVINGS = /* @__PURE__ */ anyOf(settings.savingsTerms);
const barePrices = /* @__PURE__ */ compileBarePrice(settings.barePrice);

interface AprDisclosure {
  readonly viewStart: number;
  readonly viewEnd: number;
  readonly rate: number;
}

/**
 * `apr-disclosure` — PBOC announcement [2021] No. 3: a loan message that mentions interest,
 * rates or fees must show the annualised rate (年化利率 X%, or X% labelled （年化） after it). A
 * daily/monthly rate without an APR is an error, as is any other rate word without one; a
 * daily/monthly rate placed before the APR is a warning (it may not be more prominent); an APR that
 * does not say 单利/复利 is an info; an APR above 24% is a warning. A rate in a clause about a savings
 * product ("定期存款年利率2.1%", "理财年化收益率3%": `savingsTerms`) is no price of credit and is left alone.
 */
export const aprDisclosureRule: RuleDefinition<Options> = {
  id: 'apr-disclosure',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#apr-disclosure',
    kinds: ['marketing'],
    options: AprDisclosureOptionsSchema,
    terms: pack.entries,
    allow: pack.allow.map((allow) => allow.phrase),
    // Without a rate word (a term), an APR marker or a number that can be a price (%, 万分之, 厘) there is
    // nothing to disclose or check.
    triggers: [...settings.aprMarkers, ...settings.barePrice.triggers],
  },
  check(context) {
    const view = context.normalized.text;
    let disclosures = findDisclosures(view);
    let termMatches = context.termMatches;
    let prices = findBarePrices(view, settings.clauseBreaks, barePrices, disclosures);
    if (disclosures.length === 0 && termMatches.length === 0 && prices.length === 0) return;
    // A deposit or wealth-management rate ("定期存款年利率2.1%", "理财年化收益率3%") is no price of credit.
    if (SAVINGS.test(view)) {
      disclosures = disclosures.filter((apr) => !isAboutSavings(view, apr.viewStart, apr.viewEnd));
      termMatches = termMatches.filter((match) => !isAboutSavings(view, match.viewStart, match.viewEnd));
      prices = prices.filter((price) => !isAboutSavings(view, price.viewStart, price.viewEnd));
      if (disclosures.length === 0 && termMatches.length === 0 && prices.length === 0) return;
    }
    // Both lists are sorted by position, so one forward sweep drops the mentions inside a disclosure.
    const mentions: TermMatch[] = [];
    let next = 0;
    for (const match of termMatches) {
      while (next < disclosures.length && disclosures[next]!.viewEnd <= match.viewStart) next++;
      const apr = disclosures[next];
      if (apr === undefined || match.viewStart < apr.viewStart) mentions.push(match);
    }
    // A price in a clause that names its rate word ("日息0.05%") is reported with that word, not again.
    let mention = 0;
    const bare = prices.filter((price) => {
      // Both lists are in text order: a forward pointer finds the mentions near each price.
      while (mention < mentions.length && mentions[mention]!.viewEnd <= price.viewStart - MAX_CLAUSE) mention++;
      return !sharesClause(view, mentions, mention, price);
    });
    if (disclosures.length === 0) {
      const periodic = mentions.filter((match) => match.entry.category === 'periodic');
      if (periodic.length > 0) for (const match of periodic) reportTerm(context, match, pack.description);
      else if (mentions[0] !== undefined) reportTerm(context, mentions[0], pack.description);
      for (const price of bare) reportPrice(context, price, settings.barePrice.message, 'error');
      return;
    }
    const firstApr = disclosures[0]!;
    for (const match of mentions) {
      if (match.entry.category === 'periodic' && match.viewStart < firstApr.viewStart) {
        reportTerm(context, match, pack.description, { message: settings.laterAprMessage, severity: 'warning' });
      }
    }
    for (const price of bare) {
      if (price.periodic && price.viewStart < firstApr.viewStart) reportPrice(context, price, settings.laterAprMessage, 'warning');
    }
    for (const apr of disclosures) checkDisclosure(context, apr);
  },
};

/**
 * Whether the clause holding view[start, end) — back to the last clause break, at most MAX_CLAUSE units —
 * names a savings product. The bound keeps a long text without punctuation linear.
 */
function isAboutSavings(view: string, start: number, end: number): boolean {
  const clause = view.slice(clauseStart(view, start, settings.clauseBreaks, MAX_CLAUSE), end);
  return settings.savingsTerms.some((term) => clause.includes(term));
}

function reportPrice(context: RuleContext<Options>, price: BarePrice, template: string, severity: 'error' | 'warning'): void {
  const { start, end } = context.toOriginal(price.viewStart, price.viewEnd);
  context.report({ start, end, severity, message: fill(template, { term: context.text.slice(start, end) }) });
}

/**
 * Whether a mention, from `mentions[from]` on, stands in the clause of `price` (between the clause breaks around it,
 * each at most MAX_CLAUSE away). `from` is the first mention that can end after the clause starts.
 */
function sharesClause(view: string, mentions: readonly TermMatch[], from: number, price: BarePrice): boolean {
  if (from >= mentions.length) return false;
  const start = clauseStart(view, price.viewStart, settings.clauseBreaks, MAX_CLAUSE);
  const end = clauseEnd(view, price.viewEnd, settings.clauseBreaks, MAX_CLAUSE);
  for (let at = from; at < mentions.length && mentions[at]!.viewStart < end; at++) {
    if (mentions[at]!.viewEnd > start) return true;
  }
  return false;
}

function checkDisclosure(context: RuleContext<Options>, apr: AprDisclosure): void {
  const view = context.normalized.text;
  const { start, end } = context.toOriginal(apr.viewStart, apr.viewEnd);
  const excerpt = context.text.slice(start, end);
  const { maxAnnualRate, requireInterestMethod } = context.ruleOptions;
  const rate = maxAnnualRate !== null && apr.rate > maxAnnualRate ? rateAsWritten(excerpt, apr.rate) : apr.rate;
  if (maxAnnualRate !== null && rate > maxAnnualRate) {
    context.report({
      start,
      end,
      severity: 'warning',
      message: fill(settings.highRateMessage, { rate, max: maxAnnualRate }),
    });
  }
  if (requireInterestMethod) {
    const around = view.slice(apr.viewStart, Math.min(view.length, apr.viewEnd + METHOD_WINDOW));
    if (!METHOD_MARKERS.some((marker) => around.includes(marker))) {
      context.report({ start, end, severity: 'info', message: fill(settings.simpleInterestMessage, { excerpt }) });
    }
  }
}

// A range in the original text: the view reads "6-18%" as "618%" (a hyphen after one digit is a spacing trick there).
const WRITTEN_RANGE = /([0-9]{1,4}(?:\.[0-9]{1,4})?) ?[-~至到—–] ?([0-9]{1,4}(?:\.[0-9]{1,4})?) ?%/;

/**
 * The rate of a disclosure above the cap, read again from the text as written: a range whose lower rate is one
 * digit ("6-18%") is its upper rate, not the number the view made of it. Runs only for a rate above the cap.
 */
function rateAsWritten(excerpt: string, rate: number): number {
  const range = WRITTEN_RANGE.exec(excerpt.normalize('NFKC'));
  if (range === null) return rate;
  const joined = Number(`${range[1]!}${range[2]!}`);
  return joined === rate ? Math.max(Number(range[1]), Number(range[2])) : rate;
}

/**
 * Every "年化…X%" in the view (from the marker to the percent sign) and every "X%（年化…）" (from the
 * rate to the label's closing parenthesis), sorted and non-overlapping.
 *
 * @internal
 */
export function findDisclosures(view: string): readonly AprDisclosure[] {
  // Most messages have no marker: they allocate nothing.
  let candidates: AprDisclosure[] | undefined;
  for (const marker of settings.aprMarkers) {
    for (let at = view.indexOf(marker); at >= 0; at = view.indexOf(marker, at + marker.length)) {
      const rate = rateAfter(view, at + marker.length);
      if (rate !== null) {
        // "年化利率低至7.2%，最高35.9%": the ceiling in the next clause is part of the disclosure, and the cap is
        // checked against it.
        const ceiling = ceilingAfter(view, rate.end);
        const end = ceiling?.end ?? rate.end;
        (candidates ??= []).push({ viewStart: at, viewEnd: end, rate: Math.max(rate.value, ceiling?.value ?? 0) });
        continue;
      }
      // The label after the rate: "3.1%（年化，单利）", "3.1%起（单利，年化）" (the view has NFKC's "(" and ",").
      const open = labelOpening(view, at);
      const labelled = open < 0 ? null : rateBefore(view, view.charCodeAt(open - 1) === QI ? open - 1 : open);
      if (labelled !== null) {
        const viewEnd = closingParenthesis(view, at + marker.length) ?? at + marker.length;
        (candidates ??= []).push({ viewStart: labelled.start, viewEnd, rate: labelled.value });
      }
    }
  }
  if (candidates === undefined) return NO_DISCLOSURES;
  if (candidates.length === 1) return candidates;
  candidates.sort((a, b) => a.viewStart - b.viewStart || b.viewEnd - a.viewEnd);
  const found: AprDisclosure[] = [];
  for (const candidate of candidates) {
    const last = found[found.length - 1];
    if (last === undefined || candidate.viewStart >= last.viewEnd) found.push(candidate);
  }
  return found;
}

/**
 * The rate right after a marker — what the sticky regex
 * `[^0-9%]{0,12}?(N) ?%(?: ?[-~至到—–]? ?(N) ?%)?` with N = `[0-9]{1,4}(?:\.[0-9]{1,4})?` matches at `from`
 * (or a rate spelled after 百分之), read by hand (it ran on most messages, and a per-call regex copy cost
 * more than the match): up to 12 characters that are neither digits nor `%`, then 1–4 digits, optionally
 * a dot and 1–4 digits, an optional space and `%`; then, for a range ("7.2%-36%"), the upper rate. The
 * value is the higher of the two. A longer digit run matches nothing (no backtracking into the gap can
 * help: the gap may not hold a digit).
 *
 * @internal
 */
export function rateAfter(view: string, from: number): { readonly end: number; readonly value: number } | null {
  const length = view.length;
  let at = from;
  while (at < length && at - from <= MAX_GAP) {
    const code = view.charCodeAt(at);
    if (isAsciiDigit(code)) break;
    if (code === PERCENT) return null;
    if (code === HUNDRED && view.startsWith(PER_CENT, at)) {
      const spelled = spelledRate(view, at + PER_CENT.length);
      if (spelled !== null) return spelled;
    }
    at++;
  }
  if (at >= length || at - from > MAX_GAP) return null;
  const lower = percentRateAt(view, at);
  if (lower === null) return bareRangeAt(view, at);
  const upper = rangeUpperAt(view, lower.end);
  return upper === null ? lower : { end: upper.end, value: Math.max(lower.value, upper.value) };
}

/**
 * A range whose lower rate has no `%` of its own ("7.2-36%", "7.2至18%"): `N ?[-~至到—–] ?N ?%`, valued at its
 * upper rate, or null.
 */
function bareRangeAt(view: string, at: number): { readonly end: number; readonly value: number } | null {
  let end = endOfDigits(view, at);
  if (end - at > 4) return null;
  if (view.charCodeAt(end) === DOT && isAsciiDigit(view.charCodeAt(end + 1))) {
    const decimalsStart = end + 1;
    end = endOfDigits(view, decimalsStart);
    if (end - decimalsStart > 4) return null;
  }
  let mark = end;
  if (view.charCodeAt(mark) === SPACE) mark++;
  if (!isRangeMark(view.charCodeAt(mark))) return null;
  const upper = rangeUpperAt(view, end);
  return upper === null ? null : { end: upper.end, value: Math.max(Number(view.slice(at, end)), upper.value) };
}

/** A rate in digits at `at` — `[0-9]{1,4}(?:\.[0-9]{1,4})? ?%` and no longer digit run — or null. */
function percentRateAt(view: string, at: number): { readonly end: number; readonly value: number } | null {
  const numberStart = at;
  let end = endOfDigits(view, at);
  if (end - numberStart > 4) return null;
  if (end + 1 < view.length && view.charCodeAt(end) === DOT && isAsciiDigit(view.charCodeAt(end + 1))) {
    const decimalsStart = end + 1;
    end = endOfDigits(view, decimalsStart);
    if (end - decimalsStart > 4) return null;
    // Without its decimals the number is followed by the dot, not by "%": the whole rate or nothing.
  }
  const close = percentAt(view, end);
  return close < 0 ? null : { end: close, value: Number(view.slice(numberStart, end)) };
}

/**
 * The upper rate of a range right after a rate ("7.2%-36%", "7.2%至36%", "7.2%〜36%"): an optional space, range
 * mark (`isRangeMark`) and space, then a rate in digits; a range written without its mark ("7.2%36%") is still
 * read as one. The cap is checked against the highest rate shown, not the "起" rate. Null when none follows.
 */
function rangeUpperAt(view: string, from: number): { readonly end: number; readonly value: number } | null {
  let at = from;
  if (view.charCodeAt(at) === SPACE) at++;
  if (isRangeMark(view.charCodeAt(at))) at++;
  if (view.charCodeAt(at) === SPACE) at++;
  return isAsciiDigit(view.charCodeAt(at)) ? percentRateAt(view, at) : null;
}

/** 百分之: a rate spelled out ("年化利率百分之七点二"), as a voice script or a careful template writes it. */
const PER_CENT = '百分之';
const HUNDRED = 0x767e;
const NUMERALS = '零一二三四五六七八九';
const TEN = 0x5341;
const POINT = 0x70b9;
const LIANG = 0x4e24;

/** The value of the numeral at `at` (零〇一二两…九), or -1. */
function numeralAt(view: string, at: number): number {
  const code = view.charCodeAt(at);
  if (code === 0x3007) return 0;
  if (code === LIANG) return 2;
  return at < view.length ? NUMERALS.indexOf(view.charAt(at)) : -1;
}

/** The value of the numeral at `at` as a decimal digit: 两 is no decimal ("七点二", never "七点两"). */
function decimalAt(view: string, at: number): number {
  return view.charCodeAt(at) === LIANG ? -1 : numeralAt(view, at);
}

/**
 * The rate after 百分之, spelled in numerals: what `(?:[一-九]?十[一-九]?|[零-九])(?:点[零-九]{1,4})?` matches
 * ("七点二" 7.2, "十八" 18, "二十四" 24, "零点五" 0.5; 两 and 〇 count too, but 两 is no decimal). Null when no
 * numeral follows.
 *
 * @internal
 */
export function spelledRate(view: string, from: number): { readonly end: number; readonly value: number } | null {
  let at = from;
  let value: number;
  const first = numeralAt(view, at);
  const tensFrom = first > 0 && view.charCodeAt(at + 1) === TEN ? at + 1 : view.charCodeAt(at) === TEN ? at : -1;
  if (tensFrom >= 0) {
    value = (tensFrom > at ? first : 1) * 10;
    at = tensFrom + 1;
    const units = numeralAt(view, at);
    if (units > 0) {
      value += units;
      at++;
    }
  } else if (first >= 0) {
    value = first;
    at++;
  } else return null;
  if (view.charCodeAt(at) === POINT && decimalAt(view, at + 1) >= 0) {
    let digits = '';
    let next = at + 1;
    for (let digit = decimalAt(view, next); digit >= 0 && digits.length < 4; digit = decimalAt(view, ++next)) digits += String(digit);
    value = Number(`${value}.${digits}`);
    at = next;
  }
  return { end: at, value };
}

/**
 * The rate that ends right before `end`, where a label in parentheses follows it ("7.2%（年化）"): what
 * `/(?<![0-9.])([0-9]{1,4}(?:\.[0-9]{1,4})?) ?% ?$/` matches in `view.slice(0, end)`, read backwards by hand.
 *
 * @internal
 */
export function rateBefore(view: string, end: number): { readonly start: number; readonly value: number } | null {
  let at = end;
  if (view.charCodeAt(at - 1) === SPACE) at--;
  if (view.charCodeAt(at - 1) !== PERCENT) return null;
  at--;
  if (view.charCodeAt(at - 1) === SPACE) at--;
  const numberEnd = at;
  let start = startOfDigits(view, numberEnd);
  if (start === numberEnd || numberEnd - start > 4) return null;
  if (view.charCodeAt(start - 1) === DOT && isAsciiDigit(view.charCodeAt(start - 2))) {
    const integerEnd = start - 1;
    start = startOfDigits(view, integerEnd);
    if (integerEnd - start > 4) return null;
  }
  // A number right after a dot is the tail of another ("1.2.3%"): the look-behind refuses it.
  if (view.charCodeAt(start - 1) === DOT) return null;
  return { start, value: Number(view.slice(start, numberEnd)) };
}

function startOfDigits(view: string, end: number): number {
  let start = end;
  while (start > 0 && isAsciiDigit(view.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * A ceiling rate right after a disclosed rate: an optional label and 起, an optional `,`, `;` or space, a ceiling
 * word (最高, 上限), perhaps a filler or two (不超过, 可达, 为) and a rate in digits ("，最高35.9%",
 * "，最高不超过35.9%", "，上限为36%"), else null. A ceiling word followed by anything but a rate ("，最高可借") is no
 * ceiling.
 */
function ceilingAfter(view: string, from: number): { readonly end: number; readonly value: number } | null {
  let at = from;
  // "7.2%(单利)起，最高35.9%": a short label and 起 may stand between the rate and the ceiling's clause.
  if (view.charCodeAt(at) === OPEN_PARENTHESIS) at = closingParenthesis(view, at + 1) ?? at;
  if (view.charCodeAt(at) === QI) at++;
  if (view.charCodeAt(at) === COMMA || view.charCodeAt(at) === SEMICOLON || view.charCodeAt(at) === SPACE) at++;
  if (!CEILING_FIRST_UNITS.has(view.charCodeAt(at))) return null;
  const word = settings.ceilingWords.find((candidate) => view.startsWith(candidate, at));
  if (word === undefined) return null;
  at += word.length;
  for (let fillers = 0; fillers < 2; fillers++) {
    const filler = settings.ceilingFillers.find((candidate) => view.startsWith(candidate, at));
    if (filler === undefined) break;
    at += filler.length;
  }
  const ceiling = isAsciiDigit(view.charCodeAt(at)) ? percentRateAt(view, at) : null;
  // A share right after it ("最高80%贷款比例", "上限为30%的负债比") is no rate: a rate ends its phrase (or says 起).
  const next = ceiling === null ? 0 : view.charCodeAt(ceiling.end);
  return ceiling === null || (isHanUnit(next) && next !== QI) ? null : ceiling;
}

const SEMICOLON = 0x3b;
// Most disclosures have no ceiling after them: one look at the unit there decides.
const CEILING_FIRST_UNITS = /* @__PURE__ */ new Set(settings.ceilingWords.map((word) => word.charCodeAt(0)));

const QI = 0x8d77; // 起, between a rate and its label: "3.1%起（年化）"
// What may stand in a label before its APR marker: "（单利，年化）".
const LABEL_WORDS = ['单利', '复利', ',', '、', ' '];

/**
 * Where the `(` of a label that holds the APR marker at `marker` opens — right before the marker, or before
 * label words ("（单利，年化）") — else -1.
 */
function labelOpening(view: string, marker: number): number {
  let at = marker;
  for (let words = 0; words < 4 && view.charCodeAt(at - 1) !== OPEN_PARENTHESIS; words++) {
    const word = LABEL_WORDS.find((candidate) => endsAt(view, 0, at, candidate));
    if (word === undefined) return -1;
    at -= word.length;
  }
  return view.charCodeAt(at - 1) === OPEN_PARENTHESIS ? at - 1 : -1;
}

/** The end of the `)` that closes a label within a few characters of `from`, so the finding shows it whole. */
function closingParenthesis(view: string, from: number): number | null {
  for (let at = from; at < view.length && at - from <= METHOD_WINDOW; at++) {
    const code = view.charCodeAt(at);
    if (code === CLOSE_PARENTHESIS) return at + 1;
    if (code === OPEN_PARENTHESIS) return null;
  }
  return null;
}


/** The end of an optional space and a `%` at `at`, or -1. */
function percentAt(view: string, at: number): number {
  const from = view.charCodeAt(at) === SPACE ? at + 1 : at;
  return from < view.length && view.charCodeAt(from) === PERCENT ? from + 1 : -1;
}

const NO_DISCLOSURES: readonly AprDisclosure[] = /* @__PURE__ */ Object.freeze([]);
