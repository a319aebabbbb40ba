import data from '../../rules/structure.json';
import { entries as antiFraudTipEntries } from '../../rules/anti-fraud-tip.json';
import { parseInput } from '../errors/parseInput.js';
import { StructureDataSchema, type StructureData } from './dataSchema.js';

/**
 * `rules/structure.json`, validated once at load so a broken file fails loudly with the path of
 * the bad entry instead of silently accepting every signature.
 *
 * @internal
 */
export const structureData: StructureData = parseInput(StructureDataSchema, data, 'rules/structure.json');

/**
 * The anti-fraud tip phrases are the `anti-fraud-tip` rule's own terms (rules/anti-fraud-tip.json): what that
 * rule accepts as a tip is always read as the tip layer, never as part of the service feature.
 *
 * @internal
 */
export const tipPhrases: readonly string[] = antiFraudTipEntries.flatMap((entry) => entry.terms);
