import { describe, expect, it } from 'vitest';
import data from '../../rules/reply-keywords.json';
import { ReplyKeywordsSchema } from '../../src/unsubscribe/schemas.js';

describe('rules/reply-keywords.json', () => {
  it('parses against ReplyKeywordsSchema', () => {
    expect(ReplyKeywordsSchema.safeParse(data).success).toBe(true);
  });

  it('carries every keyword the issue requires', () => {
    const parsed = ReplyKeywordsSchema.parse(data);
    const words = (intent: string) => parsed.keywords.filter((entry) => entry.intent === intent).flatMap((entry) => entry.words);
    expect(words('unsubscribe')).toEqual(
      expect.arrayContaining(['R', 'T', 'TD', 'N', '退订', '拒收', '取消订阅', 'STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT', 'OPT OUT']),
    );
    expect(words('help')).toEqual(expect.arrayContaining(['HELP', 'INFO', '帮助']));
    expect(words('resubscribe')).toEqual(expect.arrayContaining(['START', 'UNSTOP']));
  });

  it('lists no word under two intents', () => {
    const parsed = ReplyKeywordsSchema.parse(data);
    const seen = new Map<string, string>();
    for (const entry of parsed.keywords) {
      for (const word of entry.words) {
        const key = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        expect(seen.get(key) ?? entry.intent).toBe(entry.intent);
        seen.set(key, entry.intent);
      }
    }
  });

  it('rejects a keyword list that cites an unknown source', () => {
    const broken = structuredClone(data) as { keywords: { source: string }[] };
    broken.keywords[0]!.source = 'nowhere';
    const result = ReplyKeywordsSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['keywords', 0, 'source']);
  });
});
