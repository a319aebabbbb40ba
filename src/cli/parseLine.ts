import { ComplianceConfigError } from '../errors/ComplianceConfigError.js';
import { parseInput } from '../errors/parseInput.js';
import type { LintOptions } from '../engine/schemas.js';
import type { MessageKind } from '../engine/types.js';
import type { RawLine } from './splitLines.js';
import { MessageIdSchema, MessageRecordSchema, type LineError } from './schemas.js';

/** How lines are read: `auto` treats a line starting with `{` (after white space) as JSON. */
export type InputMode = 'auto' | 'text' | 'jsonl';

/** Defaults for lines that do not set their own `kind` / `sender` (from `--kind`, `--sender`). */
export interface LineDefaults {
  readonly kind?: MessageKind | undefined;
  readonly sender?: string | undefined;
}

/** What one input line turned out to be. */
export type ParsedLine =
  | { readonly type: 'blank'; readonly line: number }
  | { readonly type: 'message'; readonly line: number; readonly id: string | number; readonly text: string; readonly options: LintOptions }
  | { readonly type: 'malformed'; readonly line: number; readonly id?: string | number; readonly error: LineError };

// fatal: invalid UTF-8 throws instead of silently becoming U+FFFD; ignoreBOM: a U+FEFF inside the
// input stays (the BOM of line 1 was already removed as bytes).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes and classifies one input line: blank, a message to lint (plain text or a JSONL record,
 * with `--kind`/`--sender` filling what the record leaves out) or malformed, with the reason.
 * Never throws: every line gets a verdict.
 *
 * @example
 * import { parseLine } from './parseLine.js';
 *
 * parseLine({ line: 3, bytes: Buffer.from('{"id":"a","text":"你好","kind":"notification"}') }, {}, 'auto');
 * //=> { type: 'message', line: 3, id: 'a', text: '你好', options: { kind: 'notification' } }
 * parseLine({ line: 4, bytes: Buffer.from('{"id":"b"}') }, {}, 'auto').type; //=> 'malformed'
 * parseLine({ line: 5, bytes: Buffer.from('  ') }, {}, 'auto').type; //=> 'blank'
 */
export function parseLine(raw: RawLine, defaults: LineDefaults, mode: InputMode): ParsedLine {
  const { line } = raw;
  if ('tooLong' in raw) {
    return { type: 'malformed', line, error: { code: 'line-too-long', message: `the line is ${raw.byteLength} bytes long, more than this tool reads in one line` } };
  }
  let text: string;
  try {
    text = decoder.decode(raw.bytes);
  } catch {
    return { type: 'malformed', line, error: { code: 'invalid-utf8', message: `the line is not valid UTF-8 (at byte ${firstInvalidByte(raw.bytes)})` } };
  }
  const trimmed = text.trim();
  if (trimmed === '') return { type: 'blank', line };
  const isJson = mode === 'jsonl' || (mode === 'auto' && trimmed.startsWith('{'));
  if (!isJson) return { type: 'message', line, id: line, text, options: optionsFrom(defaults, {}) };

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { type: 'malformed', line, error: { code: 'invalid-json', message: error instanceof Error ? error.message : 'invalid JSON' } };
  }
  const id = recoverId(value);
  try {
    const record = parseInput(MessageRecordSchema, value, '');
    return { type: 'message', line, id: record.id ?? line, text: record.text, options: optionsFrom(defaults, record) };
  } catch (error) {
    const problems = error instanceof ComplianceConfigError ? error.problems : [{ path: '', message: String(error) }];
    return {
      type: 'malformed',
      line,
      ...(id === undefined ? {} : { id }),
      error: { code: 'invalid-record', message: error instanceof Error ? error.message : String(error), problems },
    };
  }
}

function optionsFrom(defaults: LineDefaults, record: { kind?: MessageKind | undefined; sender?: string | undefined; segment?: LintOptions['segment'] }): LintOptions {
  const kind = record.kind ?? defaults.kind;
  const sender = record.sender ?? defaults.sender;
  return {
    ...(kind === undefined ? {} : { kind }),
    ...(sender === undefined ? {} : { sender }),
    ...(record.segment === undefined ? {} : { segment: record.segment }),
  };
}

/** The record's id, when it has a usable one, so that even a rejected record can be traced. */
function recoverId(value: unknown): string | number | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, 'id')) return undefined;
  const parsed = MessageIdSchema.safeParse((value as { id: unknown }).id);
  return parsed.success ? parsed.data : undefined;
}

/** The 0-based offset of the first byte that breaks UTF-8, found one UTF-8 sequence at a time. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0 || index + size > bytes.length) return index;
    try {
      decoder.decode(bytes.subarray(index, index + size));
    } catch {
      return index;
    }
    index += size;
  }
  return index;
}
