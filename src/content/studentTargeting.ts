import packJson from '../../rules/student-targeting.json';
import type { RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, reportTerm } from './_pack.js';

const pack = asPack(packJson);

/**
 * `student-targeting` — marketing loans to students (大学生, 学生, 校园, 学生证…), banned by the 2021
 * five-ministry notice. Statements that exclude students ("不向在校学生提供") are allow-listed.
 */
export const studentTargetingRule: RuleDefinition = {
  id: 'student-targeting',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#student-targeting',
    kinds: ['marketing'],
    terms: pack.entries,
    allow: pack.allow.map((allow) => allow.phrase),
    // Reports term matches only: a message without one has nothing for it.
    triggers: [],
  },
  check(context) {
    for (const match of context.termMatches) reportTerm(context, match, pack.entries[0]!.message ?? pack.description);
  },
};
