import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/forbidden-characters.json';
import type { RuleContext, RuleDefinition } from '../engine/types.js';
import { toSimplified, traditionalToSimplified } from '../normalize/traditionalTable.js';
import { leadingPadding } from '../_lib/leadingPadding.js';
import { trailingSignature } from '../_lib/trailingSignature.js';
import { asPack, basisOf, fill } from './_pack.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/forbidden-characters.json`. */
export const ForbiddenCharactersSettingsSchema = z.strictObject({
  characters: z.array(z.string().min(1).max(8)).min(1),
  symbolMessage: z.string().min(1),
  bracketMessage: z.string().min(1),
  traditionalMessage: z.string().min(1),
});

const settings = pack.settings as z.output<typeof ForbiddenCharactersSettingsSchema>;
const SINGLE_CHARACTERS = /* @__PURE__ */ new Set(settings.characters.filter((char) => [...char].length === 1));
const SEQUENCES = /* @__PURE__ */ settings.characters.filter((char) => [...char].length > 1);

/**
 * Where the leading 【signature】 ends — what /^【[^【】]{1,30}】/ matches after the leading padding — or 0
 * when there is none.
 *
 * @internal
 */
export function leadingSignatureEnd(text: string): number {
  return signatureEndFrom(text, leadingPadding(text));
}

/** Where a 【signature】 that opens at `start` ends, or 0 when none does. */
function signatureEndFrom(text: string, start: number): number {
  if (text.charCodeAt(start) !== 0x3010) return 0;
  const limit = Math.min(text.length, start + 32);
  for (let i = start + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3011) return i > start + 1 ? i + 1 : 0;
    if (code === 0x3010) return 0;
  }
  return 0;
}

type Kind = 'symbol' | 'bracket' | 'traditional';
const KINDS: readonly (Kind | undefined)[] = [undefined, 'bracket', 'symbol', 'traditional'];
const BRACKET = 1;
const SYMBOL = 2;
const TRADITIONAL = 3;

// The kind of every UTF-16 unit, looked up once here instead of three lookups per character per
// message. Only single units can match (the check reads the text one unit at a time). Read-only.
const UNIT_KIND = /* @__PURE__ */ buildUnitKinds();

function buildUnitKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (const char of Object.keys(traditionalToSimplified)) if (char.length === 1) kinds[char.charCodeAt(0)] = TRADITIONAL;
  for (const char of SINGLE_CHARACTERS) if (char.length === 1) kinds[char.charCodeAt(0)] = SYMBOL;
  kinds['【'.charCodeAt(0)] = BRACKET;
  kinds['】'.charCodeAt(0)] = BRACKET;
  return kinds;
}

/**
 * `forbidden-characters` — characters carriers reject: decorative symbols (★ ※ ☞ √ → ● 『』「」〖〗
 * ¥), 【】 anywhere but the leading signature, and traditional characters (in the signature too).
 * Adjacent characters of one kind are reported together. A removal is suggested only where it
 * cannot change what the other rules see (the symbol is already ignored by the matching view);
 * traditional characters get their simplified form.
 */
export const forbiddenCharactersRule: RuleDefinition = {
  id: 'forbidden-characters',
  meta: {
    description: pack.description,
    defaultSeverity: 'warning',
    fixable: true,
    basis: basisOf(pack),
    docs: 'docs/rules.md#forbidden-characters',
  },
  check(context) {
    const { text } = context;
    const signatureStart = leadingPadding(text);
    const signatureEnd = signatureEndFrom(text, signatureStart);
    // A signature at the end (后置签名) when none opens the text: identity reports it as misplaced, and its
    // brackets are no more "【】 in the body" than a leading signature's.
    // Only whitespace follows it, so the body ends where it starts.
    const trailing = text.charCodeAt(signatureStart) === 0x3010 ? null : trailingSignature(text);
    const bodyEnd = trailing?.start ?? text.length;
    // Indexes into KINDS per unit; 0 (none) for everything clean.
    let kinds: Uint8Array | undefined;
    // Inside a signature only traditional characters: its brackets are its own, and a symbol there is
    // identity's finding, while a traditional character passes identity's check (it is Han).
    const markTraditional = (from: number, to: number): void => {
      for (let i = from; i < to; i++) {
        if (UNIT_KIND[text.charCodeAt(i)] === TRADITIONAL) (kinds ??= new Uint8Array(text.length))[i] = TRADITIONAL;
      }
    };
    markTraditional(signatureStart + 1, signatureEnd - 1);
    if (trailing !== null) markTraditional(trailing.start + 1, trailing.end - 1);
    for (let i = signatureEnd; i < bodyEnd; i++) {
      const kind = UNIT_KIND[text.charCodeAt(i)]!;
      if (kind !== 0) (kinds ??= new Uint8Array(text.length))[i] = kind;
    }
    for (const sequence of SEQUENCES) {
      for (let at = text.indexOf(sequence, signatureEnd); at >= 0 && at + sequence.length <= bodyEnd; at = text.indexOf(sequence, at + sequence.length)) {
        (kinds ??= new Uint8Array(text.length)).fill(SYMBOL, at, at + sequence.length);
      }
    }
    if (kinds === undefined) return;
    let runStart = -1;
    for (let i = 0; i <= text.length; i++) {
      const kind = i < text.length ? kinds[i]! : 0;
      if (runStart >= 0 && kind !== kinds[runStart]) {
        reportRun(context, runStart, i, KINDS[kinds[runStart]!]!);
        runStart = -1;
      }
      if (kind !== 0 && runStart < 0) runStart = i;
    }
  },
};

function reportRun(context: RuleContext<unknown>, start: number, end: number, kind: Kind): void {
  const excerpt = context.text.slice(start, end);
  if (kind === 'traditional') {
    const simplified = toSimplified(excerpt);
    context.report({ start, end, message: fill(settings.traditionalMessage, { excerpt, simplified }), suggestion: simplified });
    return;
  }
  const message = fill(kind === 'bracket' ? settings.bracketMessage : settings.symbolMessage, { excerpt });
  context.report({ start, end, message, ...(isIgnoredByView(context, start, end) ? { suggestion: '' } : {}) });
}

/** Whether no unit of the matching view comes from `[start, end)`: removing it changes nothing the rules match. */
function isIgnoredByView(context: RuleContext<unknown>, start: number, end: number): boolean {
  const { starts } = context.normalized;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! < start) low = mid + 1;
    else high = mid;
  }
  return low >= starts.length || starts[low]! >= end;
}
