import { describe, expect, it } from 'vitest';
import { screenRecipient, ScreenResultSchema, type RecipientProfile, type ScreenPolicy } from '../../src/campaign/index.js';
import { configError } from '../support/configError.js';

const at = '2026-12-01T10:00:00+08:00';
const consent = {
  messageTypes: ['loan-marketing'],
  frequency: { limit: 4, per: 'month' as const },
  period: { from: '2026-01-01T00:00:00+08:00', until: '2027-01-01T00:00:00+08:00' },
  obtainedAt: '2026-01-01T10:00:00+08:00',
};
const adult: RecipientProfile = { id: 'c-1', birthDate: '1990-05-01', consent };

const codes = (profile: RecipientProfile, policy: Partial<ScreenPolicy> = {}): string[] =>
  screenRecipient(profile, { at, ...policy }).reasons.map((reason) => reason.code);


describe('screenRecipient', () => {
  it('allows an adult with a complete, current consent and lists the checks it ran', () => {
    const result = screenRecipient(adult, { at });
    expect(result).toEqual({ allowed: true, reasons: [], checked: ['opt-out', 'student', 'minor', 'consent'] });
    expect(ScreenResultSchema.parse(result)).toEqual(result);
  });

  describe('opt-out', () => {
    it('blocks a recipient who opted out at or before the send', () => {
      expect(codes({ ...adult, optedOutAt: '2026-11-01T00:00:00Z' })).toEqual(['opted-out']);
      expect(codes({ ...adult, optedOutAt: at })).toEqual(['opted-out']);
      expect(codes({ ...adult, optedOut: true })).toEqual(['opted-out']);
    });

    it('ignores an opt-out that is later than the send (not yet known at `at`)', () => {
      expect(codes({ ...adult, optedOutAt: '2026-12-01T10:00:00.001+08:00' })).toEqual([]);
    });

    it('lets a later re-subscription lift the opt-out, but only once it has happened', () => {
      expect(codes({ ...adult, optedOutAt: '2026-10-01T00:00:00Z', resubscribedAt: '2026-11-01T00:00:00Z' })).toEqual([]);
      expect(codes({ ...adult, optedOutAt: '2026-10-01T00:00:00Z', resubscribedAt: '2026-12-24T00:00:00Z' })).toEqual(['opted-out']);
      expect(codes({ ...adult, optedOutAt: '2026-10-01T00:00:00Z', resubscribedAt: '2026-09-01T00:00:00Z' })).toEqual(['opted-out']);
    });

    it('cites MIIT Order 31 and the rule against re-sending under another signature', () => {
      const [reason] = screenRecipient({ ...adult, optedOutAt: '2026-11-01T00:00:00Z' }, { at }).reasons;
      expect(reason?.message).toContain('工信部令第31号');
      expect(reason?.message).toContain('不得更换签名');
    });
  });

  it('blocks students and stays silent for non-students', () => {
    expect(codes({ ...adult, isStudent: true })).toEqual(['student']);
    expect(codes({ ...adult, isStudent: false })).toEqual([]);
  });

  describe('minor', () => {
    // Born 2008-12-01: 18 from 2008+18 = 2026-12-01 00:00 in the policy zone.
    const born = { ...adult, birthDate: '2008-12-01' };

    it('is a minor until the first instant of the 18th birthday in Asia/Shanghai', () => {
      expect(codes(born, { at: '2026-11-30T23:59:59.999+08:00' })).toEqual(['minor']);
      expect(codes(born, { at: '2026-12-01T00:00:00+08:00' })).toEqual([]);
    });

    it('counts the birthday in the policy time zone', () => {
      const ny = { timeZone: 'America/New_York' };
      expect(codes(born, { ...ny, at: '2026-12-01T04:59:59Z' })).toEqual(['minor']);
      expect(codes(born, { ...ny, at: '2026-12-01T05:00:00Z' })).toEqual([]);
    });

    it('accepts a birth instant and a different age of majority', () => {
      expect(codes({ ...adult, birthDate: '2008-12-01T00:00:00+08:00' }, { at: '2026-11-30T15:59:59Z' })).toEqual(['minor']);
      expect(codes({ ...adult, birthDate: '2008-12-01T00:00:00+08:00' }, { at: '2026-11-30T16:00:00Z' })).toEqual([]);
      expect(codes({ ...adult, birthDate: '2006-01-01' }, { adultAge: 21 })).toEqual(['minor']);
    });

    // Found by comparing with classifySegment: addYears took 29 February to 28 February, and a birth instant
    // counted from its hour (15:00), not from the start of its calendar day.
    it('makes someone born on 29 February an adult on 1 March in a common year, as classifySegment does', () => {
      const leap = { ...adult, birthDate: '2008-02-29' };
      expect(codes(leap, { at: '2026-02-28T23:59:59+08:00' })).toEqual(['minor']);
      expect(codes(leap, { at: '2026-03-01T00:00:00+08:00' })).toEqual([]);
      expect(codes({ ...adult, birthDate: '2008-02-29' }, { at: '2028-02-29T00:00:00+08:00', adultAge: 20, requireConsent: false })).toEqual([]);
    });

    it('counts a birth instant from the start of its calendar day', () => {
      const afternoon = { ...adult, birthDate: '2008-12-01T15:00:00+08:00' };
      expect(codes(afternoon, { at: '2026-12-01T00:00:00+08:00' })).toEqual([]);
      expect(codes(afternoon, { at: '2026-11-30T23:59:59+08:00' })).toEqual(['minor']);
    });

    it('fails closed without a birth date, unless missing data is allowed', () => {
      const { birthDate: _omit, ...noBirthDate } = adult;
      expect(codes(noBirthDate)).toEqual(['birth-date-unknown']);
      expect(codes(noBirthDate, { missingData: 'allow' })).toEqual([]);
    });
  });

  describe('consent (MIIT Order 31: type, frequency and period)', () => {
    it('blocks when there is no consent record', () => {
      const { consent: _omit, ...noConsent } = adult;
      expect(codes(noConsent)).toEqual(['consent-missing']);
    });

    it('names each element the record lacks', () => {
      const result = screenRecipient({ ...adult, consent: { obtainedAt: '2026-01-01T00:00:00Z' } }, { at });
      expect(result.reasons.map((r) => [r.code, r.path])).toEqual([
        ['consent-incomplete', 'consent.messageTypes'],
        ['consent-incomplete', 'consent.frequency'],
        ['consent-incomplete', 'consent.period.from'],
        ['consent-incomplete', 'consent.period.until'],
      ]);
      expect(result.reasons[0]?.message).toContain('类型、频次和期限');
    });

    it('treats an empty list of message types as missing', () => {
      expect(codes({ ...adult, consent: { ...consent, messageTypes: [] } })).toEqual(['consent-incomplete']);
    });

    it('blocks a message type the consent does not cover, and allows one it does', () => {
      expect(codes(adult, { messageType: 'credit-card-marketing' })).toEqual(['consent-type-mismatch']);
      expect(codes(adult, { messageType: 'loan-marketing' })).toEqual([]);
    });

    it('treats the period as [from, until)', () => {
      expect(codes(adult, { at: '2025-12-31T23:59:59+08:00' })).toEqual(['consent-not-yet-obtained', 'consent-not-yet-valid']);
      expect(codes(adult, { at: '2026-01-01T10:00:00+08:00' })).toEqual([]);
      expect(codes(adult, { at: '2026-12-31T23:59:59.999+08:00' })).toEqual([]);
      expect(codes(adult, { at: '2027-01-01T00:00:00+08:00' })).toEqual(['consent-expired']);
    });

    it('blocks once consent was revoked, and not before', () => {
      const revoked = { ...adult, consent: { ...consent, revokedAt: '2026-11-15T00:00:00+08:00' } };
      expect(codes(revoked)).toEqual(['consent-revoked']);
      expect(codes(revoked, { at: '2026-11-14T23:59:59+08:00' })).toEqual([]);
    });

    it('is skipped entirely when consent is not required', () => {
      const { consent: _omit, ...noConsent } = adult;
      const result = screenRecipient(noConsent, { at, requireConsent: false });
      expect(result.allowed).toBe(true);
      expect(result.checked).not.toContain('consent');
    });
  });

  describe('debt-to-income and credit score', () => {
    it('runs only when a threshold is set', () => {
      expect(screenRecipient({ ...adult, debtToIncome: 5, creditScore: 1 }, { at }).checked).not.toContain('debt-to-income');
    });

    it('blocks a ratio above the maximum and passes one equal to it', () => {
      expect(codes({ ...adult, debtToIncome: 0.5000001 }, { maxDebtToIncome: 0.5 })).toEqual(['debt-to-income-above-threshold']);
      expect(codes({ ...adult, debtToIncome: 0.5 }, { maxDebtToIncome: 0.5 })).toEqual([]);
    });

    it('blocks a score below the minimum and passes one equal to it', () => {
      expect(codes({ ...adult, creditScore: 599 }, { minCreditScore: 600 })).toEqual(['credit-score-below-threshold']);
      expect(codes({ ...adult, creditScore: 600 }, { minCreditScore: 600 })).toEqual([]);
    });

    it('quotes the values in the message', () => {
      const [reason] = screenRecipient({ ...adult, debtToIncome: 0.55 }, { at, maxDebtToIncome: 0.5 }).reasons;
      expect(reason?.message).toContain('55%');
      expect(reason?.message).toContain('50%');
    });

    it('fails closed on missing values unless missing data is allowed', () => {
      expect(codes(adult, { maxDebtToIncome: 0.5, minCreditScore: 600 })).toEqual(['debt-to-income-unknown', 'credit-score-unknown']);
      expect(codes(adult, { maxDebtToIncome: 0.5, minCreditScore: 600, missingData: 'allow' })).toEqual([]);
    });
  });

  it('reports every reason, in check order', () => {
    expect(codes({ isStudent: true, optedOut: true, birthDate: '2010-01-01', debtToIncome: 2 }, { maxDebtToIncome: 0.5 })).toEqual([
      'opted-out',
      'student',
      'minor',
      'consent-missing',
      'debt-to-income-above-threshold',
    ]);
  });

  describe('bad input', () => {
    it.each([
      ['a missing `at`', 'policy.at', adult, {}],
      ['a zone-less `at`', 'policy.at', adult, { at: '2026-12-01T10:00:00' }],
      ['an unknown time zone', 'policy.timeZone', adult, { at, timeZone: 'Mars/Olympus' }],
      ['a negative threshold', 'policy.maxDebtToIncome', adult, { at, maxDebtToIncome: -1 }],
      ['a negative ratio', 'profile.debtToIncome', { ...adult, debtToIncome: -0.1 }, { at }],
      ['an invalid birth date', 'profile.birthDate', { ...adult, birthDate: '1990-13-45' }, { at }],
      ['a frequency of zero', 'profile.consent.frequency.limit', { ...adult, consent: { ...consent, frequency: { limit: 0, per: 'month' } } }, { at }],
      ['an unknown profile key', 'profile', { ...adult, phone: '138' }, { at }],
    ])('rejects %s with ComplianceConfigError naming %s', (_label, path, profile, policy) => {
      expect(configError(() => screenRecipient(profile as RecipientProfile, policy as ScreenPolicy)).path).toBe(path);
    });
  });
});
