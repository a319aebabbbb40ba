import { pointWidth } from '../_lib/codePoints.js';
import type { NormalizedText } from './types.js';
import { isRangeSymbol } from '../_lib/isRangeMark.js';

/** Character classes of the normalised view. */
const HAN = 1;
const WORD = 2;
const SEPARATOR = 3;
const OTHER = 4;
/** ASCII digits and `%`: spaced-out numbers ("1 0 0 %") are read together. */
const DIGIT = 5;
const DOT = 0x2e;
// + and ➕ before a Latin letter are part of a contact handle (咨询+V, 详情➕Q), not a spacing trick.
const PLUS = 0x2b;
const HEAVY_PLUS = 0x2795;
// A range symbol (- ~ dashes 〜, `isRangeSymbol`) after a number of two characters or more marks a range (7.2-36%,
// 10~20万) or a date (2026-12-05): the numbers stay apart. After a single digit it is a spacing trick like any
// other ("1-0-0%" reads "100%").
// `#` is not one: it marks template variables (#name#), which the placeholder rule finds by the `#` in the view.
const ASCII_SEPARATORS = ' \t\n\r\v\f*-_.|/~+=^`\'"\\@&$';
// Format characters and every other code point Unicode says to render invisibly (Hangul fillers U+3164 and
// U+FFA0 are letters by category, and evaders put them between the characters of a term).
const FORMAT_CHAR = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
// Combining marks (\p{Mn}, \p{Me}) count as separators: on a Han character they are only decoration
// ("秒\u0301批", "秒\u20dd批"), inserted to split a word like any symbol.
// Dashes (\p{Pd}: — – ‐ 〜) split a word as well as a hyphen does ("秒—批").
const SEPARATOR_CHAR = /^[\s\p{Extended_Pictographic}\p{So}\p{Sk}\p{Mn}\p{Me}\p{Pd}\u00b7\u2022\u2027\u30fb\ufe0e\ufe0f]$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Growable scratch arrays a caller owns and reuses between calls (a linter keeps one): `units` is the
 * view, `starts[i]` where in the original text the code point `units[i]` came from begins. Only the
 * first `length` entries returned by {@link Normalizer.into} are meaningful. The end of that code point
 * follows from the original text ({@link originalEnd}); {@link endsOf} builds the whole array of ends
 * for a caller that wants it.
 *
 * @internal
 */
export interface ViewBuffer {
  units: Uint16Array;
  starts: Uint32Array;
  /** Whether the view last written holds a surrogate unit (see {@link unitsToString}). */
  surrogates: boolean;
}

/** A scratch {@link ViewBuffer} for texts of up to `capacity` units (it grows when needed). @internal */
export function createViewBuffer(capacity = 256): ViewBuffer {
  return allocateView(capacity, false);
}

/**
 * A view buffer in one allocation; with `roomForEnds`, the bytes right after `starts` hold room for
 * `capacity` ends (one typed-array allocation costs more than filling it). Starts and ends come first:
 * they need 4-byte alignment.
 */
function allocateView(capacity: number, roomForEnds: boolean): ViewBuffer {
  const startsAndEnds = capacity * (roomForEnds ? 8 : 4);
  const memory = new ArrayBuffer(startsAndEnds + capacity * 2);
  return {
    starts: new Uint32Array(memory, 0, capacity),
    units: new Uint16Array(memory, startsAndEnds, capacity),
    surrogates: false,
  };
}

/**
 * A function from a text to its {@link NormalizedText} matching view (fresh arrays every call), with
 * `into` for hot loops: the same view written into a caller-owned scratch buffer, no allocation.
 *
 * @internal
 */
export interface Normalizer {
  (text: string): NormalizedText;
  /** Writes the view of `text` into `buffer` (growing its arrays when needed); returns its length. */
  into(buffer: ViewBuffer, text: string): number;
}

/**
 * Builds a normaliser around a traditional → simplified table (only the characters the rules need,
 * see `rules/traditional.json`).
 *
 * The view is built in one pass with an offset table, so spans found in it map back to the
 * original: every output unit remembers the original span it came from. Steps per code point:
 * drop `\p{Cf}` and the other default-ignorable code points (zero-width, bidi and format characters, Hangul
 * fillers); NFKC (full-width → half-width, ① → 1); lower-case; traditional → simplified. Then a run of
 * separators (spaces, `*-_.|/~@&$`, dashes, emoji, symbols, combining marks) is removed when it stands between
 * two letters/digits/Han characters of which at least one is Han (unless it holds a `+` or `➕` and a Latin letter
 * follows: "咨询+V" is a contact handle), or between two digits when it has no dot, and no hyphen, tilde or dash
 * after a number of two characters or more — "最 低 利 息" and "1 0 0 %" read
 * "最低利息" and "100%", while "0.5%", "t.cn" and "dai kuan" keep their dots and spaces.
 *
 * @internal
 */
export function createNormalizer(traditionalToSimplified: Readonly<Record<string, string>>): Normalizer {
  const t2s = new Uint16Array(0x10000);
  for (const [from, to] of Object.entries(traditionalToSimplified)) {
    if (from.length === 1 && to.length === 1) t2s[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  const asciiClass = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if ((c >= 48 && c <= 57) || c === 0x25) asciiClass[c] = DIGIT;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) asciiClass[c] = WORD;
    else if (ASCII_SEPARATORS.includes(String.fromCharCode(c))) asciiClass[c] = SEPARATOR;
    else asciiClass[c] = OTHER;
  }
  // The fold of every unit the hot loop can decide alone — `(kind << 16) | unit`, DROPPED, or 0 for
  // "take the per-character path" — computed here once: ASCII, the common Han block, full-width
  // ASCII, and the punctuation and symbol blocks messages are full of (【】。“”…★①￥), the latter with
  // the exact per-character steps. Read-only after this loop.
  const folds = new Uint32Array(0x10000);
  for (let code = 0; code < 0x80; code++) folds[code] = asciiFold(code, asciiClass);
  for (let code = 0x4e00; code <= 0x9fff; code++) folds[code] = ((HAN << 16) | (t2s[code] || code)) >>> 0;
  for (let code = 0xff01; code <= 0xff5e; code++) folds[code] = asciiFold(code - 0xfee0, asciiClass);
  for (const [from, to] of PRECOMPUTED_RANGES) {
    for (let code = from; code <= to; code++) folds[code] = foldUnit(code, t2s, asciiClass);
  }

  function into(buffer: ViewBuffer, original: string): number {
    const length = original.length;
    // A table fold writes one unit per unit read, so with room for the whole text only the
    // per-character path (which can write several) has to check for room.
    if (buffer.units.length < length + 16) resize(buffer, length + 16, 0);
    let { units, starts } = buffer;
    let size = 0;
    let surrogates = false;
    let lastKind = 0;
    let runStart = -1;
    let runHasDot = false;
    let runHasPlus = false;
    let runHasRange = false;

    let i = 0;
    while (i < length) {
      const code = original.charCodeAt(i);
      let fold = folds[code]!;
      // The common case, most units of a message: a table fold that is no separator, with no run
      // of separators pending — what the general steps below do for it, without their branches.
      if (runStart < 0 && fold !== 0 && fold !== DROPPED && fold >>> 16 !== SEPARATOR) {
        lastKind = fold >>> 16;
        units[size] = fold & 0xffff;
        starts[size] = i;
        size++;
        i++;
        continue;
      }
      if (fold === DROPPED) {
        i++;
        continue;
      }
      let width = 1;
      // The folds of a character the table does not cover (emoji, rare symbols, other scripts).
      let slow: number[] | undefined;
      if (fold === 0) {
        width = pointWidth(original, i);
        slow = slowFolds(original.slice(i, i + width), t2s, asciiClass);
        if (slow.length === 0) {
          i += width;
          continue;
        }
        if (size + slow.length + (length - i) > units.length) {
          resize(buffer, 2 * (size + slow.length + (length - i)), size);
          ({ units, starts } = buffer);
        }
        fold = slow[0]!;
        // Only the per-character path can write a surrogate: the tables cover no surrogate unit.
        for (const unitFold of slow) if ((unitFold & 0xf800) === 0xd800) surrogates = true;
      }
      // A table fold is one unit; a slow character's folds follow it through the same steps.
      for (let k = 0; ; ) {
        const kind = fold >>> 16;
        if (kind === SEPARATOR) {
          if (runStart < 0) {
            runStart = size;
            runHasDot = false;
            runHasPlus = false;
            runHasRange = false;
          }
          const unit = fold & 0xffff;
          if (unit === DOT) runHasDot = true;
          else if (unit === PLUS || unit === HEAVY_PLUS) runHasPlus = true;
          else if (isRangeSymbol(unit)) runHasRange = true;
        } else {
          if (runStart >= 0) {
            const keepsNumbersApart = runHasDot || (runHasRange && endsLongNumber(units, starts, runStart));
            if (joinsAcross(lastKind, kind, keepsNumbersApart, runHasPlus)) size = runStart;
          }
          runStart = -1;
          lastKind = kind;
        }
        units[size] = fold & 0xffff;
        starts[size] = i;
        size++;
        if (slow === undefined || ++k === slow.length) break;
        fold = slow[k]!;
      }
      i += width;
    }
    buffer.surrogates = surrogates;
    return size;
  }

  const normalize = (original: string): NormalizedText => {
    const capacity = original.length + 16;
    const buffer = allocateView(capacity, true);
    const memory = buffer.starts.buffer;
    const size = into(buffer, original);
    // A view longer than the text (rare: a character that expands under NFKC) moved to a bigger buffer.
    const ends = size <= capacity ? new Uint32Array(memory, capacity * 4, size) : new Uint32Array(size);
    return {
      original,
      text: unitsToString(buffer, size),
      starts: buffer.starts.subarray(0, size),
      ends: endsOf(buffer, size, original, ends),
    };
  };
  return Object.assign(normalize, { into });
}

/**
 * The end of the original code point that starts at `start` (the source of every view unit whose
 * start it is): past a well-formed surrogate pair, else past one unit.
 *
 * @internal
 */
export function originalEnd(original: string, start: number): number {
  return start + pointWidth(original, start);
}

/**
 * The ends of the first `size` view units `into` wrote for `original` — `originalEnd` of each start —
 * written into `ends` (a fresh array by default). @internal
 */
export function endsOf(buffer: ViewBuffer, size: number, original: string, ends: Uint32Array = new Uint32Array(size)): Uint32Array {
  const { starts } = buffer;
  for (let k = 0; k < size; k++) ends[k] = originalEnd(original, starts[k]!);
  return ends;
}

/** Grows `buffer` to `capacity`, keeping its first `keep` entries. */
function resize(buffer: ViewBuffer, capacity: number, keep: number): void {
  const next = createViewBuffer(capacity);
  next.units.set(buffer.units.subarray(0, keep));
  next.starts.set(buffer.starts.subarray(0, keep));
  buffer.units = next.units;
  buffer.starts = next.starts;
}

function asciiFold(code: number, asciiClass: Uint8Array): number {
  return ((asciiClass[code]! << 16) | (code >= 65 && code <= 90 ? code + 32 : code)) >>> 0;
}

/**
 * The per-character path: drop `\p{Cf}` and default-ignorables; NFKC; lower-case; traditional → simplified;
 * classify. Returns the folds of the units the character becomes (none when it is dropped).
 */
function slowFolds(char: string, t2s: Uint16Array, asciiClass: Uint8Array): number[] {
  const out: number[] = [];
  // Format characters (zero-width, bidi controls) are dropped: they carry no meaning but split words.
  if (FORMAT_CHAR.test(char)) return out;
  const isSeparator = SEPARATOR_CHAR.test(char);
  const folded = withoutLatinMarks(char.normalize('NFKC').toLowerCase());
  for (let k = 0; k < folded.length; k++) {
    let unit = folded.charCodeAt(k);
    if (unit < 0x80) {
      out.push(asciiFold(unit, asciiClass));
      continue;
    }
    const simplified = t2s[unit]!;
    if (simplified !== 0) unit = simplified;
    // A symbol whose NFKC form is a letter or Han character (⻳ → 龟) is read as that character.
    const kind = classifyUnit(folded, k, unit);
    // A separator, or a character that folds to one (･ → ・): judged on the folded character too, the
    // view of a view is the view itself, and "最･低" reads "最低" like "最・低" does.
    const separator = isSeparator || SEPARATOR_CHAR.test(codePointAt(folded, k));
    out.push((((separator && kind === OTHER ? SEPARATOR : kind) << 16) | unit) >>> 0);
  }
  return out;
}

const LATIN_WITH_MARKS = /^[a-z]\p{Mn}+$/u;

/**
 * Each Latin letter with a diacritic read as its base letter: pinyin with tone marks ("miǎo批") spells miao. Letter by
 * letter, so a character NFKC spells as several ("ǆ" → "dž") folds the same as those letters typed one by one.
 */
function withoutLatinMarks(folded: string): string {
  let out: string | undefined;
  for (let k = 0; k < folded.length; k++) {
    if (folded.charCodeAt(k) < 0x80) continue;
    const decomposed = folded.charAt(k).normalize('NFD');
    if (!LATIN_WITH_MARKS.test(decomposed)) continue;
    out = (out ?? folded).slice(0, k) + decomposed.charAt(0) + (out ?? folded).slice(k + 1);
  }
  return out ?? folded;
}

/** Blocks folded ahead of time: Latin-1, general punctuation, letterlike and number forms, enclosed
 * alphanumerics, shapes and symbols, CJK punctuation, CJK compatibility forms, half/full-width forms. */
const PRECOMPUTED_RANGES: readonly (readonly [number, number])[] = [
  [0x00a0, 0x00ff],
  [0x2000, 0x218f],
  [0x2460, 0x24ff],
  [0x25a0, 0x27bf],
  [0x3000, 0x303f],
  [0xfe10, 0xfe6f],
  [0xff00, 0xff00],
  [0xff5f, 0xffef],
];

/** A precomputed fold of a character the view drops (a format character). */
const DROPPED = 0xffffffff;

/**
 * The fold of one BMP unit exactly as the per-character path computes it: `(kind << 16) | unit`,
 * `DROPPED`, or 0 when it does not fold to a single unit (left to the per-character path).
 */
function foldUnit(code: number, t2s: Uint16Array, asciiClass: Uint8Array): number {
  const folded = slowFolds(String.fromCharCode(code), t2s, asciiClass);
  if (folded.length === 0) return DROPPED;
  return folded.length === 1 ? folded[0]! : 0;
}

/** The code point of `text` that the unit at `index` belongs to (a lone surrogate is one of its own). */
function codePointAt(text: string, index: number): string {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(index, index + 2);
  }
  if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
    const before = text.charCodeAt(index - 1);
    if (before >= 0xd800 && before <= 0xdbff) return text.slice(index - 1, index + 1);
  }
  return text.charAt(index);
}

/**
 * Whether the view before `end` ends in a number of two characters or more as written (digits, `.` or `%`
 * next to each other in the original), so a range mark after it separates two numbers. Digits joined
 * across a dropped run ("1-0" of "1-0-0%") are a disguised number, not a long one.
 */
function endsLongNumber(units: Uint16Array, starts: Uint32Array, end: number): boolean {
  if (end < 2) return false;
  const before = units[end - 2]!;
  const numeric = (before >= 0x30 && before <= 0x39) || before === DOT;
  return numeric && starts[end - 1]! === starts[end - 2]! + 1;
}

/** Whether a run of separators between `before` and `after` is dropped; `keepsNumbersApart`: it holds `.`, `-` or `~`. */
function joinsAcross(before: number, after: number, keepsNumbersApart: boolean, hasPlus: boolean): boolean {
  const isWordLike = (kind: number): boolean => kind === HAN || kind === WORD || kind === DIGIT;
  if (!isWordLike(before) || !isWordLike(after)) return false;
  if (hasPlus && after === WORD) return false;
  if (before === HAN || after === HAN) return true;
  return before === DIGIT && after === DIGIT && !keepsNumbersApart;
}

function classifyUnit(folded: string, index: number, unit: number): number {
  if (unit >= 0x4e00 && unit <= 0x9fff) return HAN;
  const isHigh = unit >= 0xd800 && unit <= 0xdbff;
  const char = isHigh ? folded.slice(index, index + 2) : String.fromCharCode(unit);
  if (HAN_CHAR.test(char)) return HAN;
  if (WORD_CHAR.test(char)) return WORD;
  if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
    // The low half of a pair belongs to the character its high half started.
    const pair = folded.slice(index - 1, index + 1);
    if (HAN_CHAR.test(pair)) return HAN;
    if (WORD_CHAR.test(pair)) return WORD;
  }
  return OTHER;
}

const CHUNK = 8192;

// Decodes a view without surrogates about twice as fast as String.fromCharCode.apply. Not streaming,
// so it keeps nothing between calls; ignoreBOM keeps a leading U+FEFF as the text had it. A lone
// surrogate would become U+FFFD: a view with a surrogate takes the char-code path.
// The units are in the platform's byte order: on a big-endian machine the decoder would misread them.
const UTF16 = /* @__PURE__ */ (() =>
  new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined)();

/** The view units `[0, size)` of `buffer` as a string. @internal */
export function unitsToString(buffer: ViewBuffer, size: number): string {
  const { units } = buffer;
  if (!buffer.surrogates && UTF16 !== undefined) return UTF16.decode(units.subarray(0, size));
  if (size <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, size) as unknown as number[]);
  let out = '';
  for (let at = 0; at < size; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(size, at + CHUNK)) as unknown as number[]);
  }
  return out;
}
