import { describe, expect, it } from 'vitest';
import { jsdocExamples, markdownBlocks, markdownPages, typeCheck } from './_snippets.js';

// One TypeScript program for every snippet: building it once costs a few seconds; once per snippet would
// cost minutes.
const examples = jsdocExamples();
const blocks = markdownBlocks(markdownPages());
const diagnostics = typeCheck([...examples, ...blocks]);

describe('JSDoc @example blocks in src/', () => {
  it('the extractor finds the examples (one per public function at least)', () => {
    expect(examples.length).toBeGreaterThan(40);
    expect(examples.some((example) => example.where.startsWith('src/engine/lint.ts:'))).toBe(true);
  });

  for (const example of examples) {
    it(`${example.where} compiles against the public API`, () => {
      expect(diagnostics.get(example), example.code).toEqual([]);
    });

    it(`${example.where} imports what it uses from 'sms-compliance'`, () => {
      expect(example.code).toMatch(/from 'sms-compliance'/);
    });
  }
});

describe('TypeScript blocks in the docs/ guides', () => {
  it('finds the guides and their blocks', () => {
    expect(blocks.some((block) => block.where.startsWith('docs/getting-started.md:'))).toBe(true);
  });

  for (const block of blocks) {
    it(`${block.where} compiles against the public API`, () => {
      expect(diagnostics.get(block), block.code).toEqual([]);
    });
  }
});

describe('the type checker behind these tests', () => {
  it('rejects a snippet that misuses the API (so a passing check means something)', () => {
    const bad = { where: 'inline', code: "import { lint } from 'sms-compliance';\nlint(42);" };
    const good = { where: 'inline', code: "import { lint } from 'sms-compliance';\nlint('【XX银行】您好').ok;" };
    const result = typeCheck([bad, good]);
    expect(result.get(bad)?.join('\n')).toMatch(/not assignable/);
    expect(result.get(good)).toEqual([]);
  });
});
