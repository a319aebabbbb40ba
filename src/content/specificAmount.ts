import { z } from 'zod';
import packJson from '../../rules/specific-amount.json';
import type { RuleContext, RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, fill } from './_pack.js';

const pack = asPack(packJson);

/** Shape of `settings` in `rules/specific-amount.json`. */
export const SpecificAmountSettingsSchema = z.strictObject({
  creditLineSuggestion: z.string().min(1),
  message: z.string().min(1),
  contextWords: z.array(z.string().min(1)).min(1),
  countUnits: z.array(z.string().min(1)).min(1),
  creditLinePrefixes: z.array(z.string().min(1)).min(1),
  creditLineSuffixes: z.array(z.string().min(1)).min(1),
  notAmountAfter: z.array(z.string().min(1)).min(1),
});

const settings = pack.settings as z.output<typeof SpecificAmountSettingsSchema>;

// One number with an optional currency before and unit after. Branches are disjoint and every
// repetition is bounded, so the scan is linear in the text.
const CHINESE_NUMERALS = '零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟';
const NUMERAL_UNITS = `0123456789${CHINESE_NUMERALS}`;
const AMOUNT =
  `(¥|rmb|人民币)? ?(?:(?<![0-9])(?<![0-9][.,])([0-9]{1,3}(?:,[0-9]{3}){1,4}(?![0-9])|[0-9]{1,15}(?:\\.[0-9]{1,4})?)|([${CHINESE_NUMERALS}]{1,12})) ?(万元|万|亿元|亿|千元|元|块钱|块|w|k)?`;
const LATIN_OR_DIGIT = /[a-z0-9]/;

/**
 * `specific-amount` — concrete credit or money amounts ("50万额度", "额度50万", "可借20000元",
 * "最高30万", "5w", "五十万", "¥50,000"). Where the amount names a credit line, the suggestion is
 * "最高可申请额度". Hotlines, dates, times, percentages, reply codes and head counts ("326位客户",
 * "10万人") are not amounts.
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
  // The same matches as a global scan, found faster: the sticky regex is tried only where a match
  // can start. A sticky regex keeps its position in lastIndex, so each call uses its own copy.
  let scanner: RegExp | undefined;
  const length = view.length;
  for (let at = 0; at < length; at++) {
    const start = AMOUNT_STARTS[view.charCodeAt(at)]!;
    if (start === 0) continue;
    if (skipBareNumbers && start !== CURRENCY_OR_SPACE) {
      const skipTo = start === NUMERAL ? endOfBareNumerals(view, at) : endOfSmallBareNumber(view, at);
      if (skipTo > at) {
        at = skipTo - 1;
        continue;
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
    let viewEnd = found.index + whole.length;
    if (whole.endsWith(' ')) viewEnd--;
    if (!isAmount(view, viewStart, viewEnd, currency, digits, unit)) continue;
    if (whole.startsWith(' ')) viewStart++;

    const windowStart = Math.max(0, viewStart - 10);
    const beforeEnd = trimFiller(view, windowStart, viewStart);
    const prefix = settings.creditLinePrefixes.find((candidate) => endsAt(view, windowStart, beforeEnd, candidate));
    const suffix = settings.creditLineSuffixes.find((candidate) => view.startsWith(candidate, viewEnd));
    const namesCreditLine = suffix !== undefined || (prefix !== undefined && unit !== undefined && /万|亿|w/.test(unit));
    if (namesCreditLine) {
      if (prefix !== undefined) viewStart = beforeEnd - prefix.length;
      if (suffix !== undefined) viewEnd += suffix.length;
    }
    amounts.push({ viewStart, viewEnd, namesCreditLine });
  }
  return amounts;
}

/**
 * Where a run of Chinese numerals at `at` ends when no match inside it can be an amount, else `at`.
 * A match starting at a numeral has no currency (that would have started the match earlier), and
 * numerals without a currency are an amount only with a unit after them ("五十万"): without a unit
 * after the run (one optional space allowed) every match inside it is rejected by `isAmount`.
 */
function endOfBareNumerals(view: string, at: number): number {
  let end = at;
  while (end < view.length && AMOUNT_STARTS[view.charCodeAt(end)] === NUMERAL) end++;
  return startsUnit(view, end) ? at : end;
}

/**
 * Where the leading digits at `at` end when the regex would match a bare number below 100 here
 * ("7.2%", "回复1", "3天"), else `at`. `isAmount` rejects such a number for want of a currency, a
 * unit and a value of 100 or more; the positions inside the digit run cannot start a match (the
 * look-behind refuses a digit after a digit). Anything else — three digits or more, a thousands
 * comma, a unit after the number — is left to the regex.
 */
function endOfSmallBareNumber(view: string, at: number): number {
  const length = view.length;
  let end = at;
  while (end < length && isDigit(view.charCodeAt(end))) end++;
  if (end - at > 2) return at;
  let next = end;
  if (next + 1 < length && view.charCodeAt(next) === COMMA && isDigit(view.charCodeAt(next + 1))) return at;
  if (next + 1 < length && view.charCodeAt(next) === DOT && isDigit(view.charCodeAt(next + 1))) {
    next += 1;
    const decimalsEnd = Math.min(length, next + 4);
    while (next < decimalsEnd && isDigit(view.charCodeAt(next))) next++;
  }
  return startsUnit(view, next) ? at : end;
}

/** Whether a unit of AMOUNT (after its optional space) can start at `at`. */
function startsUnit(view: string, at: number): boolean {
  const from = view.charCodeAt(at) === SPACE ? at + 1 : at;
  return from < view.length && UNIT_STARTS.includes(view.charAt(from));
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const COMMA = 0x2c;
const DOT = 0x2e;
const SPACE = 0x20;
/** The first characters of AMOUNT's units (万元|万|亿元|亿|千元|元|块钱|块|w|k). Keep in step with AMOUNT. */
const UNIT_STARTS = '万亿千元块wk';

const AMOUNT_SCANNER = /* @__PURE__ */ new RegExp(AMOUNT, 'y');
const CURRENCY_OR_SPACE = 1;
const ASCII_DIGIT = 2;
const NUMERAL = 3;
/**
 * Every unit an AMOUNT match can begin with (the look-behinds consume nothing), by kind: the first
 * units of the currencies and the optional space, ASCII digits, the numerals. Keep in step with AMOUNT.
 */
const AMOUNT_STARTS = /* @__PURE__ */ startTable();

function startTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (units: string, kind: number): void => {
    for (let k = 0; k < units.length; k++) table[units.charCodeAt(k)] = kind;
  };
  mark('¥r人 ', CURRENCY_OR_SPACE);
  mark('0123456789', ASCII_DIGIT);
  mark(CHINESE_NUMERALS, NUMERAL);
  return table;
}
/** Words between a context word and its number ("额度最高可达 5000"), longest first. */
const LINKING_WORDS = ['最高可达', '高达', '可达', '达', '至', '为'];

// The cheapest rejections come first; the result is the same as checking in reading order
// because every test is a plain conjunction once currency and unit are known.
function isAmount(
  view: string,
  viewStart: number,
  viewEnd: number,
  currency: string | undefined,
  digits: string | undefined,
  unit: string | undefined,
): boolean {
  if (currency === undefined && unit === undefined) {
    // A bare number: only one of 100 or more, right after a context word, is an amount.
    if (digits === undefined || numberOf(digits) < 100) return false;
    if (settings.countUnits.some((count) => view.startsWith(count, viewEnd))) return false;
    if (settings.notAmountAfter.some((after) => view.startsWith(after, viewEnd))) return false;
    const windowStart = Math.max(0, viewStart - 8);
    let beforeEnd = trimFiller(view, windowStart, viewStart);
    const linking = LINKING_WORDS.find((word) => endsAt(view, windowStart, beforeEnd, word));
    if (linking !== undefined) beforeEnd -= linking.length;
    return settings.contextWords.some((word) => endsAt(view, windowStart, beforeEnd, word));
  }
  if (settings.countUnits.some((count) => view.startsWith(count, viewEnd))) return false;
  if (unit === 'w' || unit === 'k') {
    if (digits === undefined) return false;
    if (LATIN_OR_DIGIT.test(view.charAt(viewEnd))) return false;
  }
  return digits === undefined || numberOf(digits) !== 0;
}

function numberOf(digits: string): number {
  return Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
}

/** End of `view[from, to)` without up to three trailing spaces or colons . */
function trimFiller(view: string, from: number, to: number): number {
  let end = to;
  while (end > from && to - end < 3) {
    const code = view.charCodeAt(end - 1);
    if (code !== 0x20 && code !== 0x3a) break;
    end--;
  }
  return end;
}

/** Whether `view[from, to)` ends with `word` — `view.slice(from, to).endsWith(word)` without the slice. */
function endsAt(view: string, from: number, to: number, word: string): boolean {
  return to - word.length >= from && view.startsWith(word, to - word.length);
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
