import data from '../../rules/reply-keywords.json';
import { once } from '../_lib/once.js';
import { ReplyKeywordsSchema } from './schemas.js';

/**
 * Folds a reply (or a data word) for matching: NFKC (full-width → half-width, ① → 1), lower case, and
 * apostrophes dropped so `don't` reads as `dont`.
 *
 * @internal
 */
export function foldReply(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/['\u2018\u2019`]/gu, '');
}

/**
 * Keeps only letters and digits: whitespace, punctuation, symbols and emoji are noise inside a clause.
 *
 * @internal
 */
export function squeeze(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** @internal */
export interface KeywordHit {
  readonly intent: 'unsubscribe' | 'resubscribe' | 'help';
  /** The word as written in the data. */
  readonly keyword: string;
}

/** @internal */
export interface ReplyVocabulary {
  /** Squeezed keyword → what it means. */
  readonly keywords: ReadonlyMap<string, KeywordHit>;
  /** Squeezed unsubscribe keywords of two or more characters, which may be wrapped in lead/tail words. */
  readonly wrappableRefusals: readonly string[];
  readonly optionPrefixes: readonly string[];
  readonly lead: readonly string[];
  readonly negators: readonly string[];
  readonly again: readonly string[];
  readonly targets: readonly string[];
  readonly verbs: readonly string[];
  readonly determiners: readonly string[];
  readonly objects: readonly string[];
  readonly tails: readonly string[];
  readonly contains: readonly string[];
  readonly notRefusal: readonly string[];
  readonly notNegators: readonly string[];
}

/**
 * The parsed, folded vocabulary of `rules/reply-keywords.json`, built on first use (not at import, so
 * importing the library stays free of work).
 *
 * @internal
 */
export const replyVocabulary: () => ReplyVocabulary = /* @__PURE__ */ once(buildReplyVocabulary);

function buildReplyVocabulary(): ReplyVocabulary {
  const parsed = ReplyKeywordsSchema.parse(data);
  const fold = (words: readonly string[]) => [...new Set(words.map((word) => squeeze(foldReply(word))))].filter(Boolean);
  const keywords = new Map<string, KeywordHit>();
  for (const entry of parsed.keywords) {
    for (const word of entry.words) {
      const key = squeeze(foldReply(word));
      // The first listing wins, and unsubscribe lists come first: a refusal is never downgraded.
      if (!keywords.has(key)) keywords.set(key, { intent: entry.intent, keyword: word });
    }
  }
  const refusal = parsed.refusal;
  return {
    keywords,
    wrappableRefusals: [...keywords].filter(([key, hit]) => hit.intent === 'unsubscribe' && key.length >= 2).map(([key]) => key),
    optionPrefixes: fold(parsed.optionPrefixes),
    lead: fold(refusal.lead),
    negators: fold(refusal.negators),
    again: fold(refusal.again),
    targets: fold(refusal.targets),
    verbs: fold(refusal.verbs),
    determiners: fold(refusal.determiners),
    objects: fold(refusal.objects),
    tails: fold(refusal.tails),
    contains: fold(refusal.contains),
    notRefusal: fold(refusal.notRefusal),
    notNegators: fold(refusal.notNegators),
  };
}
