// A property-based test suite a host would write against its own templates, with fast-check and vitest.
// Example-based tests check the three names you thought of; properties check every name, product and
// amount the generators can produce, and shrink a failure to the smallest message that breaks.
//
//   npm run build && npx vitest run examples/property-suite.test.mjs
//   (in this repository it runs through test/examples/property-suite.test.ts)

import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyFixes, checkStructure, lint, messageLength } from 'sms-compliance';

// The host's templates: a signature, the offer, 2 reply options, the unsubscribe statement.
const TEMPLATES = {
  renewal: '【XX银行】{name}您好，您的{product}即将到期可续期。回复1了解续期，回复2预约回电。拒收请回复R',
  offer: '【XX银行】{name}您好，{product}专享年化利率(单利){rate}%起。回复1了解详情，回复2预约回电。拒收请回复R',
};
const PRODUCTS = ['借款', '消费贷', '信用贷'];

const render = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));

// Chinese names of 2–4 characters from a common-character range; products from the catalogue;
// rates as the host stores them (one decimal, within the 24% ceiling).
const hanChar = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
const name = fc.string({ unit: hanChar, minLength: 2, maxLength: 4 });
const product = fc.constantFrom(...PRODUCTS);
const rate = fc.integer({ min: 36, max: 239 }).map((tenths) => (tenths / 10).toFixed(1));

describe('our templates, for every customer', () => {
  test.prop([fc.constantFrom(...Object.values(TEMPLATES)), name, product, rate])(
    'a rendered message passes the pre-send check',
    (template, customer, productName, annual) => {
      const report = lint(render(template, { name: customer, product: productName, rate: annual }));
      expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    },
  );

  test.prop([fc.constantFrom(...Object.values(TEMPLATES)), name, product, rate])(
    'a rendered message fits in one billed part and keeps its four layers',
    (template, customer, productName, annual) => {
      const text = render(template, { name: customer, product: productName, rate: annual });
      expect(messageLength(text).parts).toBe(1);
      const { layers } = checkStructure(text);
      expect(layers.identity?.text).toBe('【XX银行】');
      expect(layers.interaction?.options.map((option) => option.key)).toEqual(['1', '2']);
      expect(layers.unsubscribe?.text).toBe('拒收请回复R');
    },
  );

  test.prop([name, product])('the renewal reminder fits A customers (segment-fit stays silent)', (customer, productName) => {
    const text = render(TEMPLATES.renewal, { name: customer, product: productName });
    expect(lint(text, { segment: 'A' }).issues.filter((issue) => issue.ruleId === 'segment-fit')).toEqual([]);
  });
});

describe('the gate catches what our templates must never contain', () => {
  test.prop([name, fc.integer({ min: 1, max: 99 })])('a specific credit amount is an error', (customer, wan) => {
    const report = lint(`【XX银行】${customer}您好，您有${wan}万额度待领取。回复1了解详情，回复2预约回电。拒收请回复R`);
    expect(report.ok).toBe(false);
    expect(report.issues.some((issue) => issue.ruleId === 'specific-amount')).toBe(true);
  });

  test.prop([name])('a draft without the unsubscribe statement is fixed by applying the suggestions', (customer) => {
    const draft = `【XX银行】${customer}您好，三步了解申请流程。回复1了解流程，回复2预约回电。`;
    expect(lint(draft).ok).toBe(false);
    expect(lint(applyFixes(draft, lint(draft).issues)).ok).toBe(true);
  });

  test.prop([fc.string({ maxLength: 200 })])('any text at all gets a report whose spans point into it', (text) => {
    for (const issue of lint(text).issues) expect(text.slice(issue.start, issue.end)).toBe(issue.excerpt);
  });
});
