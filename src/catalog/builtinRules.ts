import { contentRules } from '../content/index.js';
import { segmentFitRule } from '../segments/segmentFitRule.js';
import { structureRules } from '../structure/rules.js';
import type { AnyRuleDefinition } from '../engine/types.js';

/**
 * Every built-in rule, in the order they run and are documented.
 *
 * @internal
 */
export const builtinRules: readonly AnyRuleDefinition[] = [...contentRules, ...structureRules, segmentFitRule];
