import { Buffer } from 'node:buffer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import packageJson from '../../package.json';
import { records, run, sink } from './_run.js';

const BAD = '【XX银行】最低利息，50万额度秒批！拒收请回复R';
const CLEAN_NOTICE = '【XX银行】您尾号1234的账户本期账单已出，请按时还款。';
const NOTICE_LINE = JSON.stringify({ text: CLEAN_NOTICE, kind: 'notification' });
const dir = mkdtempSync(join(tmpdir(), 'sms-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('runCli: reading lines', () => {
  it('lints each plain-text line as one message and reports what the library reports', async () => {
    const { code, stdout } = await run(['lint', '--format', 'json'], `${BAD}\n`);
    expect(code).toBe(1);
    const [record] = records(stdout);
    expect(record).toEqual({ id: 1, line: 1, ...JSON.parse(JSON.stringify(lint(BAD))) });
  });

  it('reads JSONL records and passes kind, sender and segment to the linter', async () => {
    const line = JSON.stringify({ id: 'n1', text: CLEAN_NOTICE, kind: 'notification', sender: '13812345678' });
    const [record] = records((await run(['lint', '-f', 'json'], line)).stdout);
    const expected = lint(CLEAN_NOTICE, { kind: 'notification', sender: '13812345678' });
    expect(record).toMatchObject({ id: 'n1', line: 1, ok: expected.ok });
    expect(record!.issues).toEqual(JSON.parse(JSON.stringify(expected.issues)));
  });

  it('uses --kind and --sender for lines that do not set them, and a record\'s own fields over them', async () => {
    const input = `${CLEAN_NOTICE}\n${JSON.stringify({ text: CLEAN_NOTICE, kind: 'marketing' })}\n`;
    const [plain, json] = records((await run(['lint', '-f', 'json', '--kind', 'notification', '--sender', '13812345678'], input)).stdout);
    expect(plain!.issues).toEqual(JSON.parse(JSON.stringify(lint(CLEAN_NOTICE, { kind: 'notification', sender: '13812345678' }).issues)));
    expect(json!.issues).toEqual(JSON.parse(JSON.stringify(lint(CLEAN_NOTICE, { kind: 'marketing', sender: '13812345678' }).issues)));
  });

  it('gives every non-blank line exactly one record, skips blank lines and keeps going after bad ones', async () => {
    const input = [BAD, '', '   ', '{not json', '{"id":"x"}', '{"id":"y","text":42}', '{"id":"z","text":"hi","sendr":"1"}', NOTICE_LINE].join('\n');
    const { code, stdout, stderr } = await run(['lint', '--format', 'json'], input);
    const out = records(stdout);
    expect(out.map((record) => record.line)).toEqual([1, 4, 5, 6, 7, 8]);
    expect(out[1]).toMatchObject({ line: 4, error: { code: 'invalid-json' } });
    expect(out[1]).not.toHaveProperty('id');
    expect(out[2]).toMatchObject({ id: 'x', line: 5, error: { code: 'invalid-record', problems: [{ path: 'text' }] } });
    expect(out[3]).toMatchObject({ id: 'y', error: { code: 'invalid-record', problems: [{ path: 'text' }] } });
    expect(out[4]).toMatchObject({ id: 'z', error: { code: 'invalid-record' } });
    expect(JSON.stringify(out[4])).toContain('sendr');
    expect(out[5]).toMatchObject({ id: 8, line: 8, ok: true });
    expect(stderr.startsWith('6 lines read: 1 ok, 1 failed, 4 malformed (2 blank lines skipped); ')).toBe(true);
    expect(code).toBe(2);
  });

  it('drops a UTF-8 BOM at the start and the CR of CRLF line ends', async () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${BAD}\r\n{"text":"${CLEAN_NOTICE}"}\r\n`)]);
    const out = records((await run(['lint', '-f', 'json'], [input])).stdout);
    expect(out).toHaveLength(2);
    expect(out[0]!.issues).toEqual(JSON.parse(JSON.stringify(lint(BAD).issues)));
    expect(out[1]!.issues).toEqual(JSON.parse(JSON.stringify(lint(CLEAN_NOTICE).issues)));
  });

  it('reports a line of invalid UTF-8 as malformed with the byte offset, and lints the next line', async () => {
    const input = Buffer.concat([Buffer.from('ok line\n【XX银行】'), Buffer.from([0xc3, 0x28]), Buffer.from(`\n${BAD}\n`)]);
    const { code, stdout } = await run(['lint', '-f', 'json'], [input]);
    const out = records(stdout);
    expect(out[1]).toEqual({ line: 2, error: { code: 'invalid-utf8', message: 'the line is not valid UTF-8 (at byte 14)' } });
    expect(out[2]).toMatchObject({ line: 3, ok: false });
    expect(code).toBe(2);
  });

  it('keeps a genuine U+FFFD in valid UTF-8 as text instead of calling it invalid', async () => {
    const out = records((await run(['lint', '-f', 'json'], `${CLEAN_NOTICE}\uFFFD\n`)).stdout);
    expect(out[0]).toHaveProperty('ok');
  });

  it('reports a line longer than the limit as line-too-long and still reads the lines after it', async () => {
    const { stdout } = await run(['lint', '-f', 'json'], `${'好'.repeat(100)}\n${BAD}\n`, { maxLineBytes: 200 });
    const out = records(stdout);
    expect(out[0]).toMatchObject({ line: 1, error: { code: 'line-too-long' } });
    expect(out[1]).toMatchObject({ line: 2, ok: false });
  });

  it('with --input text lints a line starting with "{" as a message, with --input jsonl rejects plain text', async () => {
    const text = '{name}您好，【XX银行】提醒您按时还款。';
    const [asText] = records((await run(['lint', '-f', 'json', '--input', 'text'], text)).stdout);
    expect((asText!.issues as { ruleId: string }[]).map((issue) => issue.ruleId)).toContain('placeholder');
    const [asJson] = records((await run(['lint', '-f', 'json', '--input', 'jsonl'], CLEAN_NOTICE)).stdout);
    expect(asJson).toMatchObject({ error: { code: 'invalid-json' } });
  });

  it('reads a named file', async () => {
    const path = file('two.txt', `${BAD}\n${NOTICE_LINE}\n`);
    const { code, stdout } = await run(['lint', path, '--format=json']);
    expect(records(stdout).map((record) => record.ok)).toEqual([false, true]);
    expect(code).toBe(1);
  });
});

describe('runCli: the readable report', () => {
  it('shows the header, rule, message, the text with carets under the span and the suggestion', async () => {
    const { stdout } = await run(['lint'], `${BAD}\n`);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^FAIL line 1: \d+ errors?/);
    const at = lines.findIndex((line) => line.startsWith('  error absolute-terms: '));
    expect(lines[at + 1]).toBe(`    ${BAD}`);
    // 【XX银行】 is 10 columns wide: 【 银 行 】 take two each.
    expect(lines[at + 2]).toBe(`    ${' '.repeat(10)}^^^^^^^^`);
    expect(lines[at + 3]).toBe('    suggestion: 基准利率起');
  });

  it('marks a clean message PASS and ends with the summary line', async () => {
    const { code, stdout } = await run(['lint'], `${JSON.stringify({ id: 'n1', text: CLEAN_NOTICE, kind: 'notification' })}\n`);
    expect(stdout.split('\n')[0]).toMatch(/^PASS n1 \(line 1\)/);
    expect(stdout.endsWith('1 line read: 1 ok, 0 failed, 0 malformed; 0 errors, 0 warnings, 0 infos\n')).toBe(true);
    expect(code).toBe(0);
  });

  it('shows a malformed line as BAD with its id when the record has one', async () => {
    const { stdout } = await run(['lint'], '{"id":"m9","text":null}\n');
    expect(stdout.split('\n')[0]).toBe('BAD  m9 (line 1): invalid-record: text: Invalid input: expected string, received null');
  });
});

describe('runCli: --fix', () => {
  it('prints one fixed text per message in text format, with the summary on stderr', async () => {
    const { stdout, stderr } = await run(['lint', '--fix'], `${BAD}\n{"id":"a","text":"${CLEAN_NOTICE}","kind":"notification"}\n`);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('基准利率起');
    expect(lines[0]).toContain('最高可申请额度');
    expect(lines[1]).toBe(CLEAN_NOTICE);
    expect(stderr).toMatch(/^2 lines read/);
  });

  it('adds "fixed" in json format, with the verdict and spans of the fixed text', async () => {
    const [record] = records((await run(['lint', '--fix', '-f', 'json'], BAD)).stdout);
    const fixed = record!.fixed as string;
    expect(fixed).toContain('基准利率起');
    expect(record!.issues).toEqual(JSON.parse(JSON.stringify(lint(fixed).issues)));
    expect(record!.ok).toBe(lint(fixed).ok);
  });

  it('sends malformed lines to stderr in text format so stdout holds only fixed texts', async () => {
    const { stdout, stderr, code } = await run(['lint', '--fix'], `{oops\n${CLEAN_NOTICE}\n`);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toContain('BAD  line 1: invalid-json');
    expect(code).toBe(2);
  });

  // `lint --fix < drafts.txt > fixed.txt` once dropped blank and malformed lines, so fixed.txt no longer lined up.
  it('keeps one output line per input line: an empty line for a blank or malformed one', async () => {
    const { stdout } = await run(['lint', '--fix', '--kind', 'notification'], `${CLEAN_NOTICE}\n\n{oops\n${CLEAN_NOTICE}\n`);
    expect(stdout).toBe(`${CLEAN_NOTICE}\n\n\n${CLEAN_NOTICE}\n`);
  });

  it('writes a line break inside a fixed JSONL text as \\n so one record stays one line', async () => {
    const { stdout } = await run(['lint', '--fix', '--kind', 'notification'], `${JSON.stringify({ text: `${CLEAN_NOTICE}\n第二行` })}\n`);
    expect(stdout).toBe(`${CLEAN_NOTICE}\\n第二行\n`);
  });
});

describe('runCli: --redact', () => {
  it('masks phone numbers in the text, excerpts and messages, keeping the carets aligned', async () => {
    const text = '【XX银行】详询13812345678，拒收请回复R';
    const { stdout } = await run(['lint', '--redact'], text);
    expect(stdout).not.toContain('13812345678');
    expect(stdout).toContain('【XX银行】详询***********');
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith('  error contact-channel'));
    expect(lines[at + 2]).toBe(`    ${' '.repeat(14)}${'^'.repeat(11)}`);
  });

  it('masks in json records and in the text of JSON parse errors', async () => {
    const { stdout } = await run(['lint', '-f', 'json', '--redact'], '【XX银行】详询13812345678\n{"text": 13812345678x}\n');
    expect(stdout).not.toContain('13812345678');
    expect(records(stdout)).toHaveLength(2);
  });

  it('leaves the output unchanged without --redact', async () => {
    expect((await run(['lint'], '【XX银行】详询13812345678')).stdout).toContain('13812345678');
  });
});

describe('runCli: config', () => {
  it('loads a JSON config: a rule switched off is not reported', async () => {
    const config = file('off.json', JSON.stringify({ rules: { 'absolute-terms': 'off' } }));
    const out = records((await run(['lint', '-f', 'json', '--config', config], BAD)).stdout);
    expect((out[0]!.issues as { ruleId: string }[]).some((issue) => issue.ruleId === 'absolute-terms')).toBe(false);
  });

  it('exits 2 with the ComplianceConfigError message and no stack for a bad config', async () => {
    const config = file('typo.json', JSON.stringify({ rules: { 'absolute-term': 'off' } }));
    const { code, stdout, stderr } = await run(['lint', '-c', config], BAD);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`sms-compliance: invalid config ${config}: config.rules.absolute-term: unknown rule id "absolute-term"`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a config that tries to pollute prototypes', async () => {
    const config = file('proto.json', '{"rules":{"__proto__":{"polluted":"error"}}}');
    const { code, stderr } = await run(['lint', '-c', config], BAD);
    expect(code).toBe(2);
    expect(stderr).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exits 2 for a config that is not JSON or cannot be read', async () => {
    expect((await run(['lint', '-c', file('broken.json', '{rules')], BAD)).stderr).toMatch(/^sms-compliance: cannot parse config /);
    const missing = await run(['lint', '-c', join(dir, 'missing.json')], BAD);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^sms-compliance: cannot read config .*ENOENT/);
  });
});

describe('runCli: exit codes and usage', () => {
  it('exits 0 when no message has an error, even with warnings and infos', async () => {
    const text = '【XX银行】最高可申请额度以审批为准，详询95555。拒收请回复R';
    const report = lint(text);
    expect(report.ok).toBe(true);
    expect(report.issues.length).toBeGreaterThan(0);
    const { code, stdout } = await run(['lint', '-f', 'json'], `${text}\n`);
    expect(records(stdout)[0]!.ok).toBe(true);
    expect(code).toBe(0);
  });

  it('exits 0 for an empty input and counts nothing', async () => {
    const { code, stdout } = await run(['lint'], '');
    expect(code).toBe(0);
    expect(stdout).toBe('0 lines read: 0 ok, 0 failed, 0 malformed; 0 errors, 0 warnings, 0 infos\n');
  });

  it('exits 2 with a message and no output for a file that cannot be read', async () => {
    const { code, stdout, stderr } = await run(['lint', join(dir, 'nope.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^sms-compliance: cannot read .*nope\.txt: ENOENT/);
  });

  it('exits 2 for a directory given as FILE', async () => {
    const { code, stderr } = await run(['lint', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('EISDIR');
  });

  it('exits 2 on bad usage with a hint, and 0 for --help and --version on stdout', async () => {
    for (const argv of [[], ['check'], ['lint', '--colour'], ['lint', 'a', 'b'], ['lint', '--format', 'xml'], ['lint', '--kind', 'ad']]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^sms-compliance: .*\nTry "sms-compliance --help"\.\n$/);
    }
    const help = await run(['lint', '--help']);
    expect([help.code, help.stdout.startsWith('Usage: sms-compliance lint')]).toEqual([0, true]);
    const version = await run(['--version']);
    expect([version.code, version.stdout]).toEqual([0, `${packageJson.version}\n`]);
  });

  it('refuses to wait on a terminal when no FILE is given, but reads it with "-"', async () => {
    const terminal = await run(['lint'], '', { stdin: Object.assign(new PassThrough(), { isTTY: true }) });
    expect(terminal.code).toBe(2);
    expect(terminal.stderr).toContain('no input');
    const typed = Object.assign(Readable.from([Buffer.from(BAD)]), { isTTY: true });
    expect((await run(['lint', '-'], '', { stdin: typed })).code).toBe(1);
  });
});

describe('runCli: output that goes away', () => {
  it('stops quietly with exit 2 when stdout fails with EPIPE', async () => {
    let written = 0;
    const closing = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        callback(written > 100 ? error : null);
      },
    });
    const stderr = sink();
    const input = `${BAD}\n`.repeat(2000);
    const chunks = Array.from({ length: 20 }, (_, index) => Buffer.from(input.slice(index * 5000, (index + 1) * 5000)));
    const { code } = await run(['lint'], chunks, { stdout: closing, stderr });
    expect(code).toBe(2);
    expect(stderr.text()).toBe('');
  });

  it('reports another write failure on stderr', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
      },
    });
    const { code, stderr } = await run(['lint'], `${BAD}\n${BAD}\n`, { stdout: broken });
    expect(code).toBe(2);
    expect(stderr).toBe('sms-compliance: cannot write the output: disk full\n');
  });
});

describe('runCli: progress', () => {
  const slowClock = (): (() => number) => {
    let time = 0;
    return () => (time += 700);
  };
  const input = Array.from({ length: 6 }, () => Buffer.from(`${CLEAN_NOTICE}\n`));

  it('draws a progress line on stderr when stderr is a terminal and stdout is not, and erases it', async () => {
    const stderr = sink(true);
    await run(['lint', '-f', 'json'], input, { stderr, now: slowClock() });
    expect(stderr.text()).toContain('lines read...');
    expect(stderr.text()).toContain('\r\u001b[K');
  });

  it('stays silent when stderr is not a terminal, when stdout is one, or with --no-progress', async () => {
    for (const [argv, stderrTTY, stdoutTTY] of [[[], false, false], [[], true, true], [['--no-progress'], true, false]] as const) {
      const stderr = sink(stderrTTY);
      await run(['lint', '-f', 'json', ...argv], input, { stderr, stdout: sink(stdoutTTY), now: slowClock() });
      expect(stderr.text()).not.toContain('lines read...');
    }
  });
});
