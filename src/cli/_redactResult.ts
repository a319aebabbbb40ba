import type { Issue } from '../engine/types.js';
import { redact } from './redact.js';
import type { LineResult } from './schemas.js';

/**
 * Applies {@link redact} to every piece of message text in a result: the text, the fixed text,
 * excerpts, rule messages (they quote the matched words), suggestions and error messages (a JSON
 * parse error quotes the line). Ids, rule ids and offsets are kept. Masking keeps lengths, so
 * `excerpt === text.slice(start, end)` still holds afterwards.
 *
 * @internal
 */
export function redactResult(result: LineResult): LineResult {
  if ('error' in result) {
    const { error } = result;
    return {
      ...result,
      error: {
        ...error,
        message: redact(error.message),
        ...(error.problems === undefined
          ? {}
          : { problems: error.problems.map((problem) => ({ path: problem.path, message: redact(problem.message) })) }),
      },
    };
  }
  return {
    ...result,
    text: redact(result.text),
    ...(result.fixed === undefined ? {} : { fixed: redact(result.fixed) }),
    issues: result.issues.map(redactIssue),
  };
}

function redactIssue(issue: Issue): Issue {
  return {
    ...issue,
    message: redact(issue.message),
    excerpt: redact(issue.excerpt),
    ...(issue.suggestion === undefined ? {} : { suggestion: { ...issue.suggestion, text: redact(issue.suggestion.text) } }),
  };
}
