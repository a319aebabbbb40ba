// A pre-send gate for an HTTP SMS service: every message is linted before it is queued, and a message
// that is not compliant is refused with 422 Unprocessable Content and the issues, so the caller can show
// them (spans are UTF-16 offsets into the text it sent) or apply the suggested fixes.
//
//   npm run build && node examples/http-gate.mjs          # listens on 127.0.0.1:8080 (PORT, HOST to change)
//   curl -s -X POST localhost:8080/messages -H 'content-type: application/json' \
//        -d '{"to":"13800000000","text":"【XX银行】最低利息，秒批！拒收请回复R"}'
//
// POST /messages  { to, text, sender?, kind?, segment? }
//   202 { accepted: true, issues }      compliant (warnings and info may remain; they are returned too)
//   422 { accepted: false, issues }     at least one error: do not send
//   400 { error, path }                 the request itself is invalid (bad JSON, unknown option …)
//   413 / 404 / 405                     body too large, unknown path, wrong method

import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { ComplianceConfigError, createLinter } from 'sms-compliance';

const MAX_BODY_BYTES = 16 * 1024; // a long SMS is at most 500 characters; anything bigger is not a message

/**
 * Builds the gate. The linter is compiled once here (validating the config, building the automaton), and
 * each request only reads its message. `send` is where a real service would hand the message to its SMS
 * provider; the default does nothing.
 *
 * @param {{ config?: import('sms-compliance').LinterConfig, send?: (message: object) => Promise<void> | void }} [options]
 */
export function createGate({ config = {}, send = () => {} } = {}) {
  const linter = createLinter(config);

  return createServer(async (request, response) => {
    const reply = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    if (request.url !== '/messages') return reply(404, { error: 'not found' });
    if (request.method !== 'POST') return reply(405, { error: 'use POST' });

    let raw = '';
    for await (const chunk of request) {
      raw += chunk;
      if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return reply(413, { error: `body over ${MAX_BODY_BYTES} bytes` });
    }
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return reply(400, { error: 'the body is not JSON', path: '' });
    }
    if (body === null || typeof body !== 'object' || typeof body.to !== 'string') {
      return reply(400, { error: 'expected { to, text, sender?, kind?, segment? }', path: 'to' });
    }

    const { to, text, ...options } = body;
    try {
      // The library validates `text` and the options and throws ComplianceConfigError naming the path.
      const report = linter.lint(text, options);
      if (!report.ok) return reply(422, { accepted: false, issues: report.issues });
      await send({ to, text, ...options });
      return reply(202, { accepted: true, issues: report.issues });
    } catch (error) {
      if (error instanceof ComplianceConfigError) return reply(400, { error: error.message, path: error.path });
      throw error;
    }
  });
}

// Run as a program: `node examples/http-gate.mjs`. PORT=0 picks a free port; the address is printed.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = createGate({ send: ({ to }) => console.log(`queued a message to ${to}`) });
  server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
    const { address, port } = server.address();
    console.log(`sms-compliance gate listening on http://${address}:${port}/messages`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
