import { pointWidth, surrogatePairs } from '../_lib/codePoints.js';
import { structureData } from './_data.js';
import type { Billing, Encoding, LengthInfo } from './schemas.js';

// GSM 03.38 basic character set (one septet each) and its extension table (escape + septet = 2).
const GSM_BASIC = new Set(
  Array.from(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
      '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ),
);
const GSM_EXTENSION = new Set(Array.from('\f^{}\\[~]|€'));

/**
 * The billing length of `text`, and what is needed to point at the character where a limit is
 * crossed ({@link offsetBeyond} walks the text again only when a limit IS crossed, which is rare).
 *
 * @internal
 */
export interface Measurement {
  readonly info: LengthInfo;
  readonly text: string;
  readonly billing: Billing;
}

/**
 * Measures `text` under `billing` without validating its arguments.
 *
 * @internal
 */
export function measure(text: string, billing: Billing): Measurement {
  let chars = 0;
  let encoding: Encoding = 'UCS-2';
  if (billing === 'international') {
    encoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
    for (let i = 0; i < text.length; ) {
      const width = pointWidth(text, i);
      chars += cost(text, i, width, encoding, billing);
      i += width;
    }
  } else {
    // China bills characters: one unit per code point, so every surrogate pair is one unit less.
    chars = text.length - surrogatePairs(text);
  }
  const { single, multi } = limits(encoding);
  const parts = chars <= single ? 1 : Math.ceil(chars / multi);
  return { info: { chars, parts, perPart: parts === 1 ? single : multi, encoding }, text, billing };
}

function isGsm7(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const width = pointWidth(text, i);
    const point = text.slice(i, i + width);
    if (!GSM_BASIC.has(point) && !GSM_EXTENSION.has(point)) return false;
    i += width;
  }
  return true;
}

/** Billed units of the code point at `i`. */
function cost(text: string, i: number, width: number, encoding: Encoding, billing: Billing): number {
  if (encoding === 'GSM-7') return GSM_EXTENSION.has(text.slice(i, i + width)) ? 2 : 1;
  // China bills characters; UCS-2 on the wire carries an astral code point as a surrogate pair.
  return billing === 'international' ? width : 1;
}

/**
 * How many billed units fit into `parts` parts of `encoding`.
 *
 * @internal
 */
export function capacity(encoding: Encoding, parts: number): number {
  const { single, multi } = limits(encoding);
  return parts === 1 ? single : parts * multi;
}

/**
 * UTF-16 offset of the first code point that no longer fits into `units` billed units, or `null`
 * when the whole text fits.
 *
 * @internal
 */
export function offsetBeyond(measurement: Measurement, units: number): number | null {
  const { text, billing, info } = measurement;
  if (billing === 'china') {
    // Without surrogate pairs, code point number `units` is unit number `units`.
    if (info.chars === text.length) return units < text.length ? units : null;
    // One unit per code point: the answer is where code point number `units` starts.
    let point = 0;
    for (let i = 0; i < text.length; i += pointWidth(text, i)) {
      if (point === units) return i;
      point += 1;
    }
    return null;
  }
  let used = 0;
  for (let i = 0; i < text.length; ) {
    const width = pointWidth(text, i);
    used += cost(text, i, width, info.encoding, billing);
    if (used > units) return i;
    i += width;
  }
  return null;
}

// Per encoding, from frozen data: built once, not per measurement.
const GSM7_LIMITS = { single: structureData.length.singleGsm7, multi: structureData.length.multiGsm7 } as const;
const UCS2_LIMITS = { single: structureData.length.singleUcs2, multi: structureData.length.multiUcs2 } as const;

function limits(encoding: Encoding): { readonly single: number; readonly multi: number } {
  return encoding === 'GSM-7' ? GSM7_LIMITS : UCS2_LIMITS;
}
