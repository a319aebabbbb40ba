import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/student-targeting.json';
import type { RuleDefinition } from '../engine/types.js';
import { ExclusionSettingsSchema, compileExclusion, isExclusion } from './_exclusion.js';
import { asPack, basisOf, reportTerm } from './_pack.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/student-targeting.json`. */
export const StudentTargetingSettingsSchema = z.strictObject(ExclusionSettingsSchema.shape);

const settings = pack.settings as z.output<typeof StudentTargetingSettingsSchema>;
const exclusion = /* @__PURE__ */ compileExclusion(settings);

/**
 * `student-targeting` — marketing loans to students (大学生, 学生, 校园, 学生证…), banned by the 2021
 * five-ministry notice. A statement that excludes students is no targeting: a student word right after a
 * negating lead ("不向在校大学生发放", "非在校学生") or right before an exclusion ("大学生除外", "学生请勿申请"),
 * with qualifiers such as 在校 or further student words in between.
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
    const matches = context.termMatches;
    for (let index = 0; index < matches.length; index++) {
      if (isExclusion(context.normalized.text, matches, index, exclusion)) continue;
      reportTerm(context, matches[index]!, pack.entries[0]!.message ?? pack.description);
    }
  },
};
