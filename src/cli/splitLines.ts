import { Buffer } from 'node:buffer';

/** One physical input line, without its line terminator (and without the BOM on line 1). */
export type RawLine =
  | { readonly line: number; readonly bytes: Uint8Array }
  | { readonly line: number; readonly tooLong: true; readonly byteLength: number };

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines, one batch per incoming chunk, without ever holding more than
 * one line (and one chunk) in memory. Works on bytes rather than decoded text so that a line can
 * later be decoded strictly: `readline` would already have replaced invalid UTF-8 with U+FFFD,
 * which cannot be told apart from a genuine U+FFFD in the input.
 *
 * Lines end at `\n`; one `\r` before it is dropped (CRLF input). A UTF-8 BOM at the very start of
 * the stream is dropped. A last line without a newline is still a line. A line longer than
 * `maxLineBytes` is not kept: its bytes are counted and skipped up to the next newline.
 *
 * @example
 * import { Readable } from 'node:stream';
 * import { splitLines } from './splitLines.js';
 *
 * for await (const batch of splitLines(Readable.from([Buffer.from('a\r\nb')]), 1024)) {
 *   batch.map((raw) => raw.line); //=> [1, 2]
 * }
 */
export async function* splitLines(
  source: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<RawLine[], void, undefined> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let line = 0;

  const append = (bytes: Uint8Array): void => {
    if (bytes.length === 0) return;
    length += bytes.length;
    if (tooLong) return;
    if (length > maxLineBytes + 1) {
      // +1: the CR of a CRLF ending is not part of the line.
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(bytes);
  };

  const finish = (): RawLine => {
    line += 1;
    let result: RawLine;
    if (tooLong) {
      result = { line, tooLong: true, byteLength: length };
    } else {
      let bytes: Uint8Array = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
      if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      result = bytes.length > maxLineBytes ? { line, tooLong: true, byteLength: bytes.length } : { line, bytes };
    }
    parts = [];
    length = 0;
    tooLong = false;
    return result;
  };

  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const batch: RawLine[] = [];
    let position = 0;
    while (position < bytes.length) {
      const newline = bytes.indexOf(LF, position);
      if (newline === -1) {
        append(bytes.subarray(position));
        break;
      }
      append(bytes.subarray(position, newline));
      batch.push(finish());
      position = newline + 1;
    }
    if (batch.length > 0) yield batch;
  }
  if (length > 0 || tooLong) yield [finish()];
}
