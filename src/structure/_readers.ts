import { hasUnit } from '../_lib/hasUnit.js';

// Hand-written readers for the two small grammars of the structure check: a reply option ("回复1了解详情")
// and an unsubscribe statement ("拒收请回复R", "回T退订"). Each answers "what does the pattern match at
// `at`" exactly as the anchored regexes it replaced did (test/structure/readers.test.ts compares them on
// fuzzed text), without slicing the text or running the regex engine at every 回 of a message.

/** Bounds of a read: units at or past `limit`, and units `blocked` says belong to another layer, read as NUL. */
interface Bounds {
  readonly limit: number;
  readonly blocked: ((index: number) => boolean) | undefined;
}

/** A reply option read at some offset: its end, key and label (the Han characters after the key). @internal */
export interface OptionRead {
  readonly end: number;
  readonly key: string;
  readonly label: string;
}

/** An unsubscribe statement read at some offset: its end and its key, upper-cased. @internal */
export interface UnsubscribeRead {
  readonly end: number;
  readonly key: string;
}

const HUI = 0x56de; // 回
const FU = 0x590d; // 复
// 回覆 is the spelling of 回复 in Taiwan and Hong Kong (拒收請回覆R); 覆 is no traditional form of 复 in the
// conversion table (覆盖 stays 覆盖), so the readers accept it after 回 themselves.
const FU_VARIANT = 0x8986; // 覆
const isFu = (code: number): boolean => code === FU || code === FU_VARIANT;
const QING = 0x8bf7; // 请
const JU = 0x62d2; // 拒
const SHOU = 0x6536; // 收
const TUI = 0x9000; // 退
const DING = 0x8ba2; // 订
const LABEL_MAX = 12;
const HAN = /^\p{Script=Han}$/u;

// Keys may be typed in full width ("拒收请回复Ｒ", "回复１了解": an IME in full-width mode); they are read as
// the ASCII key they stand for, so the statement is recognised (and reported as not in the accepted
// format, with the fix) instead of looking absent.
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
const isLetter = (code: number): boolean => isAsciiLetter(code) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);

/** `text[start, end)`, a key of digits and letters, with full-width forms read as ASCII (their NFKC form). */
function asciiKey(text: string, start: number, end: number): string {
  const key = text.slice(start, end);
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0xff00) return key.normalize('NFKC');
  return key;
}
/** A space a template may put around a key: ASCII or ideographic (full width). */
const isSpace = (code: number): boolean => code === 0x20 || code === 0x3000;
/** " ' and the Chinese quotes “ ‘ 「 『 that open a quoted key ("回复‘1’了解", "回复「1」了解"). */
const isOpeningQuote = (code: number): boolean =>
  code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x300c || code === 0x300e;
const isClosingQuote = (code: number): boolean =>
  code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x300d || code === 0x300f;
const SHU = 0x6570; // 数
const ZI = 0x5b57; // 字
/** Past "数字" at `at` ("回复数字1了解": the word names the kind of key), or `at` when it is not there. */
const pastShuZi = (text: string, at: number, bounds: Bounds): number =>
  unitAt(text, at, bounds) === SHU && unitAt(text, at + 1, bounds) === ZI ? at + 2 : at;

function unitAt(text: string, index: number, bounds: Bounds): number {
  if (index >= bounds.limit || (bounds.blocked !== undefined && bounds.blocked(index))) return 0;
  return text.charCodeAt(index);
}

/** Length of the run of units from `from` that `accepts`, counting at most `max + 1`. */
function runLength(text: string, from: number, max: number, accepts: (code: number) => boolean, bounds: Bounds): number {
  let length = 0;
  while (length <= max && accepts(unitAt(text, from + length, bounds))) length++;
  return length;
}

/**
 * The reply option at `at` in `text[0, limit)`, or `null`: 回复 + a 1–2 digit or 1–4 letter key (ASCII or
 * full width, returned as ASCII), or 回 + a 1–2 digit key ("回1查看额度"; a letter key needs 回复, so
 * "返回App" is no option), optionally in quotes, after 回复 optionally after a space ("回复 1"),
 * not followed by a letter or digit; then, after an optional space, a label of up to 12 Han characters
 * that stops before the next option. The anchored pattern it implements, with 0-9 and A-Za-z standing for
 * their full-width forms too and S for a space (ASCII or U+3000):
 * `回[复覆]S?(?:数字)?O?(?<k1>[0-9]{1,2}|[A-Za-z]{1,4})|回O?(?<k2>[0-9]{1,2}))C?(?![0-9A-Za-z])` + `S?` + label
 * (覆 as in 回覆, the Taiwan and Hong Kong spelling; O and C an opening and a closing quote: " ' “ ‘ 「 『 and
 * " ' ” ’ 」 』).
 *
 * @internal
 */
export function readOption(text: string, at: number, limit: number): OptionRead | null {
  const bounds: Bounds = { limit, blocked: undefined };
  if (unitAt(text, at, bounds) !== HUI) return null;
  const hasFu = isFu(unitAt(text, at + 1, bounds));
  let keyStart = hasFu ? at + 2 : at + 1;
  // "回复 1 了解": a space after 回复 (not after a bare 回: "来回 2 次" is no option) and before the label.
  if (hasFu && isSpace(unitAt(text, keyStart, bounds))) keyStart++;
  if (hasFu) keyStart = pastShuZi(text, keyStart, bounds);
  if (isOpeningQuote(unitAt(text, keyStart, bounds))) keyStart++;
  // A key is a whole run: the pattern's look-ahead refuses a letter or digit right after it.
  let keyEnd = -1;
  const digits = runLength(text, keyStart, 2, isDigit, bounds);
  if (digits >= 1 && digits <= 2) keyEnd = keyStart + digits;
  else if (hasFu && digits === 0) {
    const letters = runLength(text, keyStart, 4, isLetter, bounds);
    if (letters >= 1 && letters <= 4) keyEnd = keyStart + letters;
  }
  if (keyEnd < 0) return null;
  const after = unitAt(text, keyEnd, bounds);
  if (isDigit(after) || isLetter(after)) return null;
  // A closing quote is taken only when what follows it could end the key too.
  let end = keyEnd;
  if (isClosingQuote(after)) {
    const next = unitAt(text, keyEnd + 1, bounds);
    if (!isDigit(next) && !isLetter(next)) end = keyEnd + 1;
  }
  if (isSpace(unitAt(text, end, bounds)) && hanWidth(text, end + 1, bounds) > 0 && !startsOption(text, end + 1, bounds)) end++;
  const labelStart = end;
  for (let count = 0; count < LABEL_MAX && !startsOption(text, end, bounds); count++) {
    const width = hanWidth(text, end, bounds);
    if (width === 0) break;
    end += width;
  }
  return { end, key: asciiKey(text, keyStart, keyEnd), label: text.slice(labelStart, end) };
}

/** The separators of a list of options written once with 回复: "回复1了解，2回电", "1了解/2回电", "1了解、2回电". */
const isListSeparator = (code: number): boolean =>
  code === 0xff0c || code === 0x2c || code === 0x3001 || code === 0x2f || code === 0xff1b || code === 0x3b || code === 0x20 || code === 0x3000;

/**
 * The option that continues a list after the option ending at `at` without its own 回复 ("回复1了解，2回电"): a list
 * separator and an optional space, the key that follows `previousKey` (1 → 2), whole, and a label of 1–12 Han
 * characters whose first is not one of `notLabelStarts` — "回复1了解，2天内放款" holds one option, not two.
 * Null when none continues the list.
 *
 * @internal
 * @example
 * readContinuedOption('回复1了解，2回电', 5, 10, '1', '天'); //=> { start: 6, end: 9, key: '2', label: '回电' }
 */
export function readContinuedOption(
  text: string,
  at: number,
  limit: number,
  previousKey: string,
  notLabelStarts: string,
): (OptionRead & { readonly start: number }) | null {
  const bounds: Bounds = { limit, blocked: undefined };
  if (!isListSeparator(unitAt(text, at, bounds))) return null;
  let keyStart = at + 1;
  if (isSpace(unitAt(text, keyStart, bounds))) keyStart++;
  const digits = runLength(text, keyStart, 2, isDigit, bounds);
  if (digits < 1 || digits > 2) return null;
  const keyEnd = keyStart + digits;
  const key = asciiKey(text, keyStart, keyEnd);
  if (!/^[0-9]+$/.test(previousKey) || Number(key) !== Number(previousKey) + 1) return null;
  const after = unitAt(text, keyEnd, bounds);
  if (isLetter(after) || hasUnit(notLabelStarts, after)) return null;
  let end = keyEnd;
  for (let count = 0; count < LABEL_MAX && !startsOption(text, end, bounds); count++) {
    const width = hanWidth(text, end, bounds);
    if (width === 0) break;
    end += width;
  }
  return end === keyEnd ? null : { start: keyStart, end, key, label: text.slice(keyEnd, end) };
}

/** Whether `回(?:[复覆] ?(?:数字)?)?["'“‘「『]?[0-9A-Za-z]` matches at `at`: the next option begins, so a label stops. */
function startsOption(text: string, at: number, bounds: Bounds): boolean {
  if (unitAt(text, at, bounds) !== HUI) return false;
  let next = at + 1;
  if (isFu(unitAt(text, next, bounds))) {
    next++;
    if (isSpace(unitAt(text, next, bounds))) next++;
    next = pastShuZi(text, next, bounds);
  }
  if (isOpeningQuote(unitAt(text, next, bounds))) next++;
  const code = unitAt(text, next, bounds);
  return isDigit(code) || isLetter(code);
}

/** Units of the Han code point at `at` (1, or 2 for a pair wholly inside the bounds), 0 when it is not Han. */
function hanWidth(text: string, at: number, bounds: Bounds): number {
  const code = unitAt(text, at, bounds);
  // The unified ideographs of Unicode 1.1, assigned in every engine: no regex needed for them.
  if (code >= 0x4e00 && code <= 0x9fa5) return 1;
  // Below the CJK radicals, and in the half/full-width forms (，！：) that end most labels, nothing is Han.
  if (code < 0x2e80 || (code >= 0xff00 && code <= 0xffef) || (code >= 0xdc00 && code <= 0xdfff)) return 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = unitAt(text, at + 1, bounds);
    if (low < 0xdc00 || low > 0xdfff) return 0;
    return HAN.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return HAN.test(String.fromCharCode(code)) ? 1 : 0;
}

/**
 * The unsubscribe statement at `at`, or `null`: `拒收/退订 (请) 回(复) KEY` with KEY a whole run of 1–4
 * Latin letters (ASCII or full width; the key is returned as ASCII), or `回(复) KEY 退订/拒收`. 复 may be written
 * 覆; a space (ASCII or U+3000) may follow 回(复) and the key may be quoted ("拒收请回复 R", "退订回“T”"), so such a
 * statement is found — and reported as not in the accepted format, with the fix — instead of looking absent.
 * The pattern, anchored at `at`, with L for the letters and their full-width forms, S for a space, O and C for
 * an opening and a closing quote:
 * `(?:拒收|退订)请?回[复覆]?S?O?(?<k1>L{1,4})(?!L)C?|回[复覆]?S?O?(?<k2>L{1,4})C?S?(?:退订|拒收)`.
 * Units at or past `limit`, and units `blocked` reports, read as NUL (the masked view of the text).
 *
 * @internal
 */
export function readUnsubscribe(
  text: string,
  at: number,
  limit = text.length,
  blocked?: (index: number) => boolean,
): UnsubscribeRead | null {
  const bounds: Bounds = { limit, blocked };
  const first = unitAt(text, at, bounds);
  if (first === HUI) {
    const keyStart = keyStartAfterHui(text, at + 1, bounds);
    const letters = runLength(text, keyStart, 4, isLetter, bounds);
    if (letters === 0 || letters > 4) return null;
    const keyEnd = keyStart + letters;
    let next = keyEnd;
    if (isClosingQuote(unitAt(text, next, bounds))) next++;
    if (isSpace(unitAt(text, next, bounds))) next++;
    if (!isWordAt(text, next, bounds)) return null;
    return { end: next + 2, key: asciiKey(text, keyStart, keyEnd).toUpperCase() };
  }
  if (!isWordAt(text, at, bounds)) return null;
  let next = at + 2;
  if (unitAt(text, next, bounds) === QING) next++;
  if (unitAt(text, next, bounds) !== HUI) return null;
  const keyStart = keyStartAfterHui(text, next + 1, bounds);
  const letters = runLength(text, keyStart, 4, isLetter, bounds);
  if (letters === 0 || letters > 4) return null;
  const keyEnd = keyStart + letters;
  const end = isClosingQuote(unitAt(text, keyEnd, bounds)) ? keyEnd + 1 : keyEnd;
  return { end, key: asciiKey(text, keyStart, keyEnd).toUpperCase() };
}

/**
 * Where a statement's key starts after the 回 that ends at `from`: past 复 (or 覆), a space and an opening quote.
 * Unlike an option's, the key may follow a bare 回 and a space ("退订回 T"): 拒收 or 退订 anchors the statement.
 */
function keyStartAfterHui(text: string, from: number, bounds: Bounds): number {
  let at = from;
  if (isFu(unitAt(text, at, bounds))) at++;
  if (isSpace(unitAt(text, at, bounds))) at++;
  if (isOpeningQuote(unitAt(text, at, bounds))) at++;
  return at;
}

/** Whether a statement can start with the unit `code`: 拒 (拒收), 退 (退订) or 回 (回T退订). @internal */
export function startsUnsubscribe(code: number): boolean {
  return code === JU || code === TUI || code === HUI;
}

/** Whether 拒收 or 退订 starts at `at`. */
function isWordAt(text: string, at: number, bounds: Bounds): boolean {
  const first = unitAt(text, at, bounds);
  const second = unitAt(text, at + 1, bounds);
  return (first === JU && second === SHOU) || (first === TUI && second === DING);
}
