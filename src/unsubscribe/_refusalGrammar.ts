import type { ReplyVocabulary } from './_replyVocabulary.js';

/** One slot of the grammar: a word list that must occur between `min` and `max` times in a row. */
interface Slot {
  readonly words: readonly string[];
  readonly min: 0 | 1;
  readonly max: number;
}

/**
 * Whether the whole of `clause` is a sequence of the slots. Runs as a set of reachable positions (an NFA
 * walk), so overlapping words ("我" / "我要") cost nothing extra and nothing can backtrack: the work is
 * bounded by clause length × words × repetitions.
 */
function matchesSlots(clause: string, slots: readonly Slot[]): boolean {
  let positions = new Set<number>([0]);
  for (const slot of slots) {
    const reached = new Set<number>(slot.min === 0 ? positions : []);
    let frontier = positions;
    for (let repeat = 1; repeat <= slot.max && frontier.size > 0; repeat += 1) {
      const next = new Set<number>();
      for (const position of frontier) {
        for (const word of slot.words) {
          if (clause.startsWith(word, position)) next.add(position + word.length);
        }
      }
      for (const position of next) reached.add(position);
      frontier = next;
    }
    if (reached.size === 0) return false;
    positions = reached;
  }
  return positions.has(clause.length);
}

/**
 * Whether a squeezed clause states a refusal: returns the clause when it is a NEGATOR … VERB … phrase or
 * a multi-letter unsubscribe keyword wrapped in polite words, the `contains` token it holds (unless a
 * `notRefusal` phrase such as 不退订 is present), or `undefined`.
 *
 * @internal
 */
export function refusalIn(clause: string, vocabulary: ReplyVocabulary): string | undefined {
  if (clause === '') return undefined;
  const lead: Slot = { words: vocabulary.lead, min: 0, max: 4 };
  const tail: Slot = { words: vocabulary.tails, min: 0, max: 4 };
  const optional = (words: readonly string[]): Slot => ({ words, min: 0, max: 1 });
  const grammar: readonly Slot[] = [
    lead,
    { words: vocabulary.negators, min: 1, max: 1 },
    optional(vocabulary.again),
    optional(vocabulary.targets),
    { words: vocabulary.verbs, min: 1, max: 1 },
    optional(vocabulary.targets),
    optional(vocabulary.determiners),
    optional(vocabulary.objects),
    optional(vocabulary.targets),
    tail,
  ];
  if (matchesSlots(clause, grammar)) return clause;
  // "没兴趣别发了", "我不需要贷款别再发了": other words open the clause with no punctuation between. The grammar
  // is tried again from each negator on (replies are short; each try is linear in the clause).
  const fromNegator = grammar.slice(1);
  for (let at = 1; at < clause.length; at++) {
    const negator = vocabulary.negators.find((word) => clause.startsWith(word, at));
    if (negator === undefined) continue;
    // 特别发了 holds no 别发了: the negator ends a word of its own.
    const upTo = clause.slice(0, at + negator.length);
    if (vocabulary.notNegators.some((word) => upTo.endsWith(word))) continue;
    if (matchesSlots(clause.slice(at), fromNegator)) return clause.slice(at);
  }
  if (matchesSlots(clause, [lead, { words: vocabulary.wrappableRefusals, min: 1, max: 1 }, tail])) return clause;
  if (vocabulary.notRefusal.some((phrase) => clause.includes(phrase))) return undefined;
  return vocabulary.contains.find((token) => clause.includes(token));
}
