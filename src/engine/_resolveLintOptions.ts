import { parseInput } from '../errors/parseInput.js';
import { LintOptionsSchema, MessageKindSchema, SegmentSchema, SENDER_MAX_LENGTH } from './schemas.js';
import type { ResolvedLintOptions } from './types.js';

const DEFAULT_OPTIONS: ResolvedLintOptions = Object.freeze({ kind: 'marketing' });
// Taken from the schema itself, so the fast path cannot drift from it.
const KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(MessageKindSchema.options);
const SEGMENTS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(SegmentSchema.options);
const KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.keys(LintOptionsSchema.shape));

/**
 * Resolves the options of one `lint` call. Plain, valid options (the hot path: millions of calls with
 * `{ kind }` or `{ sender }`) are checked by hand with the exact rules of `LintOptionsSchema`;
 * anything else goes through the schema, so every error message stays the schema's.
 *
 * @internal
 * @example
 * resolveLintOptions(undefined); //=> { kind: 'marketing' }
 * resolveLintOptions({ kind: 'notification', sender: '10690001' }); //=> { kind: 'notification', sender: '10690001' }
 */
export function resolveLintOptions(options: unknown): ResolvedLintOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (options !== null && typeof options === 'object' && !Array.isArray(options)) {
    const proto: unknown = Object.getPrototypeOf(options);
    if (proto === Object.prototype || proto === null) {
      const record = options as Record<string, unknown>;
      let valid = true;
      for (const key of Object.keys(record)) {
        if (!KEYS.has(key)) {
          valid = false;
          break;
        }
      }
      const { sender, kind, segment } = record;
      if (
        valid &&
        (sender === undefined ? !('sender' in record) : typeof sender === 'string' && sender.length <= SENDER_MAX_LENGTH) &&
        (kind === undefined ? !('kind' in record) : KINDS.has(kind)) &&
        (segment === undefined ? !('segment' in record) : SEGMENTS.has(segment))
      ) {
        if (sender === undefined && segment === undefined && kind === undefined) return DEFAULT_OPTIONS;
        // Same key order as the schema's output: sender, kind, segment.
        const resolved: { -readonly [K in keyof ResolvedLintOptions]: ResolvedLintOptions[K] } =
          sender === undefined ? { kind: 'marketing' } : { sender: sender as string, kind: 'marketing' };
        if (kind !== undefined) resolved.kind = kind as ResolvedLintOptions['kind'];
        if (segment !== undefined) resolved.segment = segment as NonNullable<ResolvedLintOptions['segment']>;
        return resolved;
      }
    }
  }
  return parseInput(LintOptionsSchema, options, 'options');
}
