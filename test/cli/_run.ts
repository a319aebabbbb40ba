import { Buffer } from 'node:buffer';
import { PassThrough, Readable } from 'node:stream';
import { runCli, type CliIo } from '../../src/cli/index.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A writable that collects what is written, optionally pretending to be a terminal. */
export function sink(isTTY = false): PassThrough & { isTTY: boolean; text(): string } {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; text(): string };
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.isTTY = isTTY;
  stream.text = () => Buffer.concat(chunks).toString('utf8');
  return stream;
}

/** Runs the CLI in-process with `input` as stdin, given as a string or as raw byte chunks. */
export async function run(
  argv: readonly string[],
  input: string | readonly Uint8Array[] = '',
  extra: Partial<CliIo> = {},
): Promise<RunResult> {
  const chunks = typeof input === 'string' ? [Buffer.from(input, 'utf8')] : input;
  const stdout = extra.stdout ?? sink();
  const stderr = extra.stderr ?? sink();
  const code = await runCli(argv, { stdin: Readable.from(chunks), ...extra, stdout, stderr });
  return { code, stdout: textOf(stdout), stderr: textOf(stderr) };
}

function textOf(stream: object): string {
  return 'text' in stream && typeof stream.text === 'function' ? (stream.text as () => string)() : '';
}

/** The JSON records of a `--format json` run. */
export function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
