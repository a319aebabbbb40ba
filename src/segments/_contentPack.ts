import data from '../../rules/content-types.json';
import { parseInput } from '../errors/parseInput.js';
import { ContentTypesPackSchema, type ContentType, type ContentTypesPack } from './schemas.js';

/**
 * One phrase of the pack, flattened for matching.
 *
 * @internal
 */
export interface ContentPhrase {
  readonly contentType: ContentType;
  readonly phrase: string;
  readonly weight: number;
  /** Position in the pack, the last tie-breaker so matching never depends on engine sort details. */
  readonly order: number;
}

/**
 * `rules/content-types.json`, validated once at load: a broken pack fails loudly with the path
 * of the bad entry instead of silently classifying nothing.
 *
 * @internal
 */
export const contentTypesPack: ContentTypesPack = parseInput(ContentTypesPackSchema, data, 'rules/content-types.json');

/**
 * Every phrase of the pack with its content type, in pack order.
 *
 * @internal
 */
export const contentPhrases: readonly ContentPhrase[] = flatten(contentTypesPack);

function flatten(pack: ContentTypesPack): ContentPhrase[] {
  const out: ContentPhrase[] = [];
  for (const [contentType, entry] of Object.entries(pack.contentTypes) as [ContentType, ContentTypesPack['contentTypes'][ContentType]][]) {
    for (const { phrase, weight } of entry.phrases) out.push({ contentType, phrase, weight, order: out.length });
  }
  return out;
}
