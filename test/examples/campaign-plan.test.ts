import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSendWindow } from '../../src/index.js';
import { requireBuild, ROOT } from './_dist.js';

requireBuild();
interface PlanRow {
  phone: string;
  name: string;
  segment: string;
  action: 'send' | 'defer' | 'skip';
  sendAt: string | null;
  parts: number;
  reason: string;
}
const modulePath = '../../examples/campaign-plan.mjs';
const { planCampaign, TEMPLATES } = (await import(modulePath)) as {
  planCampaign: (csv: string, options: { at: string; templates?: Record<string, string> }) => PlanRow[];
  TEMPLATES: Record<string, string>;
};
const csv = readFileSync(join(ROOT, 'examples', 'recipients.csv'), 'utf8');
const run = (...args: string[]): PlanRow[] =>
  JSON.parse(execFileSync(process.execPath, ['examples/campaign-plan.mjs', '--json', ...args], { cwd: ROOT, encoding: 'utf8' })) as PlanRow[];

describe('examples/campaign-plan.mjs, batch planning from a CSV', () => {
  const plan = run();

  it('runs as a program and plans every one of the ~20 recipients, in CSV order', () => {
    const phones = csv.trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(plan.map((row) => row.phone)).toEqual(phones);
    expect(plan.length).toBeGreaterThanOrEqual(20);
  });

  it('sends nothing to students, minors or customers who opted out, and says why in Chinese', () => {
    const excluded = plan.filter((row) => row.segment === 'excluded');
    expect(excluded.map((row) => row.phone)).toEqual(['13800000005', '13800000006', '13800000009', '13800000016', '13800000019']);
    for (const row of excluded) {
      expect(row.action).toBe('skip');
      expect(row.reason).toMatch(/^排除：/);
    }
  });

  it('defers numbers that already had their daily send to the next morning', () => {
    const deferred = plan.filter((row) => row.action === 'defer');
    expect(deferred.map((row) => [row.phone, row.sendAt, row.reason])).toEqual([
      ['13800000003', '2026-12-02T00:00:00.000Z', 'daily-limit-reached'],
      ['13800000010', '2026-12-02T00:00:00.000Z', 'daily-limit-reached'],
    ]);
  });

  it('plans every send inside the send window, as a single billed part', () => {
    for (const row of plan.filter((entry) => entry.action !== 'skip')) {
      expect(checkSendWindow(row.sendAt!).allowed, row.phone).toBe(true);
      if (row.action === 'send') expect(row.parts).toBe(1);
    }
  });

  it('moves a campaign started at 21:00 to 08:00 the next day', () => {
    const late = run('--at', '2026-12-01T21:00:00+08:00');
    const times = new Set(late.filter((row) => row.action === 'send').map((row) => row.sendAt));
    expect([...times]).toEqual(['2026-12-02T00:00:00.000Z']);
  });

  it('skips a recipient whose personalised message is not compliant, naming the rules', () => {
    const rows = planCampaign(csv, { at: '2026-12-01T09:30:00+08:00', templates: { ...TEMPLATES, A: '【XX银行】{name}，最低利息，秒批！拒收请回复R' } });
    const a = rows.filter((row) => row.segment === 'A');
    expect(a.length).toBeGreaterThan(0);
    for (const row of a) {
      expect(row.action).toBe('skip');
      expect(row.reason).toMatch(/absolute-terms/);
    }
  });
});
