// Bounded time, part 1: every regular expression the library can run is proved free of
// catastrophic backtracking by recheck (https://makenowjust-labs.github.io/recheck/).
//
// Coverage, honestly: (1) the TypeScript AST of every file in src/ gives every regex literal and
// every `RegExp(...)` call with literal arguments — complete for those; (2) `RegExp(...)` calls
// with computed sources are caught at run time by a proxy around the RegExp constructor while
// the library is imported and exercised, and the test fails if a computed call site was never
// reached; (3) rules/*.json is scanned for pattern-like strings (today there are none: term lists
// are compiled into the Aho-Corasick automaton, not into regexes). Regexes inside dependencies
// (zod's own validators) are out of scope.
import { checkSync, type Diagnostics } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanRuleData, scanSource, type DynamicSite, type FoundRegex } from './_regexInventory.js';

const RECHECK = { timeout: 10_000 } as const;

interface Constructed {
  readonly source: string;
  readonly flags: string;
  readonly stack: string;
}

const constructed: Constructed[] = [];
const OriginalRegExp = RegExp;

function record(result: RegExp): RegExp {
  const stack = new Error().stack ?? '';
  if (/\/src\//.test(stack)) constructed.push({ source: result.source, flags: result.flags, stack });
  return result;
}

const texts = [
  '【XX银行】您的{{name}}专属额度50,000元已生成，年化利率(单利)7.2%起，详情 https://t.cn/${code} 。回复1了解详情，回2预约回电。本机构不会要求转账。拒收请回复R',
  '【XX消费金融】最低利息，50万额度秒批！点击 www.example.com/#url# 加微信 vx12345 拒收回T',
  '【XX】年利率 3.65 % 起，日息万三，借一万元每天仅需3元 回复TD退订',
  '【未闭合 最高可借二十万元 #姓名# 退订回N',
  '【XX银行】【限时活动】额度提升】回复1了解详情，回复2预约回电。拒收请回复R',
];

beforeAll(async () => {
  const handler: ProxyHandler<RegExpConstructor> = {
    construct: (target, args: [string | RegExp, string?], newTarget) =>
      record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, thisArg, args: [string | RegExp, string?]) => record(Reflect.apply(target, thisArg, args) as RegExp),
  };
  globalThis.RegExp = new Proxy(OriginalRegExp, handler);
  // Imported only now, so that module-level `new RegExp(...)` goes through the proxy too.
  const api = await import('../../src/index.js');
  for (const text of texts) {
    api.lint(text, { sender: '1069012345678', segment: 'B' });
    api.lint(text, { kind: 'notification' });
    api.checkStructure(text);
    api.messageLength(text);
    api.classifyContent(text);
    api.parseReply(text);
    api.applyFixes(text, api.lint(text).issues);
  }
  for (const reply of ['T', '退订', '别再发了', 'TD', '1', '不需要谢谢']) api.parseReply(reply);
  globalThis.RegExp = OriginalRegExp;
});

afterAll(() => {
  globalThis.RegExp = OriginalRegExp; // in case the exercise above threw
});

function verdict(regex: FoundRegex): Diagnostics {
  return checkSync(regex.source, regex.flags, RECHECK);
}

function describeFailure(regex: FoundRegex, diagnostics: Diagnostics): string {
  const detail =
    diagnostics.status === 'vulnerable'
      ? `${diagnostics.complexity.summary}, attack: ${diagnostics.attack.pattern}`
      : diagnostics.status === 'unknown'
        ? `unknown (${diagnostics.error.kind})`
        : 'safe';
  return `${regex.where}  /${regex.source}/${regex.flags}  → ${detail}`;
}

describe('every regular expression in src/ and rules/ is safe from catastrophic backtracking', () => {
  const { literals, dynamic, files } = scanSource();

  it('finds the regex literals of every source file (the inventory is not empty)', () => {
    expect(files).toBeGreaterThan(50);
    expect(literals.length).toBeGreaterThan(20);
  });

  it('recheck proves every regex literal in src/ safe', () => {
    const failures = literals.flatMap((regex) => {
      const diagnostics = verdict(regex);
      return diagnostics.status === 'safe' ? [] : [describeFailure(regex, diagnostics)];
    });
    console.info(`[redos] literals checked: ${literals.length} in ${files} files; not safe: ${failures.length}`);
    expect(failures).toEqual([]);
  });

  it('reaches every RegExp call with a computed source while exercising the library', () => {
    const unreached = dynamic.filter(
      (site: DynamicSite) => !constructed.some((item) => item.stack.includes(site.file)),
    );
    // The CLI is a separate entry and is not imported here; config patterns are the host's and are
    // checked when a linter is built (patterns.test.ts), so neither can be reached from here.
    const exempt = (site: DynamicSite): boolean =>
      site.file.startsWith('src/cli/') || site.file === 'src/engine/_patternRules.ts';
    expect(unreached.filter((site) => !exempt(site)).map((site) => `${site.where} RegExp(${site.argument})`)).toEqual([]);
    expect(constructed.length).toBeGreaterThan(0);
  });

  it('recheck proves every regex built at run time from a computed source safe', () => {
    const unique = new Map<string, FoundRegex>();
    for (const item of constructed) {
      const where = /\/(src\/[^\s:)]+:\d+)/.exec(item.stack)?.[1] ?? 'src/?';
      unique.set(`${item.flags}/${item.source}`, { source: item.source, flags: item.flags, where });
    }
    const failures = [...unique.values()].flatMap((regex) => {
      const diagnostics = verdict(regex);
      return diagnostics.status === 'safe' ? [] : [describeFailure(regex, diagnostics)];
    });
    console.info(`[redos] computed regexes checked: ${unique.size} (from ${dynamic.length} call sites); not safe: ${failures.length}`);
    expect(unique.size).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('recheck proves every pattern string in rules/*.json safe', () => {
    const { found, files: ruleFiles } = scanRuleData();
    expect(ruleFiles).toBeGreaterThan(10);
    const failures = found.flatMap((regex) => {
      const diagnostics = verdict(regex);
      return diagnostics.status === 'safe' ? [] : [describeFailure(regex, diagnostics)];
    });
    console.info(`[redos] rules/*.json: ${ruleFiles} files, pattern strings found: ${found.length}; not safe: ${failures.length}`);
    expect(failures).toEqual([]);
  });
});

describe('the recheck harness itself', () => {
  it('reports a classic catastrophic pattern as vulnerable, so a pass above means something', () => {
    expect(checkSync('^(a+)+$', '', RECHECK).status).toBe('vulnerable');
    expect(checkSync('\\d+x', '', RECHECK).status).toBe('vulnerable');
  });

  it('reports a linear pattern as safe', () => {
    expect(checkSync('^[a-z]{1,8}$', '', RECHECK).status).toBe('safe');
  });
});
