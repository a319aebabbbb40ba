import { once } from '../_lib/once.js';
import { createNormalizer, type Normalizer } from './createNormalizer.js';
import { traditionalToSimplified } from './traditionalTable.js';

/**
 * The normaliser of the rule packs' traditional → simplified table, shared by `normalizeText` and
 * every linter: its tables take a few milliseconds to build, so they are built once, on first use.
 *
 * @internal
 * @example
 * sharedNormalizer()('最 低 利 息').text; //=> '最低利息'
 */
export const sharedNormalizer: () => Normalizer = /* @__PURE__ */ once(() => createNormalizer(traditionalToSimplified));
