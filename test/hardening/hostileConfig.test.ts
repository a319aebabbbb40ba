// Hostile config: prototype-polluting keys, smuggled functions and getters, unknown keys and
// unknown rule ids are all rejected with a ComplianceConfigError that names the JSON path.
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinter, defineRule } from '../../src/index.js';
import { PUBLIC_FUNCTIONS } from './_publicApi.js';
import { configError } from '../support/configError.js';


const polluted = (): boolean => ['polluted', 'limit', 'severity', 'isAdmin'].some((key) => key in Object.prototype);

afterEach(() => {
  expect(polluted()).toBe(false);
});

describe('createLinter rejects prototype-polluting keys from JSON, naming the path', () => {
  it.each([
    ['{"__proto__":{"polluted":true}}', 'config.__proto__'],
    ['{"rules":{"__proto__":{"polluted":true}}}', 'config.rules.__proto__'],
    ['{"rules":{"link":{"options":{"constructor":{"prototype":{"polluted":1}}}}}}', 'config.rules.link.options.constructor'],
    ['{"terms":{"absolute-terms":[{"term":"x","prototype":{"polluted":1}}]}}', 'config.terms.absolute-terms[0].prototype'],
    ['{"allow":{"constructor":["x"]}}', 'config.allow.constructor'],
    ['{"patterns":{"my-rule":[{"pattern":"a","message":"m","__proto__":{"isAdmin":true}}]}}', 'config.patterns.my-rule[0].__proto__'],
  ])('%s → %s', (json, path) => {
    const error = configError(() => createLinter(JSON.parse(json)));
    expect(error.path).toBe(path);
    expect(error.message).toContain('prototype pollution');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test.prop([fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.array(fc.constantFrom('rules', 'link', 'options', 'a'), { minLength: 1, maxLength: 6 })])(
    'rejects a forbidden key at any depth',
    (key, trail) => {
      const json = `{${trail.map((step) => `"${step}":{`).join('')}"${key}":{"polluted":true}${'}'.repeat(trail.length)}}`;
      const error = configError(() => createLinter(JSON.parse(json)));
      // The key check walks the whole config before the schema runs, so the forbidden key is the one reported.
      expect(error.problems.map((problem) => problem.path)).toEqual([`config.${[...trail, key].join('.')}`]);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    },
  );

  it('rejects the keys in defineRule definitions too', () => {
    const rule = JSON.parse('{"id":"x","meta":{"description":"d","defaultSeverity":"error","fixable":false,"__proto__":{"polluted":1}}}');
    expect(configError(() => defineRule({ ...rule, check: () => undefined })).path).toBe('rule.meta.__proto__');
  });
});

describe('createLinter rejects functions and getters where data is expected', () => {
  it.each([
    [{ rules: { link: () => 'off' } }, 'config.rules.link'],
    [{ terms: { 'absolute-terms': [() => '最低'] } }, 'config.terms.absolute-terms[0]'],
    [{ allow: { '*': [{ toString: () => '第一时间' }] } }, 'config.allow.*[0]'],
    [{ patterns: { 'my-rule': [{ pattern: /a/, message: 'x' }] } }, 'config.patterns.my-rule[0].pattern'],
    [{ customRules: [{ id: 'x', meta: { description: 'd', defaultSeverity: 'error', fixable: false }, check: 'return 1' }] }, 'config.customRules[0].check'],
  ])('%o → %s', (config, path) => {
    expect(configError(() => createLinter(config as never)).path).toBe(path);
  });

  it('rejects a getter, which could answer the validation and the linter differently', () => {
    let reads = 0;
    const config = {};
    Object.defineProperty(config, 'rules', {
      enumerable: true,
      get: () => (++reads === 1 ? {} : { 'absolute-terms': 'off' }),
    });
    expect(configError(() => createLinter(config)).path).toBe('config.rules');
    expect(reads).toBe(0);
  });

  it('rejects a rule option that smuggles a function', () => {
    expect(configError(() => createLinter({ rules: { 'message-length': { options: { maxParts: () => 9 } } } })).path).toBe(
      'config.rules.message-length.options.maxParts',
    );
  });
});

describe('typos never silently disable a check', () => {
  it.each([
    [{ rules: { 'absolute-term': 'off' } }, 'config.rules.absolute-term', 'did you mean "absolute-terms"'],
    [{ terms: { 'misleading-claim': ['x'] } }, 'config.terms.misleading-claim', 'unknown rule id'],
    [{ allow: { 'absolut-terms': ['x'] } }, 'config.allow.absolut-terms', 'unknown rule id'],
    [{ rule: { 'absolute-terms': 'off' } }, 'config', 'rule'],
    [{ rules: { link: { severity: 'off', option: {} } } }, 'config.rules.link', 'option'],
    [{ rules: { link: 'of' } }, 'config.rules.link', 'expected one of "off"|"error"|"warning"|"info"; or expected object'],
    // A value of one branch's type is judged by that branch: the bad field is named, not "Invalid input".
    [{ terms: { 'misleading-claims': [{ term: '包过', pinyin: 'yes' }] } }, 'config.terms.misleading-claims[0].pinyin', 'expected boolean'],
    [{ terms: { 'misleading-claims': [{ term: '包过', severity: 'fatal' }] } }, 'config.terms.misleading-claims[0].severity', 'expected one of'],
    [{ terms: { 'misleading-claims': [42] } }, 'config.terms.misleading-claims[0]', 'expected string, received number; or expected object'],
    [{ rules: { link: { severity: 'of' } } }, 'config.rules.link.severity', 'expected one of'],
  ])('%o → %s', (config, path, text) => {
    const error = configError(() => createLinter(config as never));
    expect(error.path).toBe(path);
    expect(error.message).toContain(text);
  });
});

describe('every public function rejects unknown keys in its option objects', () => {
  // An own key added next to the valid ones at each object position of a valid input.
  const objectPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
    if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...path, index]));
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return [path, ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...path, key]))];
    }
    return [];
  };
  const withKey = (root: unknown, path: (string | number)[], key: string): unknown => {
    if (path.length === 0) {
      const copy = { ...(root as object) };
      Object.defineProperty(copy, key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
      return copy;
    }
    const [head, ...rest] = path;
    if (Array.isArray(root)) return root.map((item, index) => (index === head ? withKey(item, rest, key) : item));
    return { ...(root as object), [head as string]: withKey((root as Record<string, unknown>)[head as string], rest, key) };
  };
  // Positions whose keys are data, not field names (a document name), and applyFixes' issues, which
  // are lint output and may carry any Issue field. A linter config's rule-id maps are not exempt:
  // an unknown id there is an error too.
  const isRecordPosition = (name: string, path: (string | number)[]): boolean =>
    (name === 'checkSenderProfile' && path.includes('documents')) || (name === 'applyFixes' && path.length === 2);

  // normalizeText and classifyContent take nothing but a string.
  const withObjects = PUBLIC_FUNCTIONS.filter((fn) => !['normalizeText', 'classifyContent'].includes(fn.name));

  describe.each(withObjects.map((fn) => [fn.name, fn] as const))('%s', (name, fn) => {
    test.prop([fn.valid, fc.constantFrom('unexpectedKey', '__proto__', 'constructor', 'prototype')], { numRuns: 40 })(
      'throws a ComplianceConfigError naming the key',
      (args, key) => {
        const paths = objectPaths(args).filter((path) => path.length > 0 && !isRecordPosition(name, path));
        for (const path of paths) {
          const mutated = withKey(args, path, key) as unknown[];
          const error = configError(() => fn.call(mutated));
          expect(error.message).toContain(key);
          expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        }
      },
    );
  });

  it('treats a document named "constructor" in checkSenderProfile as data, without pollution', () => {
    const fn = PUBLIC_FUNCTIONS.find((item) => item.name === 'checkSenderProfile')!;
    const result = fn.call([JSON.parse('{"documents":{"constructor":"x","__proto__":"y"}}')]);
    expect(result).toHaveProperty('ok');
    expect(polluted()).toBe(false);
  });
});
