import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkStructure } from '../../src/structure/index.js';

// Characters that take part in the recognisers, mixed with ordinary text, so random strings hit
// signatures, options, statements and tips often.
const tricky = fc.constantFrom(
  '【', '】', '回', '复', '退', '订', '拒', '收', '请', 'R', 'T', 'D', 'N', 'Y', '1', '2', '3',
  '。', '，', ' ', '您', '享', '银', '行', '额', '度', '😀', '\u200b', 'a', '尊敬的客户', '不会以任何理由', '拒收请回复R', '回T退订', '【XX银行】',
);
const trickyText = fc.array(tricky, { maxLength: 30 }).map((parts) => parts.join(''));

// A marketing message without a statement, built from layers in canonical order.
const HAN = Array.from('您享有专属绿色通道额度审批快速服务资金方案');
const LABEL = Array.from('了解详情预约电话人工查看办理');
const marketingWithoutStatement = fc
  .record({
    signature: fc.constantFrom('【XX银行】', '【XX消费金融】', '【招联金融】', ''),
    feature: fc.array(fc.constantFrom(...HAN), { minLength: 0, maxLength: 18 }).map((cs) => cs.join('')),
    keys: fc.uniqueArray(fc.constantFrom('1', '2', '3', '4', 'Y'), { maxLength: 4 }),
    labels: fc.array(fc.array(fc.constantFrom(...LABEL), { minLength: 0, maxLength: 4 }).map((cs) => cs.join('')), {
      minLength: 4,
      maxLength: 4,
    }),
    separator: fc.constantFrom('，', ' ', '；'),
    end: fc.constantFrom('', '。', '！'),
  })
  .map(({ signature, feature, keys, labels, separator, end }) => {
    const options = keys.map((key, i) => `回复${key}${labels[i]}`).join(separator);
    return `${signature}${feature}${feature && options ? '。' : ''}${options}${end}`;
  });

const spansOf = (text: string) => {
  const { layers } = checkStructure(text);
  return [layers.identity, layers.feature, layers.interaction, layers.unsubscribe].filter((l) => l !== null);
};

describe('checkStructure properties', () => {
  test.prop([fc.oneof(trickyText, fc.string({ maxLength: 60, unit: 'binary' }), marketingWithoutStatement)])(
    'layer spans lie inside the text, match their text and never overlap',
    (text) => {
      const layers = spansOf(text).sort((a, b) => a.start - b.start);
      for (const layer of layers) {
        expect(0 <= layer.start && layer.start < layer.end && layer.end <= text.length).toBe(true);
        expect(text.slice(layer.start, layer.end)).toBe(layer.text);
      }
      for (let i = 1; i < layers.length; i += 1) expect(layers[i]!.start).toBeGreaterThanOrEqual(layers[i - 1]!.end);
      const options = checkStructure(text).layers.interaction?.options ?? [];
      for (const option of options) expect(text.slice(option.start, option.end)).toMatch(/^回/u);
    },
  );

  test.prop([fc.oneof(trickyText, fc.string({ maxLength: 60, unit: 'binary' }))])('every issue span lies inside the text and its excerpt is that slice', (text) => {
    for (const issue of checkStructure(text).issues) {
      expect(0 <= issue.start && issue.start <= issue.end && issue.end <= text.length).toBe(true);
      expect(issue.excerpt).toBe(text.slice(issue.start, issue.end));
      if (issue.suggestion) expect(issue.suggestion.end).toBeLessThanOrEqual(text.length);
    }
  });

  test.prop([fc.oneof(marketingWithoutStatement, trickyText)])(
    'appending 拒收请回复R to a marketing message that lacked it removes the unsubscribe issue and adds none',
    (text) => {
      const before = checkStructure(text);
      fc.pre(before.layers.unsubscribe === null);
      // The end of the message is before a trailing signature (后置签名), where the fix inserts the statement.
      const missing = before.issues.find((i) => i.ruleId === 'unsubscribe');
      const at = missing?.suggestion?.start ?? text.length;
      const after = checkStructure(text.slice(0, at) + '拒收请回复R' + text.slice(at));
      // What starts after the insertion point moves with it; an empty span at the point stays (it is anchored before).
      const shifted = (issue: (typeof before.issues)[number]) =>
        issue.start < at || issue.end === at ? issue : { ...issue, start: issue.start + 6, end: issue.end + 6, ...(issue.suggestion ? { suggestion: { ...issue.suggestion, start: issue.suggestion.start + 6, end: issue.suggestion.end + 6 } } : {}) };
      const others = (report: typeof before) => report.issues.filter((i) => i.ruleId !== 'unsubscribe');
      expect(missing).toBeDefined();
      expect(after.issues.filter((i) => i.ruleId === 'unsubscribe')).toEqual([]);
      expect(others(after)).toEqual(others(before).map(shifted));
      expect(after.layers.unsubscribe).toEqual({ text: '拒收请回复R', start: at, end: at + 6 });
    },
  );

  test.prop([marketingWithoutStatement])('applying the suggested fix removes the unsubscribe issue and adds none', (text) => {
    const before = checkStructure(text);
    const issue = before.issues.find((i) => i.ruleId === 'unsubscribe');
    const { start, end, text: insert } = issue!.suggestion!;
    const after = checkStructure(text.slice(0, start) + insert + text.slice(end));
    expect(after.issues).toEqual(before.issues.filter((i) => i !== issue));
  });

  test.prop([fc.oneof(trickyText, fc.string({ maxLength: 60, unit: 'binary' }))])('a notification never reports marketing-only rules', (text) => {
    const ruleIds = checkStructure(text, { kind: 'notification' }).issues.map((i) => i.ruleId);
    expect(ruleIds.filter((id) => !['identity', 'unsubscribe', 'message-length'].includes(id))).toEqual([]);
  });

  test.prop([fc.string({ maxLength: 300, unit: 'grapheme' })])('ok is false exactly when some issue is an error', (text) => {
    const report = checkStructure(text);
    expect(report.ok).toBe(!report.issues.some((i) => i.severity === 'error'));
  });

  // Texts with and without astral characters and lone surrogates (the limit's offset is computed
  // differently for each).
  const billedText = fc
    .constantFrom(['好', 'a', ' '], ['好', 'a', '😀', '\ud800', ' '])
    .chain((alphabet) => fc.array(fc.constantFrom(...alphabet), { minLength: 60, maxLength: 200 }))
    .map((cs) => cs.join(''));
  test.prop([billedText, fc.constantFrom(1, 2, 3)])(
    'message-length points at the first code point past the billed limit',
    (text, maxParts) => {
      const points = Array.from(text);
      const fits = maxParts === 1 ? 70 : maxParts * 67;
      const issue = checkStructure(text, { maxParts }).issues.find((i) => i.ruleId === 'message-length');
      if (points.length <= 500 && points.length <= (maxParts === 1 ? 70 : fits)) {
        expect(issue).toBeUndefined();
        return;
      }
      const limit = points.length > 500 ? 500 : fits;
      expect(issue?.start).toBe(points.slice(0, limit).join('').length);
      expect(issue?.end).toBe(text.length);
    },
  );
});
