// Finds every regular expression the library can run: regex literals and RegExp constructor
// calls read from the TypeScript AST of src/, plus pattern-like strings in rules/*.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A regex found in the source text. */
export interface FoundRegex {
  readonly source: string;
  readonly flags: string;
  /** `src/content/link.ts:58` */
  readonly where: string;
}

/** A `new RegExp(x)` / `RegExp(x)` whose source is not a literal: resolved at run time. */
export interface DynamicSite {
  readonly where: string;
  readonly file: string;
  readonly argument: string;
}

export function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out.sort();
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Reads every regex literal and RegExp construction in `src/**\/*.ts`. */
export function scanSource(): { literals: FoundRegex[]; dynamic: DynamicSite[]; files: number } {
  const literals: FoundRegex[] = [];
  const dynamic: DynamicSite[] = [];
  const files = listFiles(join(ROOT, 'src'), '.ts');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const rel = relative(ROOT, file);
    const where = (node: ts.Node): string =>
      `${rel}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const raw = (node as ts.RegularExpressionLiteral).text;
        const slash = raw.lastIndexOf('/');
        literals.push({ source: raw.slice(1, slash), flags: raw.slice(slash + 1), where: where(node) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [sourceArg, flagsArg] = node.arguments ?? [];
        const source = literalText(sourceArg);
        const flags = flagsArg === undefined ? '' : literalText(flagsArg);
        if (source !== undefined && flags !== undefined) literals.push({ source, flags, where: where(node) });
        else dynamic.push({ where: where(node), file: rel, argument: sourceArg?.getText(sourceFile) ?? '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, dynamic, files: files.length };
}

/** Strings held under a key that names a pattern (`pattern`, `regex`, `regexp`) in rules/*.json. */
export function scanRuleData(): { found: FoundRegex[]; files: number } {
  const found: FoundRegex[] = [];
  const files = listFiles(join(ROOT, 'rules'), '.json');
  for (const file of files) {
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
      else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (/^(?:pattern|patterns|regex|regexp|source)$/i.test(key) && typeof child === 'string' && looksLikeRegex(child)) {
            found.push({ source: child, flags: 'u', where: `${relative(ROOT, file)} ${path}.${key}` });
          }
          walk(child, `${path}.${key}`);
        }
      }
    };
    walk(JSON.parse(readFileSync(file, 'utf8')), '$');
  }
  return { found, files: files.length };
}

// A `source` key in rules/ is usually a citation key ("advertising-law-9"); only strings that
// use regex syntax are patterns.
function looksLikeRegex(value: string): boolean {
  return /[\\[\](){}|*+?^$]/.test(value);
}
