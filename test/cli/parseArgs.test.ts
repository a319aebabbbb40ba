import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/index.js';

const DEFAULTS = {
  command: 'lint',
  file: undefined,
  format: 'text',
  fix: false,
  config: undefined,
  kind: undefined,
  sender: undefined,
  input: 'auto',
  redact: false,
  progress: true,
};

describe('parseArgs', () => {
  it('reads "lint" with no FILE as stdin with the defaults', () => {
    expect(parseArgs(['lint'])).toEqual(DEFAULTS);
  });

  it('reads every option in both "--name value" and "--name=value" forms, and the short aliases', () => {
    expect(parseArgs(['lint', 'a.jsonl', '--format', 'json', '--fix', '--config=c.json', '--kind', 'notification', '--sender=10690000', '--input', 'jsonl', '--redact', '--no-progress'])).toEqual({
      ...DEFAULTS,
      file: 'a.jsonl',
      format: 'json',
      fix: true,
      config: 'c.json',
      kind: 'notification',
      sender: '10690000',
      input: 'jsonl',
      redact: true,
      progress: false,
    });
    expect(parseArgs(['lint', '-f', 'json', '-c', 'x.json'])).toMatchObject({ format: 'json', config: 'x.json' });
  });

  it('takes "-" as a FILE (stdin) and everything after "--" as FILE names', () => {
    expect(parseArgs(['lint', '-'])).toMatchObject({ file: '-' });
    expect(parseArgs(['lint', '--', '--odd-name.txt'])).toMatchObject({ file: '--odd-name.txt' });
  });

  it('lets --help and --version win wherever they are', () => {
    expect(parseArgs(['lint', 'x', '--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
    expect(parseArgs(['-v', 'nonsense'])).toEqual({ command: 'version' });
  });

  it.each([
    [[], 'missing command (expected "lint")'],
    [['check'], 'unknown command "check" (expected "lint")'],
    [['lint', '--colour'], 'unknown option --colour'],
    [['lint', '--fix=yes'], 'option --fix takes no value'],
    [['lint', '--format'], 'option --format needs a value'],
    [['lint', 'a', 'b'], 'expected at most one FILE, got 2'],
    [['lint', '--format', 'xml'], '--format must be "text" or "json", not "xml"'],
    [['lint', '--input', 'csv'], '--input must be "auto", "text" or "jsonl", not "csv"'],
    [['lint', '--kind', 'ad'], '--kind must be "marketing" or "notification", not "ad"'],
    [['lint', '--sender', '1'.repeat(65)], '--sender must be at most 64 characters'],
    [['lint', '--config='], '--config needs a file name'],
  ])('rejects %j: %s', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ command: 'usage-error', message });
  });

  it('lets the last of a repeated option win', () => {
    expect(parseArgs(['lint', '-f', 'json', '-f', 'text'])).toMatchObject({ format: 'text' });
  });
});
