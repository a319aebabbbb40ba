import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { createLinter, type Linter } from '../engine/createLinter.js';
import { ComplianceConfigError } from '../errors/ComplianceConfigError.js';
import packageJson from '../../package.json';
import { createProgress } from './_progress.js';
import { redactResult } from './_redactResult.js';
import { createWriter } from './_writer.js';
import { checkMessage } from './checkMessage.js';
import { formatJson } from './formatJson.js';
import { formatSummary } from './formatSummary.js';
import { formatText } from './formatText.js';
import { parseArgs, type LintCommand } from './parseArgs.js';
import { parseLine } from './parseLine.js';
import type { LineResult, Summary } from './schemas.js';
import { splitLines } from './splitLines.js';
import { usage } from './usage.js';

/** The streams and knobs `runCli` works with; `main.ts` passes the process's own. */
export interface CliIo {
  readonly stdin: Readable & { readonly isTTY?: boolean };
  readonly stdout: Writable & { readonly isTTY?: boolean };
  readonly stderr: Writable & { readonly isTTY?: boolean };
  /** A clock for the progress line, in milliseconds. Default `performance.now`. */
  readonly now?: () => number;
  /** The longest line read, in bytes; longer lines are reported malformed. Default 32 MiB. */
  readonly maxLineBytes?: number;
}

/** Lines longer than this are reported as malformed instead of being held in memory. */
export const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;

/**
 * Runs the `sms-compliance` command line and resolves to its exit code; it never rejects and never
 * exits the process. Everything it reads and writes goes through `io`, so it is tested without
 * spawning a process.
 *
 * Exit codes: 0 — every line checked, no error; 1 — every line checked, some message has an error;
 * 2 — not every line got a verdict (bad usage or config, unreadable input, a malformed line, or the
 * output closed early, as with `| head`).
 *
 * @example
 * import { Readable, PassThrough } from 'node:stream';
 * import { runCli } from './runCli.js';
 *
 * const stdout = new PassThrough();
 * await runCli(['lint', '--format', 'json', '-'], {
 *   stdin: Readable.from([Buffer.from('【XX银行】最低利息\n')]),
 *   stdout,
 *   stderr: new PassThrough(),
 * });
 * //=> 1
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const stderr = createWriter(io.stderr);
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        return await say(io.stdout, usage, 0);
      case 'version':
        return await say(io.stdout, `${packageJson.version}\n`, 0);
      case 'usage-error':
        return await say(io.stderr, `sms-compliance: ${args.message}\nTry "sms-compliance --help".\n`, 2);
      case 'lint':
        return await runLint(args, io);
    }
  } catch (error) {
    // Nothing should get here; if it does, one line instead of a stack trace.
    stderr.push(`sms-compliance: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    await stderr.flush();
    return 2;
  }
}

async function say(stream: Writable, text: string, code: number): Promise<number> {
  const writer = createWriter(stream);
  writer.push(text);
  await writer.flush();
  return code;
}

async function runLint(args: LintCommand, io: CliIo): Promise<number> {
  const stderr = createWriter(io.stderr);
  const fail = async (message: string): Promise<number> => {
    stderr.push(`sms-compliance: ${message}\n`);
    await stderr.flush();
    return 2;
  };

  const linter = await loadLinter(args.config);
  if (typeof linter === 'string') return fail(linter);

  let input: Readable;
  let inputName: string;
  if (args.file === undefined || args.file === '-') {
    if (args.file === undefined && io.stdin.isTTY === true) {
      return fail('no input: give a FILE, pipe messages into stdin, or use "-" to type them\nTry "sms-compliance --help".');
    }
    input = io.stdin;
    inputName = 'stdin';
  } else {
    input = createReadStream(args.file);
    inputName = args.file;
  }

  const stdout = createWriter(io.stdout);
  // With --fix in text format stdout carries only fixed texts; reports of bad lines and the
  // summary go to stderr. In json format stdout carries only records.
  const dataOnly = args.fix || args.format === 'json';
  const progress = createProgress(io.stderr, io.now ?? (() => performance.now()), args.progress && io.stderr.isTTY === true && io.stdout.isTTY !== true);
  const summary: Summary = { lines: 0, blank: 0, read: 0, ok: 0, failed: 0, malformed: 0, errors: 0, warnings: 0, infos: 0 };
  const defaults = { kind: args.kind, sender: args.sender };
  let readError: (Error & { code?: string }) | undefined;

  try {
    for await (const batch of splitLines(input, io.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES)) {
      for (const raw of batch) {
        summary.lines += 1;
        const parsed = parseLine(raw, defaults, args.input);
        if (parsed.type === 'blank') {
          summary.blank += 1;
          // Fixed texts keep the input's lines: `lint --fix < drafts.txt > fixed.txt` lines up line for line.
          if (args.fix && args.format === 'text') stdout.push('\n');
          continue;
        }
        summary.read += 1;
        let result: LineResult = parsed.type === 'malformed' ? parsed : checkMessage(linter, parsed, args.fix);
        count(summary, result);
        if (args.redact) result = redactResult(result);
        if (args.format === 'json') stdout.push(formatJson(result));
        else if (!args.fix) stdout.push(formatText(result));
        else if ('error' in result) {
          progress.clear();
          stderr.push(`sms-compliance: ${formatText(result)}`);
          // An empty line holds the malformed line's place (the exit code says one was malformed).
          stdout.push('\n');
        } else stdout.push(`${oneLine(result.fixed ?? result.text)}\n`);
      }
      await stdout.flush();
      await stderr.flush();
      if (stdout.closed) break;
      progress.tick(summary.lines);
    }
  } catch (error) {
    readError = error instanceof Error ? error : new Error(String(error));
  }
  progress.clear();

  if (stdout.closed) {
    // The reader went away (`| head`): stop quietly. Not every line got a verdict, hence 2.
    const { failure } = stdout;
    if (failure !== undefined && failure.code !== 'EPIPE' && failure.code !== 'ERR_STREAM_DESTROYED') {
      return fail(`cannot write the output: ${failure.message}`);
    }
    return 2;
  }
  // After a read error with nothing read, a summary of zeros would only hide the message.
  if (readError === undefined || summary.lines > 0) {
    if (dataOnly) stderr.push(formatSummary(summary));
    else stdout.push(formatSummary(summary));
  }
  await stdout.flush();
  await stderr.flush();
  if (readError !== undefined) return fail(`cannot read ${inputName}: ${readError.message}`);
  if (summary.malformed > 0) return 2;
  return summary.failed > 0 ? 1 : 0;
}

/** The linter for `--config FILE`, or the message saying why it cannot be built. */
async function loadLinter(path: string | undefined): Promise<Linter | string> {
  if (path === undefined) return createLinter();
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    return `cannot read config ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  let config: unknown;
  try {
    config = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return `cannot parse config ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    return createLinter(config as Parameters<typeof createLinter>[0]);
  } catch (error) {
    if (error instanceof ComplianceConfigError) return `invalid config ${path}: ${error.message}`;
    return `invalid config ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function count(summary: Summary, result: LineResult): void {
  if ('error' in result) {
    summary.malformed += 1;
    return;
  }
  if (result.ok) summary.ok += 1;
  else summary.failed += 1;
  for (const issue of result.issues) {
    if (issue.severity === 'error') summary.errors += 1;
    else if (issue.severity === 'warning') summary.warnings += 1;
    else summary.infos += 1;
  }
}

/** One record, one line: line breaks inside a text are written as the escapes `\n`, `\r`. */
function oneLine(text: string): string {
  return text.replace(/[\n\r\u2028\u2029]/g, (char) => (char === '\n' ? '\\n' : char === '\r' ? '\\r' : char === '\u2028' ? '\\u2028' : '\\u2029'));
}
