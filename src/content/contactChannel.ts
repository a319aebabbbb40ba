import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/contact-channel.json';
import type { RuleDefinition } from '../engine/types.js';
import { hasUnit } from '../_lib/hasUnit.js';
import { endsWithAny } from '../_lib/endsAt.js';
import { asPack, basisOf, fill, reportTerm } from './_pack.js';
import { isPrintableAscii, linkPathSpans } from './link.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/contact-channel.json`. */
export const ContactChannelSettingsSchema = z.strictObject({
  mobileMessage: z.string().min(1),
  /** Words that name the number that follows as a reference (合同编号, 保单号): eleven digits there are no phone. */
  referenceLeads: z.array(z.string().min(1)),
});

const settings = pack.settings as z.output<typeof ContactChannelSettingsSchema>;

// A mainland mobile number, optionally +86-prefixed and grouped 3-4-4 (by "-", "." or a space); not part
// of a longer digit run.
// Eleven digits, 1[3-9] first, grouped any way ("138-1234-5678", "1381-234-5678", "138~1234~5678"): the view keeps
// hyphens and tildes between numbers, and a separator between any two digits is still one number.
const MOBILE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9](?:[-.~ —–]?[0-9]){9}(?![0-9])/g;
// The part of MOBILE every match contains, without the look-arounds: a cheap test before the scan.
const MOBILE_CORE = /1[3-9](?:[-.~ —–]?[0-9]){9}/;

/**
 * `contact-channel` — contact details carriers reject: WeChat/QQ/group invitations (and their
 * variant spellings) and personal mobile numbers. Landlines, 400 and 95xxx numbers pass.
 */
export const contactChannelRule: RuleDefinition = {
  id: 'contact-channel',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#contact-channel',
    terms: pack.entries,
    allow: pack.allow.map((allow) => allow.phrase),
    // Every mobile number MOBILE can match has "1[3-9]"; without one only its terms can fire.
    triggers: ['13', '14', '15', '16', '17', '18', '19'],
  },
  check(context) {
    const view = context.normalized.text;
    // "wx" in "m.xxbank.com/wx/loan" names a folder, not an account; in a host ("wx.qq.com") it still counts.
    // Matches and paths are both in text order: one sweep.
    let paths: readonly { start: number; end: number }[] | undefined;
    let path = 0;
    for (const match of context.termMatches) {
      if (isPrintableAscii(view.charCodeAt(match.viewStart))) {
        paths ??= linkPathSpans(view);
        while (path < paths.length && paths[path]!.end <= match.viewStart) path++;
        if (path < paths.length && paths[path]!.start <= match.viewStart) continue;
      }
      reportTerm(context, match, pack.entries[0]!.message ?? pack.description);
    }
    if (!MOBILE_CORE.test(view)) return;
    for (const found of view.matchAll(MOBILE)) {
      if (isReference(view, found.index)) continue;
      const { start, end } = context.toOriginal(found.index, found.index + found[0].length);
      context.report({ start, end, message: fill(settings.mobileMessage, { excerpt: context.text.slice(start, end) }) });
    }
  },
};

// A reference code may have a letter prefix ("P13912345678") and a 为, 是 or colon after its name.
const REFERENCE_LINKS = /* @__PURE__ */ new Set(['为', '是', ':', '：']);
const CODE_JOINS = '-~—–_/';

function isCodeUnit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 97 && code <= 122);
}

/**
 * Whether the number at `at` of the view is a reference rather than a phone: it carries a Latin prefix
 * ("保单号P139…", an ID no one dials), or it follows a reference word ("合同编号为150…").
 */
function isReference(view: string, at: number): boolean {
  const code = view.charCodeAt(at - 1);
  if (code >= 97 && code <= 122) return true;
  // The tail of a longer code: "20261205-15912345678", "JK-2026-13900001234".
  if (hasUnit(CODE_JOINS, code) && isCodeUnit(view.charCodeAt(at - 2))) return true;
  const before = REFERENCE_LINKS.has(view.charAt(at - 1)) ? at - 1 : at;
  return endsWithAny(view, 0, before, settings.referenceLeads);
}
