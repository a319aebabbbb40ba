import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, ROOT } from '../examples/_dist.js';

// Real headless Chromium (the Debian `chromium` package) drives the page like a person. Locally, without
// Chromium, the suite is skipped; in CI a missing browser is a failure.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') {
  throw new Error(`Chromium not found at ${CHROMIUM}: CI must install the Debian package (apt-get install -y chromium) for the playground test`);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.md': 'text/markdown' };

/** Serves docs/ and dist/ (read-only, nothing else) from the repository root. */
function staticServer(): Server {
  return createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const allowed = path.startsWith(`docs${sep}`) || path.startsWith(`dist${sep}`);
    const file = join(ROOT, path);
    if (!allowed || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    response.end(readFileSync(file));
  });
}

describe.skipIf(!hasChromium)('docs/playground in headless Chromium', () => {
  let server: Server;
  let browser: BrowserContext;
  let page: Page;
  let profile: string;
  const errors: string[] = [];

  beforeAll(async () => {
    requireBuild();
    if (!existsSync(join(ROOT, 'dist', 'browser', 'sms-compliance.js'))) throw new Error('dist/browser/sms-compliance.js is missing: run `npm run build`');
    server = staticServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    profile = mkdtempSync(join(tmpdir(), 'sms-playground-'));
    // A fresh profile per run: playwright passes it as --user-data-dir.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (entry) => {
      if (entry.type() === 'error') errors.push(entry.text());
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/docs/playground/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const typeMessage = async (text: string) => {
    const box = page.locator('#message');
    await box.fill('');
    await box.pressSequentially(text, { delay: 5 });
  };
  const issueIds = () => page.locator('#issues li[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));

  it('loads the browser bundle without errors and checks the sample message', async () => {
    expect(errors).toEqual([]);
    expect(await page.locator('#status').textContent()).toContain('Not compliant');
  });

  it('highlights the issues and the four layers of a typed message, with its billing length', async () => {
    const text = '【XX银行】最低利息。回复1了解详情，回复2预约回电。拒收请回复R';
    await typeMessage(text);
    expect(await issueIds()).toContain('absolute-terms');
    // A span overlapped by another issue is drawn in pieces; together they cover exactly the excerpt.
    const flagged = page.locator('#preview .issue[data-rule~="absolute-terms"]');
    expect((await flagged.allTextContents()).join('')).toBe('最低利息');
    expect(await flagged.first().getAttribute('class')).toContain('severity-error');
    expect(await page.locator('#preview [data-layer="identity"]').first().textContent()).toBe('【XX银行】');
    expect(await page.locator('#preview [data-layer="unsubscribe"]').first().textContent()).toBe('拒收请回复R');
    expect(await page.locator('#preview [data-layer="interaction"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#length').textContent()).toBe(`${text.length} characters · 1 billed part (70 per part, UCS-2)`);
    expect(await page.locator('#status').textContent()).toContain('Not compliant');
  });

  it('applies a suggestion with one click, and the issue disappears', async () => {
    await page.locator('#issues li[data-rule="absolute-terms"] button.apply').click();
    expect(await page.locator('#message').inputValue()).toBe('【XX银行】基准利率起。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(await issueIds()).not.toContain('absolute-terms');
    expect(await page.locator('#preview .issue[data-rule~="absolute-terms"]').count()).toBe(0);
  });

  it('marks a missing unsubscribe statement and inserts it on request; the message becomes compliant', async () => {
    await typeMessage('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。');
    expect(await page.locator('#preview .missing[data-rule="unsubscribe"]').count()).toBe(1);
    await page.locator('#issues li[data-rule="unsubscribe"] button.apply').click();
    expect(await page.locator('#message').inputValue()).toBe('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R');
    expect(await page.locator('#status').textContent()).toContain('OK to send');
    expect(await issueIds()).not.toContain('unsubscribe');
  });

  it('checks against the chosen segment', async () => {
    await typeMessage('【XX消费金融】新用户专享年化利率(单利)7.2%起。回复1了解详情，回复2预约回电。拒收请回复R');
    await page.selectOption('#segment', 'C');
    expect(await issueIds()).toContain('segment-fit');
    await page.selectOption('#segment', 'B');
    expect(await issueIds()).not.toContain('segment-fit');
  });

  it('shows typed text as text, never as markup', async () => {
    await typeMessage('【XX银行】<img src=x onerror="window.pwned=1">');
    expect(await page.locator('#preview img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
