import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/cli/index.js';

const line = (text: string | Uint8Array, number = 1) => ({ line: number, bytes: typeof text === 'string' ? Buffer.from(text) : text });

describe('parseLine', () => {
  it('takes a plain line verbatim as the text, with its line number as id', () => {
    expect(parseLine(line('  您好 ', 4), {}, 'auto')).toEqual({ type: 'message', line: 4, id: 4, text: '  您好 ', options: {} });
  });

  it('treats a line starting with "{" after white space as JSON in auto mode', () => {
    expect(parseLine(line(' {"text":"a","id":"x"}'), {}, 'auto')).toMatchObject({ type: 'message', id: 'x', text: 'a' });
  });

  it('keeps numeric ids as numbers', () => {
    expect(parseLine(line('{"id":17,"text":"a"}'), {}, 'auto')).toMatchObject({ id: 17 });
  });

  it('fills kind and sender from the defaults only where the record leaves them out', () => {
    const defaults = { kind: 'notification', sender: '10690001' } as const;
    expect(parseLine(line('hello'), defaults, 'auto')).toMatchObject({ options: { kind: 'notification', sender: '10690001' } });
    expect(parseLine(line('{"text":"a","kind":"marketing","segment":"B"}'), defaults, 'auto')).toMatchObject({
      options: { kind: 'marketing', sender: '10690001', segment: 'B' },
    });
  });

  it('calls a line of white space (including U+3000) blank', () => {
    expect(parseLine(line(' \t\u3000'), {}, 'auto')).toEqual({ type: 'blank', line: 1 });
    expect(parseLine(line(''), {}, 'jsonl')).toEqual({ type: 'blank', line: 1 });
  });

  it('reports bad JSON, a non-object, a missing or non-string text, a bad kind and an unknown key', () => {
    expect(parseLine(line('{"text":'), {}, 'auto')).toMatchObject({ type: 'malformed', error: { code: 'invalid-json' } });
    expect(parseLine(line('[1]'), {}, 'jsonl')).toMatchObject({ type: 'malformed', error: { code: 'invalid-record' } });
    expect(parseLine(line('{"id":"a"}'), {}, 'auto')).toMatchObject({ id: 'a', error: { code: 'invalid-record', problems: [{ path: 'text' }] } });
    expect(parseLine(line('{"text":["a"]}'), {}, 'auto')).toMatchObject({ error: { problems: [{ path: 'text' }] } });
    expect(parseLine(line('{"text":"a","kind":"ad"}'), {}, 'auto')).toMatchObject({ error: { problems: [{ path: 'kind' }] } });
    expect(parseLine(line('{"text":"a","__proto__":{"x":1}}'), {}, 'auto')).toMatchObject({ type: 'malformed', error: { code: 'invalid-record' } });
    // An unknown key of the record is its own path (it had an empty one).
    expect(parseLine(line('{"text":"a","sendr":"106"}'), {}, 'auto')).toMatchObject({
      error: { code: 'invalid-record', problems: [{ path: 'sendr', message: 'unknown key "sendr"' }] },
    });
  });

  it('leaves out an id that is not a string or number from a malformed record', () => {
    const parsed = parseLine(line('{"id":{"a":1}}'), {}, 'auto');
    expect(parsed.type).toBe('malformed');
    expect(parsed).not.toHaveProperty('id');
  });

  it('reports invalid UTF-8 with the offset of the first bad byte: a stray byte, a cut sequence, an encoded surrogate, an overlong form', () => {
    for (const [bytes, at] of [
      [[0x61, 0xff], 1],
      [[0xe4, 0xbd], 0],
      [[0x61, 0x62, 0xed, 0xa0, 0x80], 2],
      [[0xc0, 0xaf], 0],
    ] as const) {
      expect(parseLine(line(Uint8Array.from(bytes)), {}, 'auto')).toEqual({
        type: 'malformed',
        line: 1,
        error: { code: 'invalid-utf8', message: `the line is not valid UTF-8 (at byte ${at})` },
      });
    }
  });

  it('keeps a U+FEFF that is not at the start of the input', () => {
    expect(parseLine(line('\uFEFF您好', 2), {}, 'auto')).toMatchObject({ text: '\uFEFF您好' });
  });

  it('reports a too-long line with its size', () => {
    expect(parseLine({ line: 9, tooLong: true, byteLength: 99 }, {}, 'auto')).toMatchObject({ line: 9, error: { code: 'line-too-long' } });
  });
});
