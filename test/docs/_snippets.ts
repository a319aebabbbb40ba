import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root (this file is test/docs/_snippets.ts). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A piece of documentation code: where it was found and its source. */
export interface Snippet {
  /** `src/engine/lint.ts:42` or `docs/structure.md:30`, for failure messages. */
  readonly where: string;
  readonly code: string;
}

function walk(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out.sort();
}

/**
 * Whether a source file belongs to the public library: not the CLI (a separate entry whose examples use
 * its own modules) and not an internal `_helper.ts`.
 */
function isPublicSource(path: string): boolean {
  const rel = relative(ROOT, path);
  return rel.endsWith('.ts') && !rel.endsWith('.d.ts') && !rel.startsWith('src/cli/') && !/(^|\/)_[^/]*$/.test(rel);
}

/**
 * Every `@example` block of every public JSDoc comment under `src/`, found with the TypeScript parser (not
 * a regex), so comments inside strings or code never count. Comments tagged `@internal` and internal files
 * are left out: their examples call unexported helpers by name.
 */
export function jsdocExamples(): Snippet[] {
  const snippets: Snippet[] = [];
  for (const file of walk(join(ROOT, 'src'), isPublicSource)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const seen = new Set<number>();
    const visit = (node: ts.Node): void => {
      const tags = ts.getJSDocTags(node);
      const internal = tags.some((tag) => tag.tagName.text === 'internal');
      for (const tag of internal ? [] : tags) {
        if (tag.tagName.text !== 'example' || seen.has(tag.pos)) continue;
        seen.add(tag.pos);
        const comment = ts.getTextOfJSDocComment(tag.comment) ?? '';
        const line = source.getLineAndCharacterOfPosition(tag.pos).line + 1;
        snippets.push({ where: `${relative(ROOT, file)}:${line}`, code: stripFence(comment) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return snippets;
}

function stripFence(code: string): string {
  const fenced = /^```[a-z]*\n([\s\S]*?)\n```\s*$/.exec(code.trim());
  return fenced === null ? code : fenced[1]!;
}

/** Every ```ts / ```js fenced block of the Markdown pages in `docs/` (not `docs/api`). */
export function markdownBlocks(files: readonly string[]): Snippet[] {
  const snippets: Snippet[] = [];
  for (const file of files) {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      const open = /^```(ts|typescript|js|mjs)\s*$/.exec(lines[i]!);
      if (open === null) continue;
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end += 1;
      snippets.push({ where: `${file}:${start}`, code: lines.slice(start, end).join('\n') });
      i = end;
    }
  }
  return snippets;
}

/** The Markdown guides in docs/ (not the generated API pages). */
export function markdownPages(): string[] {
  return readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
}

/**
 * Type-checks snippets as if each were a user's module importing from 'sms-compliance' (mapped to
 * src/index.ts). The snippets are virtual files served by a wrapping compiler host: nothing is written
 * to disk, and a snippet's `const report` never clashes with another's because each is a module.
 * Returns the diagnostics, formatted, per snippet.
 */
export function typeCheck(snippets: readonly Snippet[]): Map<Snippet, string[]> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    resolveJsonModule: true,
    isolatedModules: true,
    verbatimModuleSyntax: false,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    baseUrl: ROOT,
    paths: { 'sms-compliance': ['src/index.ts'] },
  };
  const virtual = new Map<string, Snippet>();
  snippets.forEach((snippet, index) => {
    virtual.set(join(ROOT, 'test', 'docs', '__snippets__', `snippet${index}.ts`), snippet);
  });
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  // `export {}` makes every snippet a module even when it imports nothing.
  const body = (file: string): string | undefined => {
    const snippet = virtual.get(file);
    return snippet === undefined ? undefined : `${snippet.code}\nexport {};\n`;
  };
  host.fileExists = (file) => virtual.has(file) || fileExists(file);
  host.readFile = (file) => body(file) ?? readFile(file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = body(file);
    return text === undefined ? getSourceFile(file, language, onError, create) : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const result = new Map<Snippet, string[]>();
  for (const [file, snippet] of virtual) {
    const source = program.getSourceFile(file)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    result.set(
      snippet,
      diagnostics.map((diagnostic) => {
        const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
        return `line ${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      }),
    );
  }
  return result;
}
