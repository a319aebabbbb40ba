// Batch planning of a campaign from a CSV of recipients: who gets which message, when, and who gets nothing
// and why. Each step is one library call, so every decision in the plan can be explained and audited:
//
//   1. classifySegments — A/B/C 分层: students, minors and opted-out customers are excluded; A gets a renewal
//      reminder, B a rate offer, C a process introduction.
//   2. lint             — each personalised message is checked with the customer's segment (segment-fit).
//   3. checkSendWindow  — 08:00–20:00 Asia/Shanghai: a campaign started at night waits for the morning.
//   4. planSends        — the frequency cap (here 4 a month, 1 a day, per number across signatures), against
//                         each number's earlier sends; a refused number is deferred to its nextAllowedAt.
//
//   npm run build && node examples/campaign-plan.mjs                 # examples/recipients.csv, a table
//   node examples/campaign-plan.mjs --json --at 2026-12-01T21:00:00+08:00 path/to/recipients.csv
//
// The CSV has a header row and no quoted fields: phone,name,hasLoanRecord,lastInquiryAt,registeredAt,
// birthDate,isStudent,optedOutAt,sentBefore (sentBefore: earlier send times separated by ';').

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkSendWindow, classifySegments, lint, messageLength, planSends } from 'sms-compliance';

/** One template per segment, `{name}` filled per customer. Each is compliant for its segment. */
export const TEMPLATES = {
  A: '【XX银行】{name}您好，您的借款即将到期可续期。回复1了解续期，回复2预约回电。拒收请回复R',
  B: '【XX银行】{name}您好，专享年化利率(单利)7.2%起。回复1了解详情，回复2预约回电。拒收请回复R',
  C: '【XX银行】{name}您好，三步了解申请流程。回复1了解流程，回复2预约回电。拒收请回复R',
};

export const POLICY = { limit: 4, dailyLimit: 1, sendWindow: {} };

/** Parses the recipients CSV (header row, comma-separated, no quoting). */
export function parseRecipients(csv) {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  const columns = header.split(',');
  return rows.map((row, index) => {
    const cells = row.split(',');
    if (cells.length !== columns.length) throw new Error(`row ${index + 2}: expected ${columns.length} fields, got ${cells.length}`);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i].trim()]));
  });
}

/** The customer profile classifySegment reads, from one CSV row (empty cells are left out). */
function profileOf(row) {
  return {
    id: row.phone,
    hasLoanRecord: row.hasLoanRecord === 'true',
    isStudent: row.isStudent === 'true',
    ...(row.lastInquiryAt ? { inquiries: [{ at: row.lastInquiryAt }] } : {}),
    ...(row.registeredAt ? { registeredAt: row.registeredAt } : {}),
    ...(row.birthDate ? { birthDate: row.birthDate } : {}),
    ...(row.optedOutAt ? { optedOutAt: row.optedOutAt } : {}),
  };
}

/**
 * Plans a campaign. Returns one row per recipient, in CSV order:
 * `{ phone, name, segment, action: 'send' | 'defer' | 'skip', sendAt, parts, reason }`.
 */
export function planCampaign(csv, { at, templates = TEMPLATES, policy = POLICY }) {
  const rows = parseRecipients(csv);
  const { results } = classifySegments(rows.map(profileOf), { at });

  // A campaign started outside the send window starts when the window next opens.
  const window = checkSendWindow(at, policy.sendWindow);
  const start = window.allowed ? new Date(at) : window.nextWindowStart;

  const plan = rows.map((row, i) => {
    const { segment, reasons } = results[i];
    const base = { phone: row.phone, name: row.name, segment };
    const template = templates[segment];
    if (template === undefined) return { ...base, action: 'skip', sendAt: null, parts: 0, reason: reasons[0] };
    const text = template.replaceAll('{name}', row.name);
    const report = lint(text, { segment });
    if (!report.ok) {
      const rules = report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.ruleId);
      return { ...base, action: 'skip', sendAt: null, parts: 0, reason: `message not compliant: ${[...new Set(rules)].join(', ')}` };
    }
    return { ...base, action: 'send', sendAt: start, parts: messageLength(text).parts, reason: '', text };
  });

  // Frequency caps for everyone still in the plan, in one linear pass over candidates and history.
  const candidates = plan.filter((entry) => entry.action === 'send');
  const history = rows.flatMap((row) =>
    row.sentBefore ? row.sentBefore.split(';').map((sentAt) => ({ to: row.phone, at: sentAt })) : [],
  );
  const decisions = planSends(candidates.map((entry) => entry.phone), history, { at: start, policy });
  decisions.forEach((decision, i) => {
    if (decision.allowed) return;
    Object.assign(candidates[i], { action: 'defer', sendAt: decision.deferredUntil, reason: decision.reason });
  });
  return plan.map(({ text, ...entry }) => ({ ...entry, sendAt: entry.sendAt?.toISOString() ?? null }));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    options: { at: { type: 'string', default: '2026-12-01T09:30:00+08:00' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const file = positionals[0] ?? new URL('recipients.csv', import.meta.url);
  const plan = planCampaign(readFileSync(file, 'utf8'), { at: values.at });
  if (values.json) console.log(JSON.stringify(plan, null, 2));
  else {
    console.table(plan.map(({ phone, segment, action, sendAt, reason }) => ({ phone, segment, action, sendAt: sendAt ?? '', reason })));
    const count = (action) => plan.filter((entry) => entry.action === action).length;
    console.log(`send ${count('send')}, defer ${count('defer')}, skip ${count('skip')} of ${plan.length}`);
  }
}
