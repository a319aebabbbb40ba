import { LintOptionsSchema, MessageKindSchema } from '../engine/schemas.js';
import type { MessageKind } from '../engine/types.js';
import type { InputMode } from './parseLine.js';

/** The options of `sms-compliance lint`. */
export interface LintCommand {
  readonly command: 'lint';
  /** A path, `-` for stdin, or undefined (stdin, unless it is a terminal). */
  readonly file: string | undefined;
  readonly format: 'text' | 'json';
  readonly fix: boolean;
  readonly config: string | undefined;
  readonly kind: MessageKind | undefined;
  readonly sender: string | undefined;
  readonly input: InputMode;
  readonly redact: boolean;
  readonly progress: boolean;
}

/** What the command line asks for, or why it cannot be understood. */
export type ParsedArgs =
  | LintCommand
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'usage-error'; readonly message: string };

const VALUE_OPTIONS = new Set(['--format', '--config', '--kind', '--sender', '--input']);
const ALIASES: Readonly<Record<string, string>> = { '-f': '--format', '-c': '--config', '-h': '--help', '-v': '--version' };
const FLAGS = new Set(['--fix', '--redact', '--no-progress', '--help', '--version']);

/**
 * Parses the command line (without `node` and the script). Returns plain data, never throws:
 * anything it cannot understand becomes a `usage-error` with a message for stderr. `--help` and
 * `--version` win wherever they appear; `--` ends the options.
 *
 * @example
 * import { parseArgs } from './parseArgs.js';
 *
 * parseArgs(['lint', '--format=json', 'messages.jsonl']);
 * //=> { command: 'lint', file: 'messages.jsonl', format: 'json', fix: false, config: undefined,
 * //     kind: undefined, sender: undefined, input: 'auto', redact: false, progress: true }
 * parseArgs(['lint', '--colour']);
 * //=> { command: 'usage-error', message: 'unknown option --colour' }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const rawName = equals === -1 ? arg : arg.slice(0, equals);
    const name = ALIASES[rawName] ?? rawName;
    if (FLAGS.has(name)) {
      if (equals !== -1) return usageError(`option ${rawName} takes no value`);
      flags.add(name);
    } else if (VALUE_OPTIONS.has(name)) {
      let value: string | undefined;
      if (equals !== -1) value = arg.slice(equals + 1);
      else {
        index += 1;
        value = argv[index];
      }
      if (value === undefined) return usageError(`option ${rawName} needs a value`);
      values.set(name, value);
    } else {
      return usageError(`unknown option ${rawName}`);
    }
  }
  if (flags.has('--help')) return { command: 'help' };
  if (flags.has('--version')) return { command: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) return usageError('missing command (expected "lint")');
  if (command !== 'lint') return usageError(`unknown command "${command}" (expected "lint")`);
  if (files.length > 1) return usageError(`expected at most one FILE, got ${files.length}`);

  const format = values.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(`--format must be "text" or "json", not "${format}"`);
  const input = values.get('--input') ?? 'auto';
  if (input !== 'auto' && input !== 'text' && input !== 'jsonl') {
    return usageError(`--input must be "auto", "text" or "jsonl", not "${input}"`);
  }
  const kindValue = values.get('--kind');
  const kind = kindValue === undefined ? undefined : MessageKindSchema.safeParse(kindValue);
  if (kind !== undefined && !kind.success) return usageError(`--kind must be "marketing" or "notification", not "${kindValue}"`);
  const senderValue = values.get('--sender');
  if (senderValue !== undefined && !LintOptionsSchema.shape.sender.safeParse(senderValue).success) {
    return usageError('--sender must be at most 64 characters');
  }
  const config = values.get('--config');
  if (config === '') return usageError('--config needs a file name');

  return {
    command: 'lint',
    file: files[0],
    format,
    fix: flags.has('--fix'),
    config,
    kind: kind?.data,
    sender: senderValue,
    input,
    redact: flags.has('--redact'),
    progress: !flags.has('--no-progress'),
  };
}

function usageError(message: string): ParsedArgs {
  return { command: 'usage-error', message };
}
