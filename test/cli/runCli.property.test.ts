import { Buffer } from 'node:buffer';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { records, run } from './_run.js';

// Lines of every kind the CLI must survive, as raw bytes (no newline inside).
const messageText = fc.stringMatching(/^[^\n\r]{1,40}$/).filter((text) => text.trim() !== '' && !text.trim().startsWith('{'));
const anyLine = fc.oneof(
  messageText.map((text) => ({ kind: 'message' as const, bytes: Buffer.from(text) })),
  fc.record({ id: fc.string({ maxLength: 5 }), text: fc.string({ maxLength: 40 }) }).map((record) => ({ kind: 'message' as const, bytes: Buffer.from(JSON.stringify(record)) })),
  fc.constantFrom('{', '{"text":1}', '{"id":"a"}', '{"text":"x","kind":"ad"}', '{"text":"x","extra":true}').map((text) => ({ kind: 'malformed' as const, bytes: Buffer.from(text) })),
  fc.constantFrom(Buffer.from([0xff]), Buffer.from([0x61, 0xe4, 0xbd]), Buffer.from([0xed, 0xa0, 0x80])).map((bytes) => ({ kind: 'malformed' as const, bytes })),
  fc.constantFrom('', ' ', '\t', '\u3000').map((text) => ({ kind: 'blank' as const, bytes: Buffer.from(text) })),
);

const SUMMARY = /^(\d+) lines? read: (\d+) ok, (\d+) failed, (\d+) malformed(?: \((\d+) blank lines? skipped\))?;/;

test.prop([fc.array(anyLine, { maxLength: 12 }), fc.boolean()], { numRuns: 60 })(
  'every non-blank line yields exactly one record, in order, and the summary reconciles',
  async (lines, crlf) => {
    const input = Buffer.concat(lines.flatMap((line) => [line.bytes, Buffer.from(crlf ? '\r\n' : '\n')]));
    const { code, stdout, stderr } = await run(['lint', '--format', 'json'], [input]);
    const out = records(stdout);
    const expectedLines = lines.flatMap((line, index) => (line.kind === 'blank' ? [] : [index + 1]));
    expect(out.map((record) => record.line)).toEqual(expectedLines);
    lines.forEach((line, index) => {
      const record = out.find((candidate) => candidate.line === index + 1);
      if (line.kind === 'malformed') expect(record).toHaveProperty('error');
      if (line.kind === 'message') expect(record).toHaveProperty('ok');
    });
    const [, read, ok, failed, malformed, blank] = SUMMARY.exec(stderr)!.map(Number);
    expect(read).toBe(ok! + failed! + malformed!);
    expect(read).toBe(out.length);
    expect(blank || 0).toBe(lines.length - out.length);
    expect(code).toBe(malformed! > 0 ? 2 : failed! > 0 ? 1 : 0);
  },
);

test.prop([fc.array(anyLine, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 })], { numRuns: 40 })(
  'the output does not depend on where the input is cut into chunks (inside a character or a CRLF)',
  async (lines, cuts) => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ...lines.flatMap((line) => [line.bytes, Buffer.from('\r\n')])]);
    const points = [...new Set(cuts.map((cut) => cut % (input.length + 1)))].sort((a, b) => a - b);
    const chunks = [0, ...points].map((start, index, all) => input.subarray(start, all[index + 1] ?? input.length));
    const whole = await run(['lint', '--format', 'json'], [input]);
    const cut = await run(['lint', '--format', 'json'], chunks);
    expect(cut).toEqual(whole);
  },
);
