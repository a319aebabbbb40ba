import type { NormalizedText } from './types.js';

/** Character classes of the normalised view. */
const HAN = 1;
const WORD = 2;
const SEPARATOR = 3;
const OTHER = 4;
/** ASCII digits and `%`: spaced-out numbers ("1 0 0 %") are read together. */
const DIGIT = 5;
const DOT = 0x2e;

const ASCII_SEPARATORS = ' \t\n\r\v\f*-_.|/~+=^`\'"\\';
const FORMAT_CHAR = /^\p{Cf}$/u;
const SEPARATOR_CHAR = /^[\s\p{Extended_Pictographic}\p{So}\p{Sk}\u00b7\u2022\u2027\u30fb\ufe0e\ufe0f]$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * A function from a text to its {@link NormalizedText} matching view.
 *
 * @internal
 */
export type Normalizer = (text: string) => NormalizedText;

/**
 * Builds a normaliser around a traditional → simplified table (only the characters the rules need,
 * see `rules/traditional.json`).
 *
 * The view is built in one pass with an offset table, so spans found in it map back to the
 * original: every output unit remembers the original span it came from. Steps per code point:
 * drop `\p{Cf}` (zero-width, bidi and other format characters); NFKC (full-width → half-width,
 * ① → 1); lower-case; traditional → simplified. Then a run of separators (spaces, `*-_.|/~`,
 * emoji, symbols) is removed when it stands between two letters/digits/Han characters of which at
 * least one is Han, or between two digits when it has no dot — "最 低 利 息" and "1 0 0 %" read
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

  return function normalize(original: string): NormalizedText {
    const length = original.length;
    let capacity = length + 16;
    let units = new Uint16Array(capacity);
    let starts = new Uint32Array(capacity);
    let ends = new Uint32Array(capacity);
    let size = 0;
    let lastKind = 0;
    let runStart = -1;
    let runHasDot = false;

    const emit = (unit: number, kind: number, start: number, end: number): void => {
      if (kind === SEPARATOR) {
        if (runStart < 0) {
          runStart = size;
          runHasDot = false;
        }
        if (unit === DOT) runHasDot = true;
      } else {
        if (runStart >= 0 && joinsAcross(lastKind, kind, runHasDot)) size = runStart;
        runStart = -1;
        lastKind = kind;
      }
      if (size === capacity) {
        capacity *= 2;
        const grownUnits = new Uint16Array(capacity);
        grownUnits.set(units);
        units = grownUnits;
        const grownStarts = new Uint32Array(capacity);
        grownStarts.set(starts);
        starts = grownStarts;
        const grownEnds = new Uint32Array(capacity);
        grownEnds.set(ends);
        ends = grownEnds;
      }
      units[size] = unit;
      starts[size] = start;
      ends[size] = end;
      size++;
    };

    const emitAscii = (code: number, start: number, end: number): void => {
      emit(code >= 65 && code <= 90 ? code + 32 : code, asciiClass[code]!, start, end);
    };

    let i = 0;
    while (i < length) {
      const code = original.charCodeAt(i);
      if (code < 0x80) {
        emitAscii(code, i, i + 1);
        i++;
      } else if (code >= 0x4e00 && code <= 0x9fff) {
        const simplified = t2s[code]!;
        emit(simplified === 0 ? code : simplified, HAN, i, i + 1);
        i++;
      } else if (code >= 0xff01 && code <= 0xff5e) {
        emitAscii(code - 0xfee0, i, i + 1);
        i++;
      } else {
        const codePoint = original.codePointAt(i)!;
        const width = codePoint > 0xffff ? 2 : 1;
        const char = original.slice(i, i + width);
        if (!FORMAT_CHAR.test(char)) {
          // Format characters (zero-width, bidi controls) are dropped: they carry no meaning but split words.
          const isSeparator = SEPARATOR_CHAR.test(char);
          const folded = char.normalize('NFKC').toLowerCase();
          for (let k = 0; k < folded.length; k++) {
            let unit = folded.charCodeAt(k);
            if (unit < 0x80) {
              emitAscii(unit, i, i + width);
              continue;
            }
            const simplified = t2s[unit]!;
            if (simplified !== 0) unit = simplified;
            // A symbol whose NFKC form is a letter or Han character (⻳ → 龟) is read as that character.
            const kind = classifyUnit(folded, k, unit);
            emit(unit, isSeparator && kind === OTHER ? SEPARATOR : kind, i, i + width);
          }
        }
        i += width;
      }
    }

    return {
      original,
      text: unitsToString(units, size),
      starts: starts.subarray(0, size),
      ends: ends.subarray(0, size),
    };
  };
}

function joinsAcross(before: number, after: number, hasDot: boolean): boolean {
  const isWordLike = (kind: number): boolean => kind === HAN || kind === WORD || kind === DIGIT;
  if (!isWordLike(before) || !isWordLike(after)) return false;
  if (before === HAN || after === HAN) return true;
  return before === DIGIT && after === DIGIT && !hasDot;
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

function unitsToString(units: Uint16Array, size: number): string {
  if (size <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, size) as unknown as number[]);
  let out = '';
  for (let at = 0; at < size; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(size, at + CHUNK)) as unknown as number[]);
  }
  return out;
}
