import type { LineResult } from './schemas.js';

/**
 * Formats one result as one JSON line: `{"id","line","ok","issues"}` (plus `"fixed"` with `--fix`,
 * in which case the issue spans point into `fixed`), or `{"id"?,"line","error":{"code","message"}}`
 * for a malformed line. Line breaks (including U+2028/U+2029) and lone surrogates are escaped, so
 * one record is always exactly one line of valid UTF-8.
 *
 * @example
 * import { formatJson } from './formatJson.js';
 *
 * formatJson({ id: 'a', line: 1, text: '您好', ok: true, issues: [] });
 * //=> '{"id":"a","line":1,"ok":true,"issues":[]}\n'
 * formatJson({ line: 2, error: { code: 'invalid-json', message: 'Unexpected end of JSON input' } });
 * //=> '{"line":2,"error":{"code":"invalid-json","message":"Unexpected end of JSON input"}}\n'
 */
export function formatJson(result: LineResult): string {
  if ('error' in result) {
    return `${stringify({ ...(result.id === undefined ? {} : { id: result.id }), line: result.line, error: result.error })}\n`;
  }
  const record = {
    id: result.id,
    line: result.line,
    ok: result.ok,
    issues: result.issues,
    ...(result.fixed === undefined ? {} : { fixed: result.fixed }),
  };
  return `${stringify(record)}\n`;
}

// U+2028/U+2029 are valid raw in JSON, but some line readers split on them: escape them too.
function stringify(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (char) => (char === '\u2028' ? '\\u2028' : '\\u2029'));
}
