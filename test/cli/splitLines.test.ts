import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { splitLines, type RawLine } from '../../src/cli/index.js';

async function collect(chunks: (string | Uint8Array)[], max = 1024): Promise<RawLine[]> {
  const out: RawLine[] = [];
  for await (const batch of splitLines(Readable.from(chunks), max)) out.push(...batch);
  return out;
}
const texts = (lines: RawLine[]): (string | null)[] =>
  lines.map((line) => ('bytes' in line ? Buffer.from(line.bytes).toString('utf8') : null));

describe('splitLines', () => {
  it('splits on LF, drops one CR before it, and keeps a last line without a newline', async () => {
    expect(texts(await collect(['a\r\nb\n\nc\r\r\nd']))).toEqual(['a', 'b', '', 'c\r', 'd']);
  });

  it('numbers lines from 1, counting empty ones', async () => {
    expect((await collect(['x\n\ny\n'])).map((line) => line.line)).toEqual([1, 2, 3]);
  });

  it('yields nothing for an empty input and no extra line after a final newline', async () => {
    expect(await collect([])).toEqual([]);
    expect(texts(await collect(['a\n']))).toEqual(['a']);
  });

  it('drops a BOM only at the start of the stream, even when it is split across chunks', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const lines = await collect([bom.subarray(0, 1), Buffer.concat([bom.subarray(1), Buffer.from('a\n')]), Buffer.concat([bom, Buffer.from('b')])]);
    expect(texts(lines)).toEqual(['a', '\uFEFFb']);
  });

  it('joins a line that spans many chunks, and a CRLF cut between chunks', async () => {
    expect(texts(await collect(['ab', 'cd\r', '\nef']))).toEqual(['abcd', 'ef']);
  });

  it('replaces a line longer than the limit by its length, without keeping it, and goes on', async () => {
    const lines = await collect(['x'.repeat(5), 'x'.repeat(6), '\nok\n', 'y'.repeat(12)], 10);
    expect(lines.map((line) => ('tooLong' in line ? line.byteLength : 'kept'))).toEqual([11, 'kept', 12]);
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3]);
    expect(texts(lines)[1]).toBe('ok');
  });

  it('accepts a line of exactly the limit, with or without a CR', async () => {
    expect(texts(await collect(['0123456789\r\n0123456789\n'], 10))).toEqual(['0123456789', '0123456789']);
    expect(await collect(['01234567890\n'], 10)).toEqual([{ line: 1, tooLong: true, byteLength: 11 }]);
  });
});

test.prop([fc.array(fc.stringMatching(/^[^\r\n]*$/), { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 5 })])(
  'splitLines gives back the lines that were joined, wherever the bytes are cut',
  async (lines, cuts) => {
    const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(''));
    const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
    const chunks = [0, ...points].map((start, index, all) => bytes.subarray(start, all[index + 1] ?? bytes.length));
    const expected = lines.map((line, index) => (index === 0 ? line.replace(/^\uFEFF/, '') : line));
    expect(texts(await collect(chunks, 1 << 20))).toEqual(expected);
  },
);
