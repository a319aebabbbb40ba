import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, RulePackSchema, rules } from '../../src/index.js';
import { builtinRules } from '../../src/catalog/builtinRules.js';

const rulesDir = new URL('../../rules/', import.meta.url);
const packFiles = readdirSync(rulesDir).filter((file) => file.endsWith('.json'));
const packs = packFiles
  .map((file) => ({ file, json: JSON.parse(readFileSync(new URL(file, rulesDir), 'utf8')) as { schema?: string } }))
  .filter(({ json }) => json.schema === 'sms-compliance/rule-pack@1');

describe('rule packs', () => {
  it('there is a pack for every content rule', () => {
    const packRules = packs.map(({ json }) => (json as { rule: string }).rule);
    for (const id of ['absolute-terms', 'specific-amount', 'misleading-claims', 'apr-disclosure', 'student-targeting',
      'contact-channel', 'link', 'placeholder', 'forbidden-characters', 'sender-number', 'anti-fraud-tip', 'marketing-in-notification', 'evasion']) {
      expect(packRules).toContain(id);
      expect(rules.map((rule) => rule.id)).toContain(id);
    }
  });

  for (const { file, json } of packs) {
    describe(file, () => {
      const pack = RulePackSchema.parse(json);

      it('is a valid rule pack named after its rule', () => {
        expect(file).toBe(`${pack.rule}.json`);
        expect(pack.specs.length).toBeGreaterThan(0);
      });

      it("hands its allow list to its rule (a list the rule never reads would excuse nothing)", () => {
        const rule = builtinRules.find((candidate) => candidate.id === pack.rule)!;
        expect(rule.meta.allow ?? []).toEqual(pack.allow.map((allow) => allow.phrase));
      });

      for (const spec of pack.specs) {
        it(`${spec.fires ? 'fires on' : 'stays silent on'} ${JSON.stringify(spec.text)}${spec.note ? ` (${spec.note})` : ''}`, () => {
          const report = lint(spec.text, spec.options as Parameters<typeof lint>[1]);
          const fired = report.issues.filter((issue) => issue.ruleId === pack.rule);
          if (spec.fires) expect(fired.length, JSON.stringify(report.issues, null, 1)).toBeGreaterThan(0);
          else expect(fired, JSON.stringify(fired, null, 1)).toEqual([]);
        });
      }
    });
  }
});
