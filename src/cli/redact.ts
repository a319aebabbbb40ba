// A run of digits (ASCII or full-width) in which single spaces or hyphens may separate groups,
// as in "138 1234 5678" or "400-123-4567". Each repetition consumes one digit, so the match is linear.
const DIGIT_RUN = /[0-9０-９](?:[ \-－]?[0-9０-９])*/gu;
const DIGIT = /[0-9０-９]/gu;
// A date such as 2024-06-01 is a run of 8 digits too, but not personal data.
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** How many digits a run must hold before it is masked. */
export const REDACT_MIN_DIGITS = 7;

/**
 * Masks phone numbers and other long digit runs (7 digits or more, possibly grouped by spaces or
 * hyphens: mobiles, landlines, 400 numbers, ID and card numbers) digit by digit. Every digit becomes
 * `*` (a full-width digit becomes `＊`), so the text keeps its length and display width: spans and
 * carets computed on the original text stay valid on the masked one. Shorter runs (amounts, rates,
 * reply codes, 95xxx hotlines) and dates written as `2024-06-01` are kept because they are what the report is about.
 *
 * @example
 * import { redact } from './redact.js';
 *
 * redact('请致电13812345678或400-123-4567，回复1退订'); //=> '请致电***********或***-***-****，回复1退订'
 */
export function redact(text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    let digits = 0;
    for (const char of run) if (char !== ' ' && char !== '-' && char !== '－') digits += 1;
    return digits < REDACT_MIN_DIGITS || ISO_DATE.test(run) ? run : run.replace(DIGIT, (digit) => (digit <= '9' ? '*' : '＊'));
  });
}
