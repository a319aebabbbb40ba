// screenRecipient (campaign) and classifySegment (segments) both refuse minors. They once disagreed on
// 29 February birthdays and on birth instants; this holds them to one rule on random dates and zones.
import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { screenRecipient } from '../../src/campaign/index.js';
import { classifySegment } from '../../src/segments/index.js';

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2012-12-31T00:00:00Z'), noInvalidDate: true });
// Leap days and the days around them, often.
const birthDate = fc.oneof(
  day.map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2004-02-29', '2008-02-29', '2008-02-28', '2008-03-01', '2012-02-29'),
  day,
);
const zone = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Pacific/Kiritimati');
// Sends around the 18th birthdays of the dates above.
const at = fc.date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true });

test.prop([birthDate, zone, at], { numRuns: 3000 })('screenRecipient and classifySegment agree on who is a minor', (born, timeZone, when) => {
  const screened = screenRecipient({ birthDate: born }, { at: when, timeZone, requireConsent: false });
  const classified = classifySegment({ id: 'x', birthDate: born, hasLoanRecord: true }, { at: when, policy: { timeZone } });
  const minorByScreen = screened.reasons.some((reason) => reason.code === 'minor');
  const minorBySegment = classified.reasons.some((reason) => reason.includes('周岁'));
  expect(minorByScreen).toBe(minorBySegment);
});

test.prop([fc.constantFrom('2004-02-29', '2008-02-29'), fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London')], { numRuns: 50 })('the comparison is not vacuous: a 29 February birth is a minor on 28 February of the 18th year', (born, timeZone) => {
  const year = Number(born.slice(0, 4)) + 18;
  const when = new Date(`${year}-02-28T12:00:00Z`);
  expect(screenRecipient({ birthDate: born }, { at: when, timeZone, requireConsent: false }).reasons.map((r) => r.code)).toContain('minor');
});
