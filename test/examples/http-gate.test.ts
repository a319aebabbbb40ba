import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, ROOT } from './_dist.js';

requireBuild();
const modulePath = '../../examples/http-gate.mjs';
const { createGate } = (await import(modulePath)) as {
  createGate: (options?: { config?: object; send?: (message: object) => void }) => Server;
};

const GOOD = '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R';
const BAD = '【XX银行】最低利息，50万额度秒批！拒收请回复R';

describe('examples/http-gate.mjs, a pre-send gate', () => {
  const sent: object[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createGate({ send: (message) => void sent.push(message) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const post = async (body: unknown, raw = false) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw ? (body as string) : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('accepts a compliant message with 202 and hands it to the sender', async () => {
    const { status, body } = await post({ to: '13800000000', text: GOOD });
    expect(status).toBe(202);
    expect(body.accepted).toBe(true);
    expect(sent).toContainEqual({ to: '13800000000', text: GOOD });
  });

  it('refuses a non-compliant message with 422 and the issues, and sends nothing', async () => {
    const before = sent.length;
    const { status, body } = await post({ to: '13800000000', text: BAD });
    expect(status).toBe(422);
    expect(body.accepted).toBe(false);
    const issues = body.issues as { ruleId: string; start: number; end: number; excerpt: string }[];
    expect(issues.map((issue) => issue.ruleId)).toEqual(expect.arrayContaining(['absolute-terms', 'specific-amount']));
    for (const issue of issues) expect(BAD.slice(issue.start, issue.end)).toBe(issue.excerpt);
    expect(sent.length).toBe(before);
  });

  it('passes the lint options through: a segment mismatch is a warning, an excluded customer is refused', async () => {
    const offer = '【XX消费金融】新用户专享年化利率(单利)7.2%起。拒收请回复R';
    expect((await post({ to: '1', text: offer, segment: 'B' })).status).toBe(202);
    expect((await post({ to: '1', text: offer, segment: 'excluded' })).status).toBe(422);
  });

  it('answers 400 naming the path for invalid input, never 500', async () => {
    expect(await post('{not json', true)).toEqual({ status: 400, body: { error: 'the body is not JSON', path: '' } });
    expect((await post({ to: '1', text: GOOD, kind: 'promo' })).body.path).toBe('options.kind');
    expect((await post({ to: '1', text: 42 })).body.path).toBe('text');
    expect((await post({ text: GOOD })).status).toBe(400);
  });

  it('refuses bodies over 16 KiB with 413, other paths with 404 and other methods with 405', async () => {
    expect((await post({ to: '1', text: '好'.repeat(10_000) })).status).toBe(413);
    expect((await fetch(url.replace('/messages', '/'), { method: 'POST' })).status).toBe(404);
    expect((await fetch(url)).status).toBe(405);
  });

  it('runs as a program: `PORT=0 node examples/http-gate.mjs` prints its address and serves', async () => {
    const child = spawn(process.execPath, ['examples/http-gate.mjs'], { cwd: ROOT, env: { ...process.env, PORT: '0' } });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const match = /listening on (http:\/\/\S+)/.exec(chunk.toString());
          if (match !== null) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`the gate exited with ${String(code)}`)));
      });
      const response = await fetch(address, { method: 'POST', body: JSON.stringify({ to: '1', text: BAD }) });
      expect(response.status).toBe(422);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
