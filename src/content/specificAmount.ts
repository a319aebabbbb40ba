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
const AMOUNT =
  '(¥|rmb|人民币)? ?(?:(?<![0-9])(?<![0-9][.,])([0-9]{1,3}(?:,[0-9]{3}){1,4}(?![0-9])|[0-9]{1,15}(?:\\.[0-9]{1,4})?)|([零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]{1,12})) ?(万元|万|亿元|亿|千元|元|块钱|块|w|k)?';
const LATIN_OR_DIGIT = /[a-z0-9]/;
const FILLER_BEFORE = /[ :]{0,3}$/;

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
  },
  check(context) {
    const view = context.normalized.text;
    for (const found of view.matchAll(new RegExp(AMOUNT, 'g'))) {
      const [whole, currency, digits, numerals, unit] = found;
      if (digits === undefined && numerals === undefined) continue;
      let viewStart = found.index;
      let viewEnd = found.index + whole.length;
      if (whole.endsWith(' ')) viewEnd--;
      if (!isAmount(view, viewStart, viewEnd, currency, digits, unit)) continue;
      if (whole.startsWith(' ')) viewStart++;

      const windowStart = Math.max(0, viewStart - 10);
      const before = view.slice(windowStart, viewStart).replace(FILLER_BEFORE, '');
      const prefix = settings.creditLinePrefixes.find((candidate) => before.endsWith(candidate));
      const suffix = settings.creditLineSuffixes.find((candidate) => view.startsWith(candidate, viewEnd));
      const namesCreditLine = suffix !== undefined || (prefix !== undefined && unit !== undefined && /万|亿|w/.test(unit));
      if (namesCreditLine) {
        if (prefix !== undefined) viewStart = windowStart + before.length - prefix.length;
        if (suffix !== undefined) viewEnd += suffix.length;
      }
      report(context, viewStart, viewEnd, namesCreditLine);
    }
  },
};

function isAmount(
  view: string,
  viewStart: number,
  viewEnd: number,
  currency: string | undefined,
  digits: string | undefined,
  unit: string | undefined,
): boolean {
  if (settings.countUnits.some((count) => view.startsWith(count, viewEnd))) return false;
  if (unit === 'w' || unit === 'k') {
    if (digits === undefined) return false;
    if (LATIN_OR_DIGIT.test(view.charAt(viewEnd))) return false;
  }
  if (digits !== undefined && Number(digits.replace(/,/g, '')) === 0) return false;
  if (currency !== undefined || unit !== undefined) return true;
  if (digits === undefined) return false;
  if (settings.notAmountAfter.some((after) => view.startsWith(after, viewEnd))) return false;
  if (Number(digits.replace(/,/g, '')) < 100) return false;
  const before = view.slice(Math.max(0, viewStart - 8), viewStart).replace(FILLER_BEFORE, '').replace(/(?:最高可达|高达|可达|达|至|为)$/, '');
  return settings.contextWords.some((word) => before.endsWith(word));
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
