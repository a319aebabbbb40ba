import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { complaintDeadlines } from '../../src/unsubscribe/complaintDeadlines.js';
import { isSuppressed } from '../../src/unsubscribe/isSuppressed.js';
import { parseReply } from '../../src/unsubscribe/parseReply.js';
import { trackUnsubscribes } from '../../src/unsubscribe/trackUnsubscribes.js';
import { unsubscribeDeadline } from '../../src/unsubscribe/unsubscribeDeadline.js';
import type { UnsubscribePolicy } from '../../src/unsubscribe/schemas.js';

const HOUR = 3_600_000;
const instantArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) });
const holidayArb = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2029, 2, 1) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const policyArb: fc.Arbitrary<UnsubscribePolicy> = fc.oneof(
  fc.record({ kind: fc.constant('hours' as const), hours: fc.double({ min: 0, max: 240, noNaN: true }) }),
  fc.record({
    kind: fc.constant('business-days' as const),
    days: fc.integer({ min: 1, max: 30 }),
    timeZone: fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe'),
    holidays: fc.array(holidayArb, { maxLength: 40 }),
    workdays: fc.array(holidayArb, { maxLength: 5 }),
    weekend: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
  }),
);

describe('unsubscribe properties', () => {
  test.prop([policyArb, instantArb, instantArb])('deadlines are monotone in requestedAt and never before it', (policy, a, b) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    const first = unsubscribeDeadline(early, policy).getTime();
    const second = unsubscribeDeadline(late, policy).getTime();
    expect(first).toBeLessThanOrEqual(second);
    expect(first).toBeGreaterThanOrEqual(early);
  });

  test.prop([fc.double({ min: 0, max: 240, noNaN: true }), instantArb])('an hours deadline is exactly that many hours later', (hours, at) => {
    expect(unsubscribeDeadline(at, { kind: 'hours', hours }).getTime() - at).toBe(Math.round(hours * HOUR));
  });

  test.prop([instantArb, fc.integer({ min: 0, max: 96 * HOUR }), fc.integer({ min: 0, max: 96 * HOUR })])(
    'an open request never goes back from overdue to pending as time passes',
    (requestedAt, d1, d2) => {
      const [first, second] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const status = (at: number) => trackUnsubscribes([{ to: 'x', requestedAt }], { at }).items[0]!.status;
      if (status(requestedAt + first) === 'overdue') expect(status(requestedAt + second)).toBe('overdue');
    },
  );

  test.prop([instantArb, fc.integer({ min: 0, max: 96 * HOUR }), fc.integer({ min: 0, max: 96 * HOUR })])(
    'a number is suppressed at every instant from its request on, whatever the SLA status',
    (requestedAt, offset, effectiveDelay) => {
      const requests = [{ to: 'x', requestedAt, effectiveAt: requestedAt + effectiveDelay }];
      expect(isSuppressed('x', requests, requestedAt + offset)).toBe(true);
    },
  );

  test.prop([instantArb, instantArb])('complaint deadlines are monotone in receivedAt, level by level', (a, b) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    const first = complaintDeadlines(early).levels;
    const second = complaintDeadlines(late).levels;
    first.forEach((level, i) => expect(level.deadline.getTime()).toBeLessThanOrEqual(second[i]!.deadline.getTime()));
  });

  const noise = fc.constantFrom(' ', '。', '！', '!', '.', '，', '~', '\u3000', '【', '】', '"', '…');
  test.prop([
    fc.constantFrom('R', 'T', 'TD', 'N', '退订', '拒收', 'STOP', 'UNSUBSCRIBE', 'QUIT', '不要再发了', '别再给我发短信', '请勿再发送'),
    fc.array(noise, { maxLength: 3 }),
    fc.array(noise, { maxLength: 3 }),
    fc.boolean(),
    fc.boolean(),
  ])('a refusal survives surrounding punctuation, full width and case changes', (word, before, after, fullWidth, lower) => {
    let text: string = word;
    if (fullWidth) text = text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    if (lower) text = text.toLowerCase();
    expect(parseReply(before.join('') + text + after.join('')).intent).toBe('unsubscribe');
  });

  test.prop([fc.string({ maxLength: 40 }), fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 })])(
    'parseReply is total: any text gets exactly one intent and an option only when offered',
    (text, offered) => {
      const reply = parseReply(text, { offered });
      expect(['unsubscribe', 'resubscribe', 'help', 'option', 'other']).toContain(reply.intent);
      if (reply.intent === 'option') expect(offered).toContain(reply.option);
    },
  );
});
