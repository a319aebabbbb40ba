// Requires the BUILT package by its name, exactly as a CommonJS consumer would. Run by `npm test`.
const assert = require('node:assert/strict');
const lib = require('sms-compliance');

const report = lib.lint('【XX银行】最低利息，50万额度秒批');
assert.equal(report.ok, false);
assert.ok(report.issues.some((issue) => issue.ruleId === 'specific-amount' && issue.excerpt === '50万额度'));
assert.equal(lib.applyFixes('【XX银行】最低利息', report.issues.slice(0, 0)), '【XX银行】最低利息');
assert.throws(() => lib.createLinter({ rules: { nope: 'off' } }), lib.ComplianceConfigError);
assert.equal(typeof lib.classifySegment, 'function');
console.log(`dist CJS: ok (${Object.keys(lib).length} exports)`);
