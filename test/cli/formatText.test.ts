import { describe, expect, it } from 'vitest';
import { formatJson, formatSummary, formatText, type LineResult } from '../../src/cli/index.js';

const issue = { ruleId: 'absolute-terms', severity: 'error', message: '绝对化用语', start: 6, end: 10, excerpt: '最低利息' } as const;
const failing: LineResult = { id: 'a', line: 2, text: '【XX银行】最低利息', ok: false, issues: [{ ...issue, suggestion: { text: '基准利率起', start: 6, end: 10 } }] };

describe('formatText', () => {
  it('writes header, issue line, text, carets and suggestion', () => {
    expect(formatText(failing)).toBe(
      'FAIL a (line 2): 1 error\n  error absolute-terms: 绝对化用语\n    【XX银行】最低利息\n              ^^^^^^^^\n    suggestion: 基准利率起\n',
    );
  });

  it('writes PASS with the counts of warnings and infos, and only "line N" when the id is the line', () => {
    expect(formatText({ id: 5, line: 5, text: 'x', ok: true, issues: [] })).toBe('PASS line 5\n');
    const warn = { ...issue, severity: 'warning' as const, start: 0, end: 1, excerpt: 'x' };
    expect(formatText({ id: 5, line: 5, text: 'x', ok: true, issues: [warn, { ...warn, severity: 'info' }] }).split('\n')[0]).toBe('PASS line 5: 1 warning, 1 info');
  });

  it('shows a deleting suggestion as (delete)', () => {
    expect(formatText({ ...failing, issues: [{ ...issue, suggestion: { text: '', start: 6, end: 10 } }] })).toContain('suggestion: (delete)');
  });

  it('draws the carets under the fixed text when there is one', () => {
    const result: LineResult = { id: 'a', line: 1, text: 'zz最低利息', fixed: '最低利息', ok: false, issues: [{ ...issue, start: 0, end: 4 }] };
    expect(formatText(result)).toContain('    最低利息\n    ^^^^^^^^\n');
  });

  it('writes a malformed line as BAD with its code and a terminal-safe message', () => {
    expect(formatText({ id: 'q', line: 7, error: { code: 'invalid-json', message: 'bad \u001b[31m' } })).toBe('BAD  q (line 7): invalid-json: bad ␛[31m\n');
  });

  it('makes a hostile id terminal-safe', () => {
    expect(formatText({ id: 'x\u001b]0;pwned\u0007', line: 1, text: 'x', ok: true, issues: [] })).toBe('PASS x␛]0;pwned␇ (line 1)\n');
  });
});

describe('formatJson', () => {
  it('writes the record keys in a fixed order, with fixed last', () => {
    expect(formatJson({ ...failing, fixed: 'f' })).toBe(`{"id":"a","line":2,"ok":false,"issues":${JSON.stringify(failing.issues)},"fixed":"f"}\n`);
  });

  it('writes a malformed record without an id when there is none, and one line even for line breaks', () => {
    expect(formatJson({ line: 3, error: { code: 'invalid-utf8', message: 'x' } })).toBe('{"line":3,"error":{"code":"invalid-utf8","message":"x"}}\n');
    const json = formatJson({ id: 'a\nb\u2028\u2029\ud800', line: 1, text: 'x', ok: true, issues: [] });
    expect(json).toBe('{"id":"a\\nb\\u2028\\u2029\\ud800","line":1,"ok":true,"issues":[]}\n');
    expect(JSON.parse(json).id).toBe('a\nb\u2028\u2029\ud800');
  });
});

describe('formatSummary', () => {
  it('uses singulars and leaves out blank lines when there were none', () => {
    expect(formatSummary({ lines: 1, blank: 0, read: 1, ok: 1, failed: 0, malformed: 0, errors: 1, warnings: 1, infos: 1 })).toBe(
      '1 line read: 1 ok, 0 failed, 0 malformed; 1 error, 1 warning, 1 info\n',
    );
  });
});
