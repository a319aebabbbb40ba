import type { Issue } from '../engine/types.js';
import { parseInput } from '../errors/parseInput.js';
import { once } from '../_lib/once.js';
import { analyzeStructure, type Finding } from './_analyze.js';
import { StructureOptionsSchema, type StructureOptions, type StructureReport } from './schemas.js';
import { assertText } from '../errors/assertText.js';

/**
 * Finds the four layers of a loan-marketing SMS — identity 【签名】, service feature, interaction
 * (reply options) and unsubscribe statement — and reports what is missing, malformed or out of
 * place, plus the billing length.
 *
 * The issues are the same findings, with the same rule ids and spans, that `lint()` reports
 * through the rules `identity`, `feature-length`, `reply-options`, `unsubscribe`, `layer-order`
 * and `message-length`. A missing layer is reported with an empty span where it belongs. With
 * `kind: 'notification'` only the signature, the length and the absence of an unsubscribe
 * statement are checked.
 *
 * @param text The message exactly as sent, signature included.
 * @param options Message kind and the rule options (`institution`, `acceptedUnsubscribe`,
 *   `maxFeatureChars`, `minReplyOptions`, `maxReplyOptions`, `billing`, `maxParts`…).
 * @returns The layers found, the issues and the billing length.
 * @throws {ComplianceConfigError} When `text` is not a string or an option is invalid.
 *
 * @example
 * import { checkStructure } from 'sms-compliance';
 *
 * const good = checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R');
 * good.ok; //=> true
 * good.layers.feature; //=> { text: '您享有专属绿色通道', start: 6, end: 15 }
 *
 * const bad = checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。');
 * bad.issues.map(({ ruleId, start, end, suggestion }) => ({ ruleId, start, end, suggestion }));
 * //=> [{ ruleId: 'unsubscribe', start: 32, end: 32, suggestion: { text: '拒收请回复R', start: 32, end: 32 } }]
 */
export function checkStructure(text: string, options?: StructureOptions): StructureReport {
  assertText(text);
  // Without options the resolved defaults are the same every time: parse them once.
  const resolved = options === undefined ? defaultOptions() : parseInput(StructureOptionsSchema, options, 'options');
  const analysis = analyzeStructure(text, resolved);
  const issues = analysis.findings.map((f) => toIssue(text, f)).sort(byPosition);
  return {
    ok: issues.every((issue) => issue.severity !== 'error'),
    layers: analysis.layers,
    issues,
    length: analysis.length,
  };
}

const defaultOptions = /* @__PURE__ */ once(() => StructureOptionsSchema.parse({}));

function toIssue(text: string, f: Finding): Issue {
  const base = { ruleId: f.ruleId, severity: f.severity, message: f.message, start: f.start, end: f.end, excerpt: text.slice(f.start, f.end) };
  return f.suggestion ? { ...base, suggestion: { ...f.suggestion } } : base;
}

function byPosition(a: Issue, b: Issue): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
