import { runCli } from './runCli.js';

// The one place that touches the real process. Errors on our own output streams (EPIPE after
// `| head`) are handled in runCli; these listeners keep a late one from becoming an uncaught
// exception with a stack trace.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

void runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
