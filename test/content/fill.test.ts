// Rule messages are filled by a hand scan that must do exactly what the regex replacement it stands
// for does: every {name} of 1–20 ASCII letters that names an own value is replaced, nothing else.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fill } from '../../src/content/_pack.js';

function reference(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]{1,20})\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

const PIECES = ['{', '}', '{term}', '{excerpt}', '{rate}', '{x}', '{toString}', '{a1}', '{}', '{{term}}', 'term', '费率', ' ', `{${'a'.repeat(20)}}`, `{${'a'.repeat(21)}}`];
const templates = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
const values = fc.dictionary(fc.constantFrom('term', 'excerpt', 'rate', 'x', 'a'.repeat(20), 'a'.repeat(21)), fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxKeys: 4 });

describe('fill', () => {
  test.prop([templates, values], { numRuns: 5000 })('replaces exactly what the regex replacement does', (template, given) => {
    expect(fill(template, given)).toBe(reference(template, given));
  });

  it('fills the placeholders rule messages use and leaves inherited names alone', () => {
    expect(fill('「{term}」：{rate}%', { term: '秒批', rate: 36 })).toBe('「秒批」：36%');
    expect(fill('{toString}{constructor}', {})).toBe('{toString}{constructor}');
    expect(fill('{term}', Object.create({ term: 'inherited' }) as Record<string, string>)).toBe('{term}');
  });
});
