import { z } from 'zod';
import { parseInput } from '../errors/parseInput.js';
import { refusalIn } from './_refusalGrammar.js';
import { foldReply, replyVocabulary, squeeze, type KeywordHit, type ReplyVocabulary } from './_replyVocabulary.js';
import { ParseReplyOptionsSchema, type ParsedReply, type ParseReplyOptions } from './schemas.js';

const TextSchema = z.string({ error: 'expected the reply text as a string' });

/**
 * Classifies an inbound reply: did the person unsubscribe, re-subscribe, ask for help, pick an offered
 * option, or something else?
 *
 * The reply is folded with NFKC and lower-cased; surrounding punctuation and whitespace do not matter
 * (`Ｔ`, ` td。`, `退订！`, `stop.`). Keywords: R, T, TD, N, 退订, 拒收, 取消订阅 and the US set STOP,
 * STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT, OPT OUT; help HELP, INFO, 帮助; re-subscribe
 * START, UNSTOP. A refusal stated in words also counts, in any clause of the reply ("好的，以后别再给我发短信了"),
 * recognised by a small grammar whose word lists live in `rules/reply-keywords.json` — a negator must be
 * followed by a sending verb, so "我不要利息太高的" or "不要发票" stay `other`. A refusal always wins over
 * an offered option. `回复2` / `2` is an `option` only when `options.offered` lists `2`.
 *
 * @param text - The reply as received.
 * @param options - `{ offered? }`: the reply options the message offered.
 * @returns `{ intent, keyword?, option? }`.
 * @throws {ComplianceConfigError} When `text` is not a string or `options` is invalid.
 *
 * @example
 * import { parseReply } from 'sms-compliance';
 *
 * parseReply(' td。');
 * //=> { intent: 'unsubscribe', keyword: 'TD' }
 * parseReply('别再给我发短信了！');
 * //=> { intent: 'unsubscribe', keyword: '别再给我发短信了' }
 * parseReply('我不要利息太高的');
 * //=> { intent: 'other' }
 * parseReply('回复２', { offered: ['1', '2'] });
 * //=> { intent: 'option', option: '2' }
 */
export function parseReply(text: string, options?: ParseReplyOptions): ParsedReply {
  const reply = parseInput(TextSchema, text, 'text');
  const { offered } = parseInput(ParseReplyOptionsSchema, options ?? {}, 'options');
  const vocabulary = replyVocabulary();

  const folded = foldReply(reply);
  const whole = squeeze(folded);
  const prefix = vocabulary.optionPrefixes.find((candidate) => whole.startsWith(candidate) && whole.length > candidate.length);
  const afterPrefix = prefix === undefined ? whole : whole.slice(prefix.length);

  const hit = vocabulary.keywords.get(whole) ?? vocabulary.keywords.get(afterPrefix) ?? politeKeyword(folded, vocabulary);
  if (hit?.intent === 'unsubscribe') return { intent: 'unsubscribe', keyword: hit.keyword };

  // Punctuation separates clauses; each clause is matched on its letters and digits only.
  for (const clause of folded.split(/\p{P}+/u)) {
    const refusal = refusalIn(squeeze(clause), vocabulary);
    if (refusal !== undefined) return { intent: 'unsubscribe', keyword: refusal };
  }

  if (hit !== undefined) return { intent: hit.intent, keyword: hit.keyword };
  const option = offered.find((candidate) => {
    const key = squeeze(foldReply(candidate));
    return key !== '' && (key === whole || key === afterPrefix);
  });
  return option === undefined ? { intent: 'other' } : { intent: 'option', option };
}

/**
 * The unsubscribe keyword of a reply made of one keyword and polite words only ("T，谢谢", "R 谢谢", "谢谢！TD"): a
 * one-letter keyword is no keyword inside other words ("T恤"), but with nothing else around it, it is the answer.
 */
function politeKeyword(folded: string, vocabulary: ReplyVocabulary): KeywordHit | undefined {
  const tokens = folded.split(/[\p{P}\p{Z}\s]+/u).map(squeeze).filter(Boolean);
  if (tokens.length < 2) return undefined;
  let found: KeywordHit | undefined;
  for (const token of tokens) {
    const hit = vocabulary.keywords.get(token);
    if (hit?.intent === 'unsubscribe' && found === undefined) found = hit;
    else if (!vocabulary.tails.includes(token)) return undefined;
  }
  return found;
}
