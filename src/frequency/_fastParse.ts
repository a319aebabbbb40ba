import { MAX_INSTANT_MS, MIN_INSTANT_MS } from '../_lib/dateInput.js';
import { parseInput } from '../errors/parseInput.js';
import { RecipientSendRecordSchema, SendCandidateSchema, SendRecordSchema } from './schemas.js';

/**
 * Epoch ms of a `DateInput` when it is a number or a `Date` — the shapes a bulk caller uses — or
 * `undefined` when the value needs the full schema (strings) or is invalid. Accepts exactly what
 * `DateInputSchema` accepts for those shapes, so the fast path never changes a verdict.
 */
function fastTime(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return value >= MIN_INSTANT_MS && value <= MAX_INSTANT_MS ? Math.trunc(value) + 0 : undefined;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS ? ms : undefined;
  }
  return undefined;
}

function hasOnlyKeys(value: object, a: string, b: string, c: string): boolean {
  for (const key in value) {
    if (key !== a && key !== b && key !== c) return false;
  }
  return true;
}

/**
 * The `to` of a `planSends` candidate; throws `ComplianceConfigError` at `path()` when invalid
 * (the path is built only then, so a bulk caller pays nothing for it).
 *
 * @internal
 */
export function readCandidate(value: unknown, path: () => string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const to = (value as { to?: unknown }).to;
    if (typeof to === 'string' && to.length > 0 && hasOnlyKeys(value, 'to', 'to', 'to')) return to;
  }
  const parsed = parseInput(SendCandidateSchema, value, path());
  return typeof parsed === 'string' ? parsed : parsed.to;
}

/**
 * `{ to, at }` of a flat history record; throws `ComplianceConfigError` at `path()` when invalid
 * (the path is built only then, so a bulk caller pays nothing for it).
 *
 * @internal
 */
export function readFlatRecord(value: unknown, path: () => string): { to: string; at: number } {
  if (typeof value === 'object' && value !== null) {
    const record = value as { to?: unknown; at?: unknown; signature?: unknown };
    const at = fastTime(record.at);
    if (
      at !== undefined &&
      typeof record.to === 'string' &&
      record.to.length > 0 &&
      (record.signature === undefined || typeof record.signature === 'string') &&
      hasOnlyKeys(value, 'to', 'at', 'signature')
    ) {
      return { to: record.to, at };
    }
  }
  const parsed = parseInput(RecipientSendRecordSchema, value, path());
  return { to: parsed.to, at: parsed.at.getTime() };
}

/**
 * Epoch ms of a per-number history record `{ at, signature? }`; throws `ComplianceConfigError` at `path()`.
 *
 * @internal
 */
export function readRecordTime(value: unknown, path: () => string): number {
  if (typeof value === 'object' && value !== null) {
    const record = value as { at?: unknown; signature?: unknown };
    const at = fastTime(record.at);
    if (
      at !== undefined &&
      (record.signature === undefined || typeof record.signature === 'string') &&
      hasOnlyKeys(value, 'at', 'signature', 'signature')
    ) {
      return at;
    }
  }
  return parseInput(SendRecordSchema, value, path()).at.getTime();
}
