// The CLI's building blocks, for tests. Not part of the library entry: this folder does I/O.
export { runCli, DEFAULT_MAX_LINE_BYTES, type CliIo } from './runCli.js';
export { parseArgs, type LintCommand, type ParsedArgs } from './parseArgs.js';
export { parseLine, type InputMode, type LineDefaults, type ParsedLine } from './parseLine.js';
export { splitLines, type RawLine } from './splitLines.js';
export { checkMessage } from './checkMessage.js';
export { formatText } from './formatText.js';
export { formatJson } from './formatJson.js';
export { formatSummary } from './formatSummary.js';
export { displayWidth, charWidth } from './displayWidth.js';
export { redact, REDACT_MIN_DIGITS } from './redact.js';
export { usage } from './usage.js';
export {
  MessageRecordSchema,
  MessageIdSchema,
  type MessageRecord,
  type LineError,
  type LineErrorCode,
  type LineResult,
  type MalformedResult,
  type MessageResult,
  type Summary,
} from './schemas.js';
