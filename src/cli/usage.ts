/**
 * The text printed by `sms-compliance --help`.
 *
 * @example
 * import { usage } from './usage.js';
 *
 * usage.startsWith('Usage: sms-compliance lint'); //=> true
 */
export const usage = `Usage: sms-compliance lint [options] [FILE|-]

Checks Chinese loan-marketing SMS before they are sent. Reads one message per line from FILE
(or stdin when FILE is "-" or missing): plain text, or JSONL records
{"id","text","sender","kind","segment"} (a line starting with "{" is JSON).

Options:
  -f, --format text|json   readable report (default) or one JSON object per line
      --fix                print the fixed texts (text) or add "fixed" to each record (json)
  -c, --config FILE        a JSON linter config: {"rules","terms","allow"}
      --kind KIND          marketing (default) or notification, for lines that do not say
      --sender NUMBER      the sending number, for lines that do not say
      --input MODE         auto (default), text (every line is a message) or jsonl
      --redact             mask phone numbers and long digit runs in the output
      --no-progress        no progress line on stderr
  -h, --help               show this help
  -v, --version            show the version

Exit codes:
  0  every line was checked and no message has an error
  1  every line was checked and some message has an error
  2  not every line got a verdict: bad usage or config, unreadable input,
     a malformed line, or the output was closed early

Docs: docs/cli.md
`;
