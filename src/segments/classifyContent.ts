import { z } from 'zod';
import { endsAt } from '../_lib/endsAt.js';
import { findDisclosures } from '../content/aprDisclosure.js';
import { parseInput } from '../errors/parseInput.js';
import { contentPhrases, contentTypesPack, type ContentPhrase } from './_contentPack.js';
import { normalizedView } from './_normalizedView.js';
import type { ContentClassification, ContentEvidence, ContentType } from './schemas.js';
import { isInsideSpans } from '../_lib/isInsideSpans.js';
import { CLAUSE_BREAKS } from '../content/_clause.js';

const TextSchema = z.string({ error: 'expected the message text as a string' });

interface Candidate {
  readonly entry: ContentPhrase;
  readonly viewStart: number;
  readonly viewEnd: number;
}

/** A disclosure opens its clause after any clause break, a colon, an enumeration comma or the signature's 】. */
const DISCLOSURE_BREAKS = `${CLAUSE_BREAKS}:、】`;

/** Whether the disclosure at `start` opens its clause, after at most one of the pack's `disclosureLeads`. */
function opensClause(view: string, start: number): boolean {
  const isBreak = (at: number) => at === 0 || DISCLOSURE_BREAKS.includes(view.charAt(at - 1));
  return isBreak(start) || contentTypesPack.scoring.disclosureLeads.some((lead) => endsAt(view, 0, start, lead) && isBreak(start - lead.length));
}

/**
 * Recognises which of the three segment content types a message is: `renewal-reminder`
 * (到期/续期…), `rate-offer` (利率/优惠…) or `process-intro` (流程/如何申请…).
 *
 * Deterministic and explainable. The phrases of `rules/content-types.json` are found in the
 * NFKC + lower-cased view of the text, except inside an APR disclosure that stands as a clause of its own
 * ("，年化利率(单利)7.2%起", "，利率3.6%（年化）"): every loan marketing message must carry one, so it is evidence of
 * no type in particular and a compliant renewal reminder is not read as a rate offer (a disclosure inside an
 * offer, "新用户专享年化利率7.2%", still counts). Overlapping matches are resolved leftmost-longest (the
 * earlier match wins; of two starting together, the longer). A type's score is the sum of the weights of the distinct phrases
 * found for it. The top type is recognised when its score reaches the pack's `minScore` and is
 * strictly higher than every other score; then
 * `confidence = (top − second) / (top + prior)` (`prior` from the pack), else `contentType` is
 * `null` and `confidence` is 0. `evidence` lists every kept match with its span in the original
 * text, ordered by `start`.
 *
 * @param text The message, signature and unsubscribe statement included.
 * @returns The content type (or `null`), the confidence in [0, 1), the scores and the evidence.
 * @throws {ComplianceConfigError} When `text` is not a string.
 *
 * @example
 * import { classifyContent } from 'sms-compliance';
 *
 * const result = classifyContent('【XX消费金融】您的借款将于12月5日到期，如需续期请登录APP。拒收请回复R');
 * result.contentType; //=> 'renewal-reminder'
 * result.confidence; //=> 0.75  (scores: renewal 3 + 3 = 6, others 0 → (6 − 0) / (6 + 2))
 * result.evidence.map((e) => [e.excerpt, e.start, e.end]); //=> [['到期', 19, 21], ['续期', 24, 26]]
 */
export function classifyContent(text: string): ContentClassification {
  const original = parseInput(TextSchema, text, 'text');
  const view = normalizedView(original);

  // See above: a disclosure that opens its clause is evidence of no type.
  const disclosures = findDisclosures(view.text).filter((apr) => opensClause(view.text, apr.viewStart));
  const candidates: Candidate[] = [];
  for (const entry of contentPhrases) {
    for (let at = view.text.indexOf(entry.phrase); at >= 0; at = view.text.indexOf(entry.phrase, at + 1)) {
      const viewEnd = at + entry.phrase.length;
      if (!isInsideSpans(disclosures, at, viewEnd)) candidates.push({ entry, viewStart: at, viewEnd });
    }
  }
  candidates.sort(
    (a, b) =>
      a.viewStart - b.viewStart || b.viewEnd - b.viewStart - (a.viewEnd - a.viewStart) || a.entry.order - b.entry.order,
  );

  const scores: Record<ContentType, number> = { 'renewal-reminder': 0, 'rate-offer': 0, 'process-intro': 0 };
  const counted = new Set<string>();
  const evidence: ContentEvidence[] = [];
  let keptEnd = 0;
  for (const candidate of candidates) {
    if (candidate.viewStart < keptEnd) continue;
    keptEnd = candidate.viewEnd;
    const { contentType, phrase, weight } = candidate.entry;
    const start = view.starts[candidate.viewStart]!;
    const end = view.ends[candidate.viewEnd - 1]!;
    evidence.push({ contentType, phrase, excerpt: original.slice(start, end), start, end, weight });
    // Repeating a phrase should not make a message look more like its type.
    if (!counted.has(phrase)) {
      counted.add(phrase);
      scores[contentType] += weight;
    }
  }

  const ranked = (Object.keys(scores) as ContentType[]).sort((a, b) => scores[b] - scores[a]);
  const top = scores[ranked[0]!];
  const second = scores[ranked[1]!];
  const recognised = top >= contentTypesPack.scoring.minScore && top > second;
  return {
    contentType: recognised ? ranked[0]! : null,
    confidence: recognised ? (top - second) / (top + contentTypesPack.scoring.prior) : 0,
    scores,
    evidence,
  };
}
