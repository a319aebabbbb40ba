import { describe, expect, it } from 'vitest';
import type { Issue, ReportDescriptor, RuleContext, RuleDefinition } from '../../src/engine/types.js';
import { checkStructure, type StructureOptions } from '../../src/structure/index.js';
import { structureRules } from '../../src/structure/rules.js';

/** Runs one rule the way the engine does: options through meta.options, then check(context). */
function runRule(rule: RuleDefinition, text: string, kind: 'marketing' | 'notification', rawOptions?: unknown): Issue[] {
  const ruleOptions = rule.meta.options ? rule.meta.options.parse(rawOptions) : undefined;
  const issues: Issue[] = [];
  const context = {
    text,
    options: { kind },
    ruleOptions,
    report: (d: ReportDescriptor) => {
      const suggestion = typeof d.suggestion === 'string' ? { text: d.suggestion, start: d.start, end: d.end } : d.suggestion;
      issues.push({
        ruleId: rule.id,
        severity: d.severity ?? rule.meta.defaultSeverity,
        message: d.message,
        start: d.start,
        end: d.end,
        excerpt: text.slice(d.start, d.end),
        ...(suggestion ? { suggestion } : {}),
      });
    },
  } as unknown as RuleContext;
  if (!(rule.meta.kinds ?? ['marketing', 'notification']).includes(kind)) return [];
  rule.check(context);
  return issues;
}

const SAMPLES = [
  '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R',
  '【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。',
  '您享有【限时】专属绿色通道。回复R了解详情，回复R预约回电。回T退订',
  '【温馨提示】回复1了解详情，回复2预约回电，回复3咨询，回复4办理。您享有VIP通道，额度最高200万。拒收请回复R。再见',
  '【XX 银行】尊敬的客户，您本月账单已出。拒收请回复R' + '好'.repeat(60),
  '【招联金融】' + '好'.repeat(520),
];

describe('structureRules', () => {
  it('has the six public rule ids in order', () => {
    expect(structureRules.map((r) => r.id)).toEqual([
      'identity',
      'feature-length',
      'reply-options',
      'unsubscribe',
      'layer-order',
      'message-length',
    ]);
  });

  it('marks feature-length, reply-options and layer-order as marketing-only', () => {
    const marketingOnly = structureRules.filter((r) => r.meta.kinds?.length === 1 && r.meta.kinds[0] === 'marketing');
    expect(marketingOnly.map((r) => r.id)).toEqual(['feature-length', 'reply-options', 'layer-order']);
  });

  it('applies option defaults when no options are configured', () => {
    const byId = Object.fromEntries(structureRules.map((r) => [r.id, r.meta.options?.parse(undefined)]));
    expect(byId).toEqual({
      identity: { allowSignatures: [] },
      'feature-length': { maxFeatureChars: 15 },
      'reply-options': { minReplyOptions: 2, maxReplyOptions: 3 },
      unsubscribe: { acceptedUnsubscribe: ['拒收请回复R'] },
      'layer-order': {},
      'message-length': { billing: 'china', maxParts: 1 },
    });
  });

  it('rejects unknown and invalid options', () => {
    const [identity, featureLength] = structureRules;
    expect(identity.meta.options?.safeParse({ institutions: 'XX银行' }).success).toBe(false);
    expect(featureLength.meta.options?.safeParse({ maxFeatureChars: 0 }).success).toBe(false);
  });

  it.each(SAMPLES.flatMap((text) => [[text, 'marketing'] as const, [text, 'notification'] as const]))(
    'reports exactly the issues checkStructure reports (%s, %s)',
    (text, kind) => {
      const fromRules = structureRules.flatMap((rule) => runRule(rule, text, kind));
      const sorted = [...fromRules].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
      expect(sorted).toEqual(checkStructure(text, { kind }).issues);
    },
  );

  it('passes each rule only its own options and still agrees with checkStructure', () => {
    const text = '【YY银行】您享有VIP通道，额度最高200万。回复1了解详情。回T退订';
    const options: StructureOptions = {
      institution: 'XX银行',
      maxFeatureChars: 20,
      minReplyOptions: 1,
      acceptedUnsubscribe: ['回T退订'],
      maxParts: 2,
    };
    const perRule: Record<string, unknown> = {
      identity: { institution: 'XX银行' },
      'feature-length': { maxFeatureChars: 20 },
      'reply-options': { minReplyOptions: 1 },
      unsubscribe: { acceptedUnsubscribe: ['回T退订'] },
      'message-length': { maxParts: 2 },
    };
    const fromRules = structureRules.flatMap((rule) => runRule(rule, text, 'marketing', perRule[rule.id]));
    expect(fromRules).toEqual(checkStructure(text, options).issues);
    expect(fromRules.map((i) => i.ruleId)).toEqual(['identity']);
  });
});
