import { z } from 'zod';
import { LintOptionsSchema, MessageKindSchema, SegmentSchema } from '../engine/schemas.js';
import type { Issue } from '../engine/types.js';
import type { ConfigProblem } from '../errors/ComplianceConfigError.js';

/** A message id in a JSONL record: a string or a number, kept as given in the output. */
export const MessageIdSchema = z.union([z.string().max(256), z.number()]);

/**
 * One JSONL input record: `{"id", "text", "sender", "kind", "segment"}`. Only `text` is required.
 * Unknown keys are errors, as everywhere in this package: a misspelt `"sendr"` must not silently
 * switch the sender check off.
 */
export const MessageRecordSchema = z.strictObject({
  id: MessageIdSchema.optional(),
  text: z.string(),
  sender: LintOptionsSchema.shape.sender,
  kind: MessageKindSchema.optional(),
  segment: SegmentSchema.optional(),
});

/** One JSONL input record, as parsed. */
export type MessageRecord = z.output<typeof MessageRecordSchema>;

/** Why a line could not be linted. */
export type LineErrorCode = 'invalid-utf8' | 'invalid-json' | 'invalid-record' | 'line-too-long' | 'lint-failed';

/** The error of a malformed line. */
export interface LineError {
  readonly code: LineErrorCode;
  readonly message: string;
  /** For `invalid-record`: every problem, with the path inside the record. */
  readonly problems?: readonly ConfigProblem[];
}

/** The verdict on one message line. `issues` point into `fixed` when `--fix` was given, else into `text`. */
export interface MessageResult {
  readonly id: string | number;
  readonly line: number;
  readonly text: string;
  readonly ok: boolean;
  readonly issues: readonly Issue[];
  readonly fixed?: string;
}

/** A line that could not be linted. `id` is present when the record had a usable one. */
export interface MalformedResult {
  readonly id?: string | number;
  readonly line: number;
  readonly error: LineError;
}

/** One output record: every non-blank input line yields exactly one. */
export type LineResult = MessageResult | MalformedResult;

/**
 * The counts of one run. They reconcile: `lines = read + blank` and `read = ok + failed + malformed`.
 *
 * - `lines`: physical input lines (a last line without a newline counts; an empty input has none);
 * - `blank`: lines that are empty or white space only — skipped, no record;
 * - `read`: every other line, each of which got exactly one record;
 * - `ok`: linted with no `error` issue (warnings and infos allowed);
 * - `failed`: linted with at least one `error` issue;
 * - `malformed`: could not be linted (invalid UTF-8 or JSON, a bad record, too long).
 */
export interface Summary {
  lines: number;
  blank: number;
  read: number;
  ok: number;
  failed: number;
  malformed: number;
  errors: number;
  warnings: number;
  infos: number;
}
