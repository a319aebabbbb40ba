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
 * The billing length of `text` plus, per code point, its UTF-16 offset and its billed cost, so
 * callers can point at the character where a limit is crossed.
 *
 * @internal
 */
export interface Measurement {
  readonly info: LengthInfo;
  /** UTF-16 offset of each code point. */
  readonly offsets: readonly number[];
  /** Billed units of each code point. */
  readonly costs: readonly number[];
}

/**
 * Measures `text` under `billing` without validating its arguments.
 *
 * @internal
 */
export function measure(text: string, billing: Billing): Measurement {
  const offsets: number[] = [];
  const points: string[] = [];
  let offset = 0;
  for (const point of text) {
    offsets.push(offset);
    points.push(point);
    offset += point.length;
  }
  const encoding: Encoding =
    billing === 'international' && points.every((p) => GSM_BASIC.has(p) || GSM_EXTENSION.has(p)) ? 'GSM-7' : 'UCS-2';
  const costs = points.map((point) => {
    if (encoding === 'GSM-7') return GSM_EXTENSION.has(point) ? 2 : 1;
    // China bills characters; UCS-2 on the wire carries an astral code point as a surrogate pair.
    return billing === 'international' ? point.length : 1;
  });
  const chars = costs.reduce((sum, cost) => sum + cost, 0);
  const { single, multi } = limits(encoding);
  const parts = chars <= single ? 1 : Math.ceil(chars / multi);
  return { info: { chars, parts, perPart: parts === 1 ? single : multi, encoding }, offsets, costs };
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
  let used = 0;
  for (let i = 0; i < measurement.costs.length; i += 1) {
    used += measurement.costs[i]!;
    if (used > units) return measurement.offsets[i]!;
  }
  return null;
}

function limits(encoding: Encoding): { single: number; multi: number } {
  const { length } = structureData;
  return encoding === 'GSM-7'
    ? { single: length.singleGsm7, multi: length.multiGsm7 }
    : { single: length.singleUcs2, multi: length.multiUcs2 };
}
