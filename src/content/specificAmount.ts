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
    const view = context.normalized.text;
    // The same matches as a global scan, found faster: the sticky regex is tried only where a match
    // can start. A sticky regex keeps its position in lastIndex, so each call uses its own copy.
    let scanner: RegExp | undefined;
    const length = view.length;
    for (let at = 0; at < length; at++) {
      if (AMOUNT_STARTS[view.charCodeAt(at)] === 0) continue;
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
      report(context, viewStart, viewEnd, namesCreditLine);
    }
  },
};

const AMOUNT_SCANNER = /* @__PURE__ */ new RegExp(AMOUNT, 'y');
/**
 * Every unit an AMOUNT match can begin with (the look-behinds consume nothing): the first units of
 * the currencies, the optional space, ASCII digits and the numerals. Keep in step with AMOUNT.
 */
const AMOUNT_STARTS = /* @__PURE__ */ unitTable(`¥r人 ${NUMERAL_UNITS}`);

function unitTable(units: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let k = 0; k < units.length; k++) table[units.charCodeAt(k)] = 1;
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
