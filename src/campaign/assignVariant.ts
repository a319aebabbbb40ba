import { z } from 'zod';
import { parseInput } from '../errors/parseInput.js';
import { stableHash32 } from './_hash.js';
import { ExperimentSchema, type Experiment, type VariantAssignment } from './schemas.js';

const RecipientIdSchema = z.string().min(1, { error: 'expected a non-empty recipient id' });
const TWO_POW_32 = 0x1_0000_0000;

/**
 * Assigns a recipient to a variant of an experiment, deterministically: the same recipient id
 * always gets the same variant for the same experiment id, on every machine, with no randomness
 * at call time.
 *
 * The bucket is `hash(experiment.id + ':' + recipientId) / 2³²` with a 32-bit FNV-1a hash and a
 * MurmurHash3 finaliser, and the variants own consecutive slices of `[0, 1)` in proportion to
 * their weights (default 1 each; a zero weight is never assigned). The experiment id salts the
 * hash, so two experiments split the same list independently. Changing weights or the order of
 * variants moves the slice boundaries and so re-assigns some recipients: freeze an experiment's
 * variants while it runs.
 *
 * @param recipientId - A stable id of the recipient (customer id or phone number).
 * @param experiment - `{ id, variants: [{ id, weight? }] }`.
 * @returns `{ experimentId, variant, bucket }`.
 * @throws {ComplianceConfigError} When the id is empty, variant ids repeat, a weight is negative,
 *   or no weight is positive.
 *
 * @example
 * import { assignVariant } from 'sms-compliance';
 *
 * const experiment = { id: 'send-time-2026-12', variants: [{ id: '09-10' }, { id: '15-16' }] };
 * assignVariant('13800000000', experiment).variant === assignVariant('13800000000', experiment).variant;
 * //=> true
 *
 * assignVariant('13800000000', { id: 'link', variants: [{ id: 'text+link', weight: 0 }, { id: 'text-only' }] }).variant;
 * //=> 'text-only'
 */
export function assignVariant(recipientId: string, experiment: Experiment): VariantAssignment {
  const id = parseInput(RecipientIdSchema, recipientId, 'recipientId');
  const parsed = parseInput(ExperimentSchema, experiment, 'experiment');
  const hash = stableHash32(`${parsed.id}:${id}`);
  const total = parsed.variants.reduce((sum, variant) => sum + variant.weight, 0);

  // Compare `hash * total < cumulative * 2^32` instead of dividing, so a slice boundary is exact
  // for integer weights; the fallback is the last positive-weight variant, which catches rounding.
  let cumulative = 0;
  let chosen = parsed.variants[0]!.id;
  for (const variant of parsed.variants) {
    if (variant.weight === 0) continue;
    chosen = variant.id;
    cumulative += variant.weight;
    if (hash * total < cumulative * TWO_POW_32) break;
  }
  return { experimentId: parsed.id, variant: chosen, bucket: hash / TWO_POW_32 };
}
