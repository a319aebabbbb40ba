import pack from '../../rules/traditional.json';

/**
 * Traditional → simplified for the characters the rule packs match on (generated from OpenCC by
 * `scripts/build-traditional-table.mjs`; the test suite checks it is current).
 *
 * @internal
 */
export const traditionalToSimplified: Readonly<Record<string, string>> = pack.characters;
