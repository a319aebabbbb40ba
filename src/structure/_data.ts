import data from '../../rules/structure.json';
import { parseInput } from '../errors/parseInput.js';
import { StructureDataSchema, type StructureData } from './dataSchema.js';

/**
 * `rules/structure.json`, validated once at load so a broken file fails loudly with the path of
 * the bad entry instead of silently accepting every signature.
 *
 * @internal
 */
export const structureData: StructureData = parseInput(StructureDataSchema, data, 'rules/structure.json');
