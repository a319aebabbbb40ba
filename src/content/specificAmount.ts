import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/specific-amount.json';
import type { RuleContext, RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, fill } from './_pack.js';
import { COMMA, DOT, SPACE, endOfDigits, isAsciiDigit } from './_chars.js';
import { hasUnit } from '../_lib/hasUnit.js';
import { isRangeMark } from '../_lib/isRangeMark.js';
import { endsAt, endsWithAny } from '../_lib/endsAt.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/specific-amount.json`. */
export const SpecificAmountSettingsSchema = z.strictObject({
  creditLineSuggestion: z.string().min(1),
  message: z.string().min(1),
  contextWords: z.array(z.string().min(1)).min(1),
  contextWordsAfter: z.array(z.string().min(1)).min(1),
  countUnits: z.array(z.string().min(1)).min(1),
  approximationWords: z.array(z.string().min(1)),
  creditLinePrefixes: z.array(z.string().min(1)).min(1),
  creditLineSuffixes: z.array(z.string().min(1)).min(1),
  notAmountAfter: z.array(z.string().min(1)).min(1),
  notAmountBefore: z.array(z.string().min(1)),
  /** A figure right before one of these is a minimum purchase or deposit ("1万元起购", "20万元起存"), not credit. */
  minimumsAfter: z.array(z.string().min(1)),
  rewardsBefore: z.array(z.string().min(1)),
  rewardsAfter: z.array(z.string().min(1)),
  maxReward: z.number().positive(),
});

const settings = pack.settings as z.output<typeof SpecificAmountSettingsSchema>;

// One number with an optional currency before and unit after. Branches are disjoint and every
// repetition is bounded, so the scan is linear in the text.
// The parts of AMOUNT are named once: the regex and the hand-written fast paths below are built from them.
const CURRENCIES = ['¥', 'rmb', '人民币'] as const;
const CHINESE_NUMERALS = '零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟';
const NUMERAL_UNITS = `0123456789${CHINESE_NUMERALS}`;
/** Longest first where one is a prefix of another, as the alternation needs. */
const UNITS = ['万元', '万', '亿元', '亿', '千万元', '千万', '千元', '千', '元', '块钱', '块', 'w', 'k'] as const;
/** The units that name money by themselves: with one of them, Chinese numerals are an amount anywhere. */
const MONEY_UNITS: readonly string[] = UNITS.filter((unit) => unit.includes('元') || unit.startsWith('块'));
const AMOUNT =
  `(${CURRENCIES.join('|')})? ?(?:(?<![0-9])(?<![0-9][.,])([0-9]{1,3}(?:,[0-9]{3}){1,4}(?![0-9])|[0-9]{1,15}(?:\\.[0-9]{1,4})?)|([${CHINESE_NUMERALS}]{1,12})) ?(${UNITS.join('|')})?`;
const LATIN_OR_DIGIT = /[a-z0-9]/;

/**
 * `specific-amount` — concrete credit or money amounts ("50万额度", "额度50万", "可借20000元",
 * "最高30万", "5w", "可借五十万", "¥50,000"). Where the amount names a credit line, the suggestion is
 * "最高可申请额度". Hotlines, dates, times, percentages, reply codes and head counts ("326位客户",
 * "10万人") are not amounts. Chinese numerals are also adverbs ("千万别错过"), idioms ("十万火急") and
 * names ("王一万"), so without a currency or a money unit (元/块) they are an amount only next to a
 * context word ("可借五十万", "五十万额度") or right after another amount. Amounts written one after
 * another ("最高30万5万") are one finding, so that one fix replaces them all.
 */
export const specificAmountRule: RuleDefinition = {
  id: 'specific-amount',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: true,
    basis: basisOf(pack),
    docs: 'docs/rules.md#specific-amount',
    kinds: ['marketing'],
    // Every amount has an ASCII digit or a Chinese numeral (AMOUNT's second and third groups).
    triggers: [...NUMERAL_UNITS],
  },
  check(context) {
    for (const amount of findAmounts(context.normalized.text)) {
      report(context, amount.viewStart, amount.viewEnd, amount.namesCreditLine);
    }
  },
};

/** One amount found in the view. @internal */
export interface FoundAmount {
  readonly viewStart: number;
  readonly viewEnd: number;
  readonly namesCreditLine: boolean;
}

/**
 * Every amount in `view`: the matches of a global AMOUNT scan that `isAmount` accepts, widened to
 * the credit-line words around them. `skipBareNumbers: false` runs the regex at every position
 * where a match can start, the reference the fast path is tested against.
 *
 * @internal
 */
export function findAmounts(view: string, skipBareNumbers = true): FoundAmount[] {
  const amounts: FoundAmount[] = [];
  // An amount right after another one (filler between at most) is read in its context and reported
  // with it as one finding ("最高30万5万"): fixed one at a time, the suggestion's 额度 would turn the
  // next amount into a new credit line, and fixing again would change the text again.
  const follows = (start: number): boolean => {
    const previousEnd = amounts.length === 0 ? -1 : amounts[amounts.length - 1]!.viewEnd;
    return previousEnd >= 0 && (start <= previousEnd || trimFiller(view, previousEnd, start) === previousEnd);
  };
  // The same matches as a global scan, found faster: the sticky regex is tried only where a match
  // can start. A sticky regex keeps its position in lastIndex, so each call uses its own copy.
  let scanner: RegExp | undefined;
  const length = view.length;
  for (let at = 0; at < length; at++) {
    const start = AMOUNT_STARTS[view.charCodeAt(at)]!;
    if (start === 0) continue;
    if (skipBareNumbers) {
      if (start === CURRENCY_OR_SPACE) {
        if (!mayStartAmount(view, at)) continue;
      } else if (start === NUMERAL) {
        const skipTo = endOfBareNumerals(view, at);
        if (skipTo > at) {
          at = skipTo - 1;
          continue;
        }
      } else {
        // A digit after a digit, or after a digit and a separator, starts no match (the look-behinds).
        if (followsNumber(view, at)) continue;
        const end = endOfBareNumber(view, at);
        // A bare number below 100 is never an amount (see isAmount): rates, reply codes and days are
        // rejected here without building their string.
        if (end >= 0 && integerBelow100(view, at)) {
          at = (view.charCodeAt(end) === SPACE ? end + 1 : end) - 1;
          continue;
        }
        if (end >= 0) {
          const afterAmount = follows(at);
          const digits = view.slice(at, end);
          if (isAmount(view, at, end, undefined, digits, undefined, afterAmount) && isLoanFigure(view, at, end, digits, undefined)) {
            add(amounts, widen(view, at, end, undefined), afterAmount);
          }
          // The regex would also have taken the optional space after the number.
          at = (view.charCodeAt(end) === SPACE ? end + 1 : end) - 1;
          continue;
        }
      }
    }
    scanner ??= new RegExp(AMOUNT_SCANNER);
    scanner.lastIndex = at;
    const found = scanner.exec(view);
    if (found === null) continue;
    // Matches are never empty, so the next one starts after this one, as with a global scan.
    at = scanner.lastIndex - 1;
    // Indexed reads: array destructuring walks the iterator protocol on every match.
    const whole = found[0];
    const currency = found[1];
    const digits = found[2];
    const unit = found[4];
    if (digits === undefined && found[3] === undefined) continue;
    let viewStart = found.index;
    const viewEnd = found.index + whole.length - (whole.endsWith(' ') ? 1 : 0);
    const afterAmount = follows(viewStart);
    if (!isAmount(view, viewStart, viewEnd, currency, digits, unit, afterAmount) || !isLoanFigure(view, viewStart, viewEnd, digits, unit)) continue;
    if (whole.startsWith(' ')) viewStart++;
    add(amounts, widen(view, viewStart, viewEnd, unit), afterAmount);
  }
  return amounts;
}

/** Appends `amount`, or joins it to the last one when it follows it or its credit-line words overlap it. */
function add(amounts: FoundAmount[], amount: FoundAmount, afterAmount: boolean): void {
  const last = amounts[amounts.length - 1];
  if (last === undefined || (!afterAmount && amount.viewStart >= last.viewEnd)) {
    amounts.push(amount);
    return;
  }
  amounts[amounts.length - 1] = {
    viewStart: Math.min(last.viewStart, amount.viewStart),
    viewEnd: Math.max(last.viewEnd, amount.viewEnd),
    namesCreditLine: last.namesCreditLine || amount.namesCreditLine,
  };
}

/**
 * An amount, widened to the lower figure of its range and to the credit-line words around it ("额度最高 50万" → the
 * whole phrase).
 */
function widen(view: string, start: number, end: number, unit: string | undefined): FoundAmount {
  // A range is one amount ("10-20万"): reported, and replaced by a fix, whole.
  let viewStart = rangeStart(view, start);
  let viewEnd = end;
  const windowStart = Math.max(0, viewStart - 10);
  const beforeEnd = trimFiller(view, windowStart, viewStart);
  const prefix = settings.creditLinePrefixes.find((candidate) => endsAt(view, windowStart, beforeEnd, candidate));
  const suffix = settings.creditLineSuffixes.find((candidate) => view.startsWith(candidate, viewEnd));
  const namesCreditLine = suffix !== undefined || (prefix !== undefined && unit !== undefined && /万|亿|千|w|k/.test(unit));
  if (namesCreditLine) {
    if (prefix !== undefined) viewStart = beforeEnd - prefix.length;
    if (suffix !== undefined) viewEnd += suffix.length;
  }
  return { viewStart, viewEnd, namesCreditLine };
}

/**
 * Where a run of Chinese numerals at `at` ends when no match inside it can be an amount, else `at`.
 * A match starting at a numeral has no currency (that would have started the match earlier), and
 * numerals without a currency are an amount only with a unit after them ("五十万", and then only with a
 * money unit or a context word, see `isAmount`) or when they reach a hundred ("可借五千"): without either
 * (one optional space allowed before the unit) every match inside the run is rejected by `isAmount`.
 */
function endOfBareNumerals(view: string, at: number): number {
  let end = at;
  while (end < view.length && AMOUNT_STARTS[view.charCodeAt(end)] === NUMERAL) end++;
  return startsUnit(view, end) || isHundredOrMore(view, at, end) ? at : end;
}

/**
 * Whether the integer part of the digit run at `at` is below 100 — then so is the number, decimals or
 * not, and `numberOf(digits) < 100` holds.
 */
function integerBelow100(view: string, at: number): boolean {
  let value = 0;
  for (let k = at; k < view.length && value < 100; k++) {
    const code = view.charCodeAt(k);
    if (!isAsciiDigit(code)) break;
    value = value * 10 + (code - 0x30);
  }
  return value < 100;
}

/** Whether AMOUNT's look-behinds refuse a number at `at`: a digit, or a digit and `.`/`,`, before it. */
function followsNumber(view: string, at: number): boolean {
  if (at > 0 && isAsciiDigit(view.charCodeAt(at - 1))) return true;
  const before = view.charCodeAt(at - 1);
  return at > 1 && (before === DOT || before === COMMA) && isAsciiDigit(view.charCodeAt(at - 2));
}

/**
 * The end of the number the regex matches at `at` when it is bare — no thousands comma, no unit
 * after it — which is the common case (rates, reply codes, hotlines): `[0-9]{1,15}(?:\.[0-9]{1,4})?`.
 * -1 when the regex must decide (a comma, more than 15 digits, a unit after the number).
 */
function endOfBareNumber(view: string, at: number): number {
  const length = view.length;
  let end = endOfDigits(view, at);
  if (end - at > 15) return -1;
  if (end + 1 < length && view.charCodeAt(end) === COMMA && isAsciiDigit(view.charCodeAt(end + 1))) return -1;
  if (end + 1 < length && view.charCodeAt(end) === DOT && isAsciiDigit(view.charCodeAt(end + 1))) {
    end = endOfDigits(view, end + 1, Math.min(length, end + 5));
  }
  return startsUnit(view, end) ? -1 : end;
}

/**
 * Whether a match can start at a currency or space unit: the whole currency ("r" of every "拒收请回复R"
 * is not "rmb"), or a space right before a number. Otherwise the regex fails there.
 */
function mayStartAmount(view: string, at: number): boolean {
  if (view.charCodeAt(at) === SPACE) return at + 1 < view.length && AMOUNT_STARTS[view.charCodeAt(at + 1)]! > CURRENCY_OR_SPACE;
  return CURRENCIES.some((currency) => view.startsWith(currency, at));
}

/** Whether a unit of AMOUNT (after its optional space) can start at `at`. */
function startsUnit(view: string, at: number): boolean {
  const from = view.charCodeAt(at) === SPACE ? at + 1 : at;
  return from < view.length && hasUnit(UNIT_STARTS, view.charCodeAt(from));
}

/** The first characters of AMOUNT's units. */
const UNIT_STARTS = UNITS.map((unit) => unit.charAt(0)).join('');

const AMOUNT_SCANNER = /* @__PURE__ */ new RegExp(AMOUNT, 'y');
const CURRENCY_OR_SPACE = 1;
const ASCII_DIGIT = 2;
const NUMERAL = 3;
/**
 * Every unit an AMOUNT match can begin with (the look-behinds consume nothing), by kind: the first
 * units of the currencies and the optional space, ASCII digits, the numerals.
 */
const AMOUNT_STARTS = /* @__PURE__ */ startTable();

function startTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (units: string, kind: number): void => {
    for (let k = 0; k < units.length; k++) table[units.charCodeAt(k)] = kind;
  };
  mark(`${CURRENCIES.map((currency) => currency.charAt(0)).join('')} `, CURRENCY_OR_SPACE);
  mark('0123456789', ASCII_DIGIT);
  mark(CHINESE_NUMERALS, NUMERAL);
  return table;
}

/** Words between a context word and its number ("额度最高可达 5000"), longest first. */
const LINKING_WORDS = ['最高可达', '高达', '可达', '达', '至', '为'];
/** Words between a reward and its sum ("返现最高50元", "年费仅300元"), longest first. */
const REWARD_LINKS = ['最高', '高达', '可达', '达', '仅'];
/** Words between an institution or deposit fact and its figure ("注册资本达", "资产规模超过", "存款满"), longest first. */
const FACT_LINKS = ['超过', '超', '逾', '达', '为', '近', '约', '满'];
/** The last characters of the context and linking words: a number after anything else has no context word. */
const CONTEXT_LAST_CHARS = [...settings.contextWords, ...LINKING_WORDS].map((word) => word.charAt(word.length - 1)).join('');

/**
 * Whether an amount-shaped figure is about a loan: not about the institution ("注册资本100亿元", "资产规模超过
 * 万亿元") or a deposit or purchase minimum ("大额存单20万元起存", "1万元起购"), not a discount ("返现100元"), a
 * small reward ("10元立减金", "50元话费") or a price ("观影9.9元"). Asked after `isAmount`:
 * most numbers are rejected sooner.
 */
function isLoanFigure(view: string, viewStart: number, viewEnd: number, digits: string | undefined, unit: string | undefined): boolean {
  return (
    !followsWord(view, rangeStart(view, viewStart), 12, settings.notAmountBefore, FACT_LINKS) &&
    !settings.minimumsAfter.some((word) => view.startsWith(word, viewEnd)) &&
    !isSmallSum(view, viewStart, viewEnd, digits, unit)
  );
}

// The cheapest rejections come first; the result is the same as checking in reading order
// because every test is a plain conjunction once currency and unit are known.
function isAmount(
  view: string,
  viewStart: number,
  viewEnd: number,
  currency: string | undefined,
  digits: string | undefined,
  unit: string | undefined,
  afterAmount: boolean,
): boolean {
  if (currency === undefined && unit === undefined) {
    // A bare number: only one of 100 or more, right after a context word or another amount, is an amount.
    // Numerals count as the digits they stand for: "五千" as 5000, "十五" as 15.
    if (digits === undefined ? !isHundredOrMore(view, viewStart, viewEnd) : numberOf(digits) < 100) return false;
    // The context (a context word before or after it, or an amount right before) is the rarest condition
    // (a hotline has none): it is tested first.
    if (!afterAmount && !followsContextWord(view, viewStart) && !precedesContextWord(view, viewEnd)) return false;
    if (countsPeople(view, viewEnd)) return false;
    return !settings.notAmountAfter.some((after) => view.startsWith(after, viewEnd));
  }
  if (countsPeople(view, viewEnd)) return false;
  if (digits === undefined && currency === undefined && !MONEY_UNITS.includes(unit!)) {
    return afterAmount || followsContextWord(view, viewStart) || precedesContextWord(view, viewEnd);
  }
  if (unit === 'w' || unit === 'k') {
    if (digits === undefined) return false;
    if (LATIN_OR_DIGIT.test(view.charAt(viewEnd))) return false;
  }
  return digits === undefined || numberOf(digits) !== 0;
}

/**
 * Whether the run of Chinese numerals in `view[start, end)` (a leading space skipped), without a unit,
 * is 100 or more: it has a hundred or a thousand after its first numeral ("两百", "五千", "一千五"). A
 * lone "千" or "百" is left alone ("千千万万"). Read by code: it runs on every numeral run ("一键", "三步").
 */
function isHundredOrMore(view: string, start: number, end: number): boolean {
  const first = view.charCodeAt(start) === SPACE ? start + 1 : start;
  for (let at = first + 1; at < end; at++) if (hasUnit(MAGNITUDES, view.charCodeAt(at))) return true;
  return false;
}

const MAGNITUDES = '百佰千仟';

/** Whether a count unit ("位", "名用户"), perhaps after an approximation word ("多位", "余名"), starts at `at`. */
function countsPeople(view: string, at: number): boolean {
  const approximation = settings.approximationWords.find((word) => view.startsWith(word, at));
  const from = approximation === undefined ? at : at + approximation.length;
  return settings.countUnits.some((count) => view.startsWith(count, from));
}

/** Whether a context word, perhaps with a linking word ("额度最高可达"), ends right before `viewStart`. */
function followsContextWord(view: string, viewStart: number): boolean {
  // Most numbers follow no context word: the last unit before them says so without a word search.
  const windowStart = Math.max(0, viewStart - 8);
  const beforeEnd = trimFiller(view, windowStart, viewStart);
  if (beforeEnd === windowStart || !hasUnit(CONTEXT_LAST_CHARS, view.charCodeAt(beforeEnd - 1))) return false;
  return followsWord(view, viewStart, 8, settings.contextWords, LINKING_WORDS);
}

/** Whether a context word that follows an amount ("50000额度", "五千额度", "五万现金") starts at `viewEnd`. */
function precedesContextWord(view: string, viewEnd: number): boolean {
  return settings.contextWordsAfter.some((word) => view.startsWith(word, viewEnd));
}

/**
 * Whether one of `words` — perhaps followed by one of `links` ("额度最高可达", "资产规模超过") and filler — ends
 * right before `viewStart`, within `window` units.
 */
function followsWord(view: string, viewStart: number, window: number, words: readonly string[], links: readonly string[] = []): boolean {
  const windowStart = Math.max(0, viewStart - window);
  let beforeEnd = trimFiller(view, windowStart, viewStart);
  const link = links.find((word) => endsAt(view, windowStart, beforeEnd, word));
  if (link !== undefined) beforeEnd -= link.length;
  return endsWithAny(view, windowStart, beforeEnd, words);
}

/**
 * Where the range that ends with the number at `viewStart` starts ("存款10-20万元": the 1 of 10), so the upper
 * figure reads the words before the lower one; `viewStart` itself when no lower number and mark precede it.
 */
function rangeStart(view: string, viewStart: number): number {
  if (!isRangeMark(view.charCodeAt(viewStart - 1))) return viewStart;
  let start = viewStart - 1;
  while (start > 0 && (isAsciiDigit(view.charCodeAt(start - 1)) || view.charCodeAt(start - 1) === DOT)) start--;
  return start < viewStart - 1 && isAsciiDigit(view.charCodeAt(start)) ? start : viewStart;
}

function numberOf(digits: string): number {
  return Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
}

/** Money units without a magnitude: "5万元" is never a small reward. */
const PLAIN_MONEY_UNITS: readonly string[] = ['元', '块', '块钱'];

/**
 * Whether the amount is a small sum that is no credit figure: in 元 (no 万/千/亿), below `maxReward`, and either
 * right next to a reward word ("返现100元", "返现最高50元", "满100元减20元", "年费300元", "10元立减金") or next to no
 * credit context word at all — a price or a discount ("观影9.9元", "每升优惠0.5元"). "可借500元" and "500元额度"
 * stay credit; "三万元红包" is a credit line dressed as a reward.
 */
function isSmallSum(view: string, viewStart: number, viewEnd: number, digits: string | undefined, unit: string | undefined): boolean {
  if (digits === undefined || (unit !== undefined && !PLAIN_MONEY_UNITS.includes(unit)) || numberOf(digits) >= settings.maxReward) return false;
  if (settings.rewardsAfter.some((word) => view.startsWith(word, viewEnd)) || followsWord(view, viewStart, 8, settings.rewardsBefore, REWARD_LINKS)) {
    return true;
  }
  // A bare number is an amount only in context already (see isAmount): this reading is for sums in 元.
  return unit !== undefined && !followsContextWord(view, viewStart) && !precedesContextWord(view, viewEnd);
}

/** End of `view[from, to)` without up to three trailing spaces or colons. */
function trimFiller(view: string, from: number, to: number): number {
  let end = to;
  while (end > from && to - end < 3) {
    const code = view.charCodeAt(end - 1);
    if (code !== 0x20 && code !== 0x3a) break;
    end--;
  }
  return end;
}

function report(context: RuleContext<unknown>, viewStart: number, viewEnd: number, namesCreditLine: boolean): void {
  const { start, end } = context.toOriginal(viewStart, viewEnd);
  const excerpt = context.text.slice(start, end);
  context.report({
    start,
    end,
    message: fill(settings.message, { excerpt }),
    ...(namesCreditLine ? { suggestion: settings.creditLineSuggestion } : {}),
  });
}
