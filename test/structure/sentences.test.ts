// The anti-fraud tips and mandatory disclosures are the sentences (tips) and clauses (disclosures)
// that contain one of their phrases whole, outside the layers found before them. The recogniser
// finds them by widening each phrase occurrence to its sentence; this restates the definition —
// split the text at every end and every unit of an earlier layer, keep the pieces holding a phrase —
// and holds the recogniser to it on fuzzed messages.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { recognize, type Span } from '../../src/structure/_recognize.js';
import { structureData, tipPhrases } from '../../src/structure/_data.js';

const SENTENCE_ENDS = '。！？!?；;\n\u0000';
const CLAUSE_ENDS = `${SENTENCE_ENDS}，, \t\u3000★☆☞→●◆■▲※|`;
const SEPARATOR = /[\s\p{Z}，,。.！!？?；;：:、]/u;

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && SEPARATOR.test(text[s]!)) s++;
  while (e > s && SEPARATOR.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

/**
 * The pieces of `text` between ends and masked units that contain one of `phrases` whole. Each piece's lead — the
 * text before its first phrase, or before that phrase's clause when `ends` are sentence ends — goes to `leads`.
 */
function sentencesWith(text: string, masked: boolean[], ends: string, phrases: readonly string[], leads: Span[]): Span[] {
  const found: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !masked[i] && !ends.includes(text[i]!)) continue;
    const piece = text.slice(start, i);
    const first = Math.min(...phrases.map((phrase) => piece.indexOf(phrase)).filter((at) => at >= 0));
    if (Number.isFinite(first)) {
      const span = trimmed(text, start, i);
      if (span) found.push(span);
      let leadEnd = start + first;
      if (ends === SENTENCE_ENDS) while (leadEnd > start && !CLAUSE_ENDS.includes(text[leadEnd - 1]!)) leadEnd--;
      const lead = trimmed(text, start, leadEnd);
      if (lead) leads.push(lead);
    }
    start = i + 1;
  }
  return found;
}

/** The unmasked stretches, trimmed, a leading salutation dropped, those with a letter or digit. */
function leftovers(text: string, masked: boolean[]): Span[] {
  const chunks: Span[] = [];
  for (let i = 0; i < text.length; ) {
    if (masked[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !masked[j]) j++;
    const span = withoutSalutations(text, trimmed(text, i, j));
    if (span && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) chunks.push(span);
    i = j;
  }
  return chunks;
}

/** Up to three greetings off the front: a clause of at most maxChars ended by ，！： that opens or closes like one, or a listed phrase. */
function withoutSalutations(text: string, span: Span | null): Span | null {
  const { phrases, openers, closers, maxChars } = structureData.salutations;
  const clause = new RegExp(`^([^，！：,!:]{1,${maxChars}})[，！：,!:]`);
  for (let round = 0; span && round < 3; round++) {
    const piece = text.slice(span.start, span.end);
    const greeting = clause.exec(piece);
    if (greeting && (openers.some((word) => greeting[1]!.startsWith(word)) || closers.some((word) => greeting[1]!.endsWith(word)))) {
      span = trimmed(text, span.start + greeting[0].length, span.end);
      continue;
    }
    const phrase = phrases.find((candidate) => piece.startsWith(candidate));
    if (!phrase) break;
    span = trimmed(text, span.start + phrase.length, span.end);
  }
  return span;
}

function maskOf(length: number, spans: readonly (Span | null)[]): boolean[] {
  const masked = new Array<boolean>(length).fill(false);
  for (const span of spans) if (span) for (let i = span.start; i < span.end; i++) masked[i] = true;
  return masked;
}

const PIECES = [
  ...tipPhrases,
  ...structureData.disclosures.phrases,
  ...structureData.contacts.phrases,
  '【XX银行】', '【', '】', '。', '，', ' ', '！', '\n', '\u0000', '★', '|', '您好', '额度已提升', '年化', '利率7.2%',
  '回复1了解', '回复2预约', '拒收请回复R', '回T退订', '拒收', '谨防', '诈骗', '以审批', '为准',
  '张先生', '尊敬的', '：', ',', '亲爱的客户', 'https://m.x.cn/a', 'www.', ' ',
];
const messages = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));

/** A signature that ends the text (up to 16 units of whitespace after it) when none opens it: 后置签名. */
function trailingSignatureOf(text: string, opensWithSignature: boolean): Span | null {
  if (opensWithSignature) return null;
  const found = /【[^【】\r\n]{1,30}】[ \t\r\n\u3000]{0,16}$/.exec(text);
  if (found === null || found.index === 0) return null;
  return { start: found.index, end: found.index + found[0].indexOf('】') + 1 };
}

function expectDefinition(text: string): number {
  const found = recognize(text);
  const trailing = trailingSignatureOf(text, found.identity !== null || found.unclosedSignature);
  expect(found.trailingSignature === null ? null : { start: found.trailingSignature.start, end: found.trailingSignature.end }).toEqual(trailing);
  const layers = [found.identity, trailing, ...found.unsubscribes, found.interaction];
  const leads: Span[] = [];
  const tips = sentencesWith(text, maskOf(text.length, layers), SENTENCE_ENDS, tipPhrases, leads);
  expect(found.tips).toEqual(tips);
  // Disclosures are looked for outside the tips too; what is left of the text is the chunks.
  const disclosures = sentencesWith(text, maskOf(text.length, [...layers, ...tips]), CLAUSE_ENDS, [...structureData.disclosures.phrases, ...structureData.contacts.phrases], leads);
  const rest = maskOf(text.length, [...layers, ...tips, ...disclosures]);
  let chunks = leftovers(text, rest);
  // With no chunk before the reply options, the leads of tips and disclosures before the first chunk come first.
  const first = chunks[0];
  if (first === undefined || (found.interaction !== null && first.start > found.interaction.start)) {
    const offers = leads
      .map((lead) => withoutSalutations(text, lead))
      .filter((lead): lead is Span => lead !== null && lead.start < (first?.start ?? text.length) && /[\p{L}\p{N}]/u.test(text.slice(lead.start, lead.end)))
      .sort((a, b) => a.start - b.start);
    chunks = [...offers, ...chunks];
  }
  // A link in the feature is cut out: the feature is the text before it, else the text after it.
  const feature = chunks[0];
  if (feature !== undefined) {
    const piece = text.slice(feature.start, feature.end);
    const at = Math.min(...structureData.feature.links.map((marker) => piece.indexOf(marker)).filter((index) => index >= 0));
    if (Number.isFinite(at)) {
      const linkEnd = feature.start + at + (/^[\x21-\x7e]*/.exec(piece.slice(at))?.[0].length ?? 0);
      const hasWord = (span: Span | null): span is Span => span !== null && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end));
      // The clause that leads into the link goes with it.
      let clauseStart = feature.start + at;
      while (clauseStart > feature.start && !CLAUSE_ENDS.includes(text[clauseStart - 1]!)) clauseStart--;
      const before = trimmed(text, feature.start, clauseStart > feature.start ? clauseStart - 1 : feature.start + at);
      const after = trimmed(text, linkEnd, feature.end);
      const rest = hasWord(before) ? before : hasWord(after) ? after : null;
      chunks = rest === null ? chunks.slice(1) : [rest, ...chunks.slice(1)];
    }
  }
  // The recogniser reads only as far as the feature: the first chunk is what the definition pins down.
  expect(found.chunks.slice(0, 1).map(({ start, end }) => ({ start, end }))).toEqual(chunks.slice(0, 1));
  return tips.length + disclosures.length;
}

describe('recognize: tips and disclosures are the sentences and clauses that hold their phrases', () => {
  test.prop([messages], { numRuns: 4000 })('on fuzzed messages', (text) => {
    expectDefinition(text);
  });

  it('on the benchmark corpus, where most messages have both (the comparison is not vacuous)', async () => {
    const { makeCorpus } = await import('../../bench/corpus.mjs');
    let found = 0;
    for (const text of makeCorpus(2_000).messages) found += expectDefinition(text);
    expect(found).toBeGreaterThan(2_000);
  });

  // Found by the property above: the closer of a salutation must lie inside the clause. Here the chunk is
  // "好，额度已提升" (the "您" before it belongs to the reply option), so "您好" is no greeting of it.
  it('does not read a closer that starts before the chunk', () => {
    const text = '回复2预约额度已提升警惕诈骗您好，额度已提升';
    expectDefinition(text);
    expect(recognize(text).chunks.map(({ start, end }) => ({ start, end }))).toEqual([{ start: 15, end: 22 }]);
  });

  it('does not count a phrase that runs across a sentence end', () => {
    const [tip] = tipPhrases;
    const split = `${tip!.slice(0, 2)}。${tip!.slice(2)}`;
    expect(recognize(`【XX银行】${split}`).tips).toEqual([]);
  });
});
