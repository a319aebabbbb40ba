// Imports the BUILT package by its name (Node resolves the self-reference through the exports map),
// exactly as an ESM consumer would. Run by `npm test` after the build.
import assert from 'node:assert/strict';
import * as lib from 'sms-compliance';
import { ComplianceConfigError, checkFrequency, checkStructure, lint, rules } from 'sms-compliance';

assert.equal(typeof lib.default, 'undefined', 'named exports only');
const report = lint('【XX银行】最低利息，50万额度秒批');
assert.equal(report.ok, false);
assert.ok(report.issues.some((issue) => issue.ruleId === 'absolute-terms' && issue.excerpt === '最低利息'));
assert.equal(checkStructure('【XX银行】您享有专属绿色通道。回复1了解详情，回复2预约回电。拒收请回复R').ok, true);
assert.equal(checkFrequency([], { at: '2026-11-30T16:30:00Z' }).allowed, true);
assert.ok(rules.length >= 19);
assert.throws(() => lint(42), ComplianceConfigError);
console.log(`dist ESM: ok (${Object.keys(lib).length} exports)`);
