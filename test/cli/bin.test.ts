// End-to-end tests of the built binary. They build nothing themselves: `npm test` builds first.
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.cjs');
const built = existsSync(CLI);
const BAD = '【XX银行】最低利息，50万额度秒批！拒收请回复R';
const STACK = /\n\s+at |Error: .*\n.*node:internal/;

const cli = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

if (!built) {
  it.skip('end-to-end tests of the binary are skipped: dist/cli.cjs is missing (run `npm run build`)', () => {});
}

describe.skipIf(!built)('the sms-compliance binary', () => {
  it('starts with a shebang so npm can link it as "sms-compliance"', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(packageJson.bin['sms-compliance']).toBe('./dist/cli.cjs');
  });

  it('prints its version and help and exits 0', () => {
    expect(cli(['--version'])).toMatchObject({ status: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: sms-compliance lint');
  });

  it('lints the sample corpus: exit 1, one record per message, a summary that adds up', () => {
    const { status, stdout, stderr } = cli(['lint', '--format', 'json', 'examples/messages.jsonl']);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    const summary = /^(\d+) lines read: (\d+) ok, (\d+) failed, 0 malformed;/.exec(stderr);
    expect(summary).not.toBeNull();
    const [, read, ok, failed] = summary!.map(Number);
    expect(lines).toHaveLength(read!);
    expect(ok! + failed!).toBe(read);
    expect(ok).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
  });

  it('reads stdin with a BOM, CRLF, a blank line and invalid UTF-8, reporting instead of crashing', () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${BAD}\r\n\r\n`), Buffer.from([0xff, 0x0d, 0x0a]), Buffer.from('{"text":1}\r\n')]);
    const { status, stdout, stderr } = cli(['lint', '-f', 'json', '-'], input);
    expect(status).toBe(2);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; error?: { code: string } });
    expect(records.map((record) => [record.line, record.error?.code])).toEqual([[1, undefined], [3, 'invalid-utf8'], [4, 'invalid-record']]);
    expect(stderr).toMatch(/^3 lines read: 0 ok, 1 failed, 2 malformed \(1 blank line skipped\)/);
    expect(stderr).not.toMatch(STACK);
  });

  it('exits 2 with one line on stderr and no stack trace for a missing file, a bad config and bad usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sms-bin-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, '{"rules":{"no-such-rule":"off"}}');
    for (const args of [['lint', join(dir, 'missing.txt')], ['lint', '--config', config, 'examples/messages.jsonl'], ['lint', '--nope']]) {
      const { status, stdout, stderr } = cli(args, '');
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^sms-compliance: /);
      expect(stderr).not.toMatch(STACK);
    }
    expect(cli(['lint', '--config', config], BAD).stderr).toContain('config.rules.no-such-rule: unknown rule id');
  });

  it('stops quietly when the reader goes away, as with `| head -1`', async () => {
    const child = spawn(process.execPath, [CLI, 'lint', '-'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => {}); // the child may stop reading before we finish writing
    child.stdin.end(`${BAD}\n`.repeat(20_000));
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(2);
    expect(stderr).toBe('');
  });

  it('lints a 10 MB single line and the line after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sms-big-'));
    const path = join(dir, 'big.txt');
    const long = `【XX银行】${'您好，欢迎了解我行服务。'.repeat(300_000)}`;
    expect(Buffer.byteLength(long)).toBeGreaterThan(10_000_000);
    writeFileSync(path, `${long}\n${BAD}\n`);
    const { status, stdout, stderr } = cli(['lint', '-f', 'json', path]);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; ok: boolean });
    expect(records.map((record) => record.line)).toEqual([1, 2]);
    expect(records[1]!.ok).toBe(false);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^2 lines read/);
  }, 120_000);

  it('masks phone numbers with --redact', () => {
    const { stdout } = cli(['lint', '--redact', '-'], '【XX银行】详询13812345678，拒收请回复R\n');
    expect(stdout).not.toContain('13812345678');
    expect(stdout).toContain('***********');
  });
});
