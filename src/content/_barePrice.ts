import { z } from 'zod';
import { endsAt, endsWithAny } from '../_lib/endsAt.js';
import { hasUnit } from '../_lib/hasUnit.js';
import { namesAnyOutside } from '../_lib/namesAnyOutside.js';
import { isInsideSpans, type ViewSpan } from '../_lib/isInsideSpans.js';
import { isAsciiDigit, isHanUnit } from './_chars.js';
import { clauseEnd, clauseStart } from './_clause.js';

/**
 * Pack settings for a price of credit stated without a rate word ("贷款低至3.6%", "0.05%/天", "分期手续费0.6%",
 * "3厘起"): what may stand before and after the number for it to be a price, and what makes it something else.
 *
 * @internal
 */
export const BarePriceSettingsSchema = z.strictObject({
  /** A price is a percentage, 万分之N or N厘: one of these must occur (the rule's triggers). */
  triggers: z.array(z.string().min(1)).min(1),
  /** Right before the number (after its leads): the number is that fee ("手续费0.6%"). */
  feeWords: z.array(z.string().min(1)),
  /** Right before the number: the number prices a loan, when a lead or a tail says it is a price ("贷款低至3.6%"). */
  loanWords: z.array(z.string().min(1)),
  /** Between the word and the number ("低至", "仅需", ":"); more than one may stand there ("仅需低至"). */
  leads: z.array(z.string().min(1)),
  /**
   * Units right after the number that make it a periodic rate when no Han character follows them ("0.05%天，": the
   * view drops the "/"; not "70%期限", "10%月底").
   */
  periodicUnits: z.string().min(1),
  /** Right before the number (after its leads): a periodic rate ("每天仅需0.05%"). */
  periodicLeads: z.array(z.string().min(1)),
  /** Right after the number: a price "from" ("3.6%起"). */
  tails: z.array(z.string().min(1)),
  /** Words right after the number that make it a periodic rate ("0.03%每天", "0.03%一天"). */
  periodicAfter: z.array(z.string().min(1)),
  /** In the number's clause: a share, a reward or a down payment, not a price of credit ("首付低至20%", "通过率95%"). */
  notPrice: z.array(z.string().min(1)),
  /** Right after the number: what it is a share of ("20%首付", "5%的客户", "30%自有资金"). */
  notPriceAfter: z.array(z.string().min(1)),
  /** One must stand in the message: a price of credit is about credit (a debit card's or a fund's fee is not). */
  creditWords: z.array(z.string().min(1)).min(1),
  /** Words that hold a credit word without meaning credit (借记卡). */
  notCredit: z.array(z.string().min(1)),
  message: z.string().min(1),
});

/** @internal */
export type BarePriceSettings = z.output<typeof BarePriceSettingsSchema>;

/** Settings with the units their words end in, so most numbers are cleared by one look at the unit before them. @internal */
export interface BarePriceReader {
  readonly settings: BarePriceSettings;
  /** The last units of the fee words, loan words, leads and periodic leads. */
  readonly lastUnits: ReadonlySet<number>;
}

/**
 * Compiles pack settings once (at module load): read-only.
 *
 * @internal
 */
export function compileBarePrice(settings: BarePriceSettings): BarePriceReader {
  const words = [...settings.feeWords, ...settings.loanWords, ...settings.leads, ...settings.periodicLeads];
  return { settings, lastUnits: new Set(words.map((word) => word.charCodeAt(word.length - 1))) };
}

/** A price of credit in the view, without the rate word that would have made it a term match. @internal */
export interface BarePrice {
  readonly viewStart: number;
  readonly viewEnd: number;
  /** A daily or monthly rate ("0.05%天", "每天万分之五"): before the APR it must be a warning at least. */
  readonly periodic: boolean;
}

/** A number right before one of these is a rate: 3.6%, 3厘. */
const UNIT_MARKS = ['%', '厘'];
const PER_TEN_THOUSAND = '万分之';
const NUMERALS = '零〇一二两三四五六七八九十点';
/** Clauses are read back at most this far: a long text without punctuation stays linear. */
const MAX_CLAUSE = 32;
const MAX_LEADS = 3;

/**
 * Every number in the view stated as a price of credit without a rate word: a percentage, 万分之N or N厘 that a
 * fee word precedes, that follows a loan word with a lead or a tail ("贷款低至3.6%", "借款3.6%起"), or that is a
 * periodic rate ("0.05%/天", "每天万分之五"), in a message that names credit (`creditWords`: a debit card's or a
 * fund's fee is no price of credit). A number in a clause about a down payment, a reward or a share (`notPrice`),
 * or right before what it is a share of (`notPriceAfter`: "20%首付", "5%的客户"), is none, and so is a number
 * inside a `disclosed` span (the rates of the APR disclosures, which the caller has read already). In text order.
 *
 * @internal
 * @example
 * findBarePrices('【xx贷】贷款低至3.6%,欢迎申请。', breaks, reader); //=> [{ viewStart: 9, viewEnd: 13, periodic: false }]
 * findBarePrices('【xx贷】首付低至20%。', breaks, reader); //=> []
 */
export function findBarePrices(
  view: string,
  clauseBreaks: string,
  reader: BarePriceReader,
  disclosed: readonly ViewSpan[] = NO_SPANS,
): readonly BarePrice[] {
  // Each kind of number is found by a native scan: most messages have no %, 厘 or 万分之 at all.
  let found: BarePrice[] | undefined;
  for (const unit of UNIT_MARKS) {
    for (let at = view.indexOf(unit); at >= 0; at = view.indexOf(unit, at + 1)) {
      const start = startOfNumber(view, at);
      if (start === at || isInsideSpans(disclosed, start, at + 1)) continue;
      const price = readPrice(view, start, at + 1, clauseBreaks, reader);
      if (price !== undefined) (found ??= []).push(price);
    }
  }
  for (let at = view.indexOf(PER_TEN_THOUSAND); at >= 0; at = view.indexOf(PER_TEN_THOUSAND, at + PER_TEN_THOUSAND.length)) {
    const end = endOfNumber(view, at + PER_TEN_THOUSAND.length);
    if (end === at + PER_TEN_THOUSAND.length || isInsideSpans(disclosed, at, end)) continue;
    const price = readPrice(view, at, end, clauseBreaks, reader);
    if (price !== undefined) (found ??= []).push(price);
  }
  // The credit may be named in another clause ("账单分期，月手续费低至0.3%"): the whole message is read, once.
  if (found === undefined || !namesAnyOutside(view, reader.settings.creditWords, reader.settings.notCredit)) return NO_PRICES;
  if (found.length === 1) return found;
  // In text order, and one price per stretch ("万分之5%" is one number read twice).
  found.sort((a, b) => a.viewStart - b.viewStart || b.viewEnd - a.viewEnd);
  const kept: BarePrice[] = [];
  for (const price of found) if (kept.length === 0 || price.viewStart >= kept[kept.length - 1]!.viewEnd) kept.push(price);
  return kept;
}

const NO_SPANS: readonly ViewSpan[] = [];

function readPrice(view: string, start: number, end: number, clauseBreaks: string, reader: BarePriceReader): BarePrice | undefined {
  const { settings } = reader;
  const periodicHere =
    (hasUnit(settings.periodicUnits, view.charCodeAt(end)) && !isHanUnit(view.charCodeAt(end + 1))) ||
    settings.periodicAfter.some((word) => view.startsWith(word, end));
  // Most numbers (the 7.2% of "年化利率(单利)7.2%") have no word or lead right before them: one look decides.
  if (!periodicHere && !reader.lastUnits.has(view.charCodeAt(start - 1))) return undefined;
  let before = start;
  let leads = 0;
  for (; leads < MAX_LEADS; leads++) {
    const lead = leadEndingAt(view, before, settings.leads);
    if (lead === undefined) break;
    before -= lead.length;
  }
  const periodic = periodicHere || endsWithAny(view, 0, before, settings.periodicLeads);
  const fee = endsWithAny(view, 0, before, settings.feeWords);
  const fromPrice = leads > 0 || settings.tails.some((tail) => view.startsWith(tail, end));
  const loan = fromPrice && endsWithAny(view, 0, before, settings.loanWords);
  if (!periodic && !fee && !loan) return undefined;
  // "手续费0%" says there is no price.
  if (isZero(view, start, end)) return undefined;
  if (settings.notPriceAfter.some((word) => view.startsWith(word, end))) return undefined;
  const clause = view.slice(clauseStart(view, start, clauseBreaks, MAX_CLAUSE), clauseEnd(view, end, clauseBreaks, MAX_CLAUSE));
  if (settings.notPrice.some((word) => clause.includes(word))) return undefined;
  return { viewStart: start, viewEnd: end, periodic };
}

function isZero(view: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = view.charCodeAt(at);
    if (isAsciiDigit(code) ? code !== 0x30 : hasUnit('一二两三四五六七八九十', code)) return false;
  }
  return true;
}

function leadEndingAt(view: string, at: number, leads: readonly string[]): string | undefined {
  for (const lead of leads) if (endsAt(view, 0, at, lead)) return lead;
  return undefined;
}

/** Where the number that ends at `end` starts: digits with an optional decimal part, or Chinese numerals; `end` when none. */
function startOfNumber(view: string, end: number): number {
  let start = end;
  if (view.charCodeAt(start - 1) === 0x20) start--;
  const numberEnd = start;
  while (start > 0 && (isAsciiDigit(view.charCodeAt(start - 1)) || view.charCodeAt(start - 1) === 0x2e)) start--;
  if (start === numberEnd) while (start > 0 && hasUnit(NUMERALS, view.charCodeAt(start - 1))) start--;
  // A number must start with a digit or a numeral, not with its decimal point.
  while (start < numberEnd && view.charCodeAt(start) === 0x2e) start++;
  return start === numberEnd ? end : start;
}

function isNumberUnit(code: number): boolean {
  return isAsciiDigit(code) || code === 0x2e || hasUnit(NUMERALS, code);
}

function endOfNumber(view: string, from: number): number {
  let end = from;
  while (end < view.length && isNumberUnit(view.charCodeAt(end))) end++;
  return end;
}

const NO_PRICES: readonly BarePrice[] = /* @__PURE__ */ Object.freeze([]);
