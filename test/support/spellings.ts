import { readdirSync, readFileSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import { expect } from 'vitest';
import { normalizeText } from '../../src/index.js';

/** The terms of the shipped rule packs whose entries set `flag` (pinyin or homophone spellings). */
export function shippedTermsWith(flag: 'pinyin' | 'homophones'): string[] {
  const rulesDir = new URL('../../rules/', import.meta.url);
  return readdirSync(rulesDir)
    .map((name) => JSON.parse(readFileSync(new URL(name, rulesDir), 'utf8')) as { schema: string; entries?: { terms: string[]; pinyin?: boolean; homophones?: boolean }[] })
    .filter((pack) => pack.schema === 'sms-compliance/rule-pack@1')
    .flatMap((pack) => pack.entries!.filter((entry) => entry[flag] === true).flatMap((entry) => entry.terms));
}

/**
 * Asserts that every spelling `spell` makes of a shipped term's view is a view itself — the term index adds
 * spellings without normalising them, which is only right if so — and returns how many it checked.
 */
export function expectSpellingsOfShippedTermsToBeViews(flag: 'pinyin' | 'homophones', spell: (view: string) => readonly string[]): number {
  const terms = shippedTermsWith(flag);
  expect(terms.length).toBeGreaterThan(100);
  let checked = 0;
  for (const term of terms) {
    for (const variant of spell(normalizeText(term).text)) {
      expect(normalizeText(variant).text, `${term} → ${variant}`).toBe(variant);
      checked++;
    }
  }
  return checked;
}

/** Short texts of Han characters from the spelling tables (so spellings exist), next to everything the normaliser treats specially. */
export const spellableText = fc
  .array(fc.constantFrom(...'秒批微信加贷款最低利息黑户可套现', ...'ab9% .·*-_。，【】\u200b\u3000Ａ貸😀\u0301'), { maxLength: 12 })
  .map((units) => units.join(''));
