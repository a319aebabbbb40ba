import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fmix32, fnv1a32, stableHash32 } from '../../src/campaign/_hash.js';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

describe('stableHash32 (internal)', () => {
  it('uses FNV-1a with the published test vectors', () => {
    // Test vectors from the FNV reference suite (Fowler/Noll/Vo): "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(fnv1a32(utf8(''))).toBe(0x811c9dc5);
    expect(fnv1a32(utf8('a'))).toBe(0xe40c292c);
    expect(fnv1a32(utf8('foobar'))).toBe(0xbf9cf968);
  });

  it('matches an independent implementation on golden vectors', () => {
    // Computed with a separate Python implementation of FNV-1a + fmix32 over UTF-8 bytes
    // (arbitrary-precision integers masked to 32 bits), so a change of engine or encoding shows.
    expect(stableHash32('send-time-2026-12:13800000000')).toBe(934_272_429);
    expect(stableHash32('实验:客户-1')).toBe(4_093_737_031);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('equals fmix32(FNV-1a(UTF-8 bytes)) for any string, lone surrogates included', (text) => {
    expect(stableHash32(text)).toBe(fmix32(fnv1a32(utf8(text))));
  });

  test.prop([fc.string({ maxLength: 40 })])('returns an unsigned 32-bit integer', (text) => {
    const hash = stableHash32(text);
    expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true);
  });
});
