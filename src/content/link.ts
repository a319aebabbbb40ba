import { z } from 'zod';
import { description, sources, entries, allow, settings as packSettings } from '../../rules/link.json';
import type { RuleContext, RuleDefinition } from '../engine/types.js';
import { asPack, basisOf, fill } from './_pack.js';
import { LINK_VARIABLE_NAME, PLACEHOLDER_PATTERN, PLACEHOLDER_TRIGGERS, mayHavePlaceholder } from './_placeholders.js';

// Named imports, so a bundle leaves out the pack's specs (test data) and its version header.
const pack = asPack({ description, sources, entries, allow, settings: packSettings });

/** Shape of `settings` in `rules/link.json`. */
export const LinkSettingsSchema = z.strictObject({
  shorteners: z.array(z.string().min(1)).min(1),
  topLevelDomains: z.array(z.string().regex(/^[a-z]{2,10}$/)).min(1),
  shortenerMessage: z.string().min(1),
  ipMessage: z.string().min(1),
  placeholderMessage: z.string().min(1),
  insecureMessage: z.string().min(1),
  domainMessage: z.string().min(1),
});

const settings = pack.settings as z.output<typeof LinkSettingsSchema>;
const TOP_LEVEL_DOMAINS = /* @__PURE__ */ new Set(settings.topLevelDomains);

/** Options of the `link` rule. */
export const LinkOptionsSchema = z
  .strictObject({
    /** Your ICP-filed domains; when given, a link to any other domain gets a warning. */
    allowedDomains: z.array(z.string().regex(/^[a-z0-9.-]{1,253}$/i, 'expected a domain such as example.com')).default([]),
  })
  .default({ allowedDomains: [] });

type Options = z.output<typeof LinkOptionsSchema>;

// Every link lives inside a run of printable ASCII (! to ~) of the view, read as the global regex
// /[!-~]{3,4096}/g reads it: maximal runs, cut into pieces of at most 4,096, pieces under 3 dropped.
const MIN_RUN = 3;
const MAX_RUN = 4096;
const HOST = /^(?:[a-z0-9-]{1,63}\.){1,8}([a-z]{2,10})(?::[0-9]{1,5})?$/;
const IP_HOST = /^[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?::[0-9]{1,5})?$/;
const HAS_LETTER = /[a-z]/;
const LEADING_PUNCTUATION = /^[(<["']{1,8}/;
const TRAILING_PUNCTUATION = /[.,;:!?)>\]"']{1,8}$/;
// Not global: `test` then keeps no state between calls.
const PLACEHOLDER = /* @__PURE__ */ new RegExp(PLACEHOLDER_PATTERN);

/**
 * `link` — URL shorteners and bare-IP links (errors), links that contain a template variable or a
 * variable named like a link (errors), `http://` links (warning), and, when `allowedDomains` is
 * configured, links to other domains (warning).
 */
export const linkRule: RuleDefinition<Options> = {
  id: 'link',
  meta: {
    description: pack.description,
    defaultSeverity: 'error',
    fixable: false,
    basis: basisOf(pack),
    docs: 'docs/rules.md#link',
    options: LinkOptionsSchema,
    // A link needs a dot (host or IP) or a scheme's "://"; a link variable needs a placeholder.
    triggers: ['.', '://', ...PLACEHOLDER_TRIGGERS],
  },
  check(context) {
    const view = context.normalized.text;
    // A link needs a dot (host or IP) or a scheme's "://"; without either no run can be one.
    if (view.includes('.') || view.includes('://')) forEachLinkRun(view, (run, runStart) => checkRun(context, run, runStart));
    if (!mayHavePlaceholder(context.text)) return;
    for (const found of context.text.matchAll(new RegExp(PLACEHOLDER_PATTERN, 'g'))) {
      if (LINK_VARIABLE_NAME.test(found[0])) {
        const start = found.index;
        context.report({ start, end: start + found[0].length, message: fill(settings.placeholderMessage, { excerpt: found[0] }) });
      }
    }
  },
};

/** A link read from a run of printable ASCII of the view: where it starts in the run, and its parts. */
interface RunLink {
  leading: number;
  url: string;
  host: string;
  /** Offset in the run where the host ends and the path, query or fragment (if any) begins. */
  pathStart: number;
  hasScheme: boolean;
  isIp: boolean;
  domain: RegExpExecArray | null;
}

/**
 * Reads the link in `run`, or `null` when the run holds none: a link has a scheme or a top-level domain
 * (letters, the view is lower case) or is a dotted IP — "7.2%" and "12.5", the commonest runs with a dot,
 * are neither.
 */
function readRunLink(run: string): RunLink | null {
  if (!run.includes('.') && !run.includes('://')) return null;
  if (!HAS_LETTER.test(run) && !hasThreeDots(run)) return null;
  const scheme = run.search(/https?:\/\//);
  const leading = scheme >= 0 ? scheme : (LEADING_PUNCTUATION.exec(run)?.[0].length ?? 0);
  const url = run.slice(leading).replace(TRAILING_PUNCTUATION, '');
  const withoutScheme = url.replace(/^https?:\/\//, '');
  const hostEnd = withoutScheme.search(/[/?#]/);
  const host = hostEnd < 0 ? withoutScheme : withoutScheme.slice(0, hostEnd);
  const hasScheme = withoutScheme.length !== url.length;
  const isIp = IP_HOST.test(host);
  const domain = HOST.exec(host);
  if (!hasScheme && !isIp && (domain === null || !TOP_LEVEL_DOMAINS.has(domain[1]!))) return null;
  const pathStart = leading + (url.length - withoutScheme.length) + host.length;
  return { leading, url, host, pathStart, hasScheme, isIp, domain };
}

/**
 * The spans of the view that are the path, query or fragment of a link (after its host), in order: there a
 * word such as "wx" is a folder or a parameter, not an account to add. One pass over the view, each run of
 * printable ASCII read as the link rule reads it.
 *
 * @internal
 */
export function linkPathSpans(view: string): { readonly start: number; readonly end: number }[] {
  const spans: { start: number; end: number }[] = [];
  forEachLinkRun(view, (run, runStart) => {
    const link = readRunLink(run);
    const end = link === null ? 0 : link.leading + link.url.length;
    if (link !== null && link.pathStart < end) spans.push({ start: runStart + link.pathStart, end: runStart + end });
  });
  return spans;
}

/**
 * Whether a UTF-16 unit is printable ASCII (! to ~), the characters a link is written in.
 *
 * @internal
 */
export function isPrintableAscii(unit: number): boolean {
  return unit >= 0x21 && unit <= 0x7e;
}

function checkRun(context: RuleContext<Options>, run: string, runStart: number): void {
  const link = readRunLink(run);
  if (link === null) return;
  const { leading, url, host, hasScheme, isIp, domain } = link;
  const hasVariable = PLACEHOLDER.test(url) || /[{}$]/.test(host);
  if (hasScheme && !isIp && domain === null && !hasVariable) return;

  const { start, end } = context.toOriginal(runStart + leading, runStart + leading + url.length);
  const excerpt = context.text.slice(start, end);
  const hostName = host.replace(/:[0-9]{1,5}$/, '');
  if (hasVariable) {
    context.report({ start, end, message: fill(settings.placeholderMessage, { excerpt }) });
    return;
  }
  if (isIp) {
    context.report({ start, end, message: fill(settings.ipMessage, { excerpt }) });
    return;
  }
  if (settings.shorteners.some((shortener) => hostName === shortener || hostName.endsWith(`.${shortener}`))) {
    context.report({ start, end, message: fill(settings.shortenerMessage, { excerpt }) });
    return;
  }
  if (url.startsWith('http://')) context.report({ start, end, severity: 'warning', message: fill(settings.insecureMessage, { excerpt }) });
  const { allowedDomains } = context.ruleOptions;
  if (allowedDomains.length > 0) {
    const allowed = allowedDomains.some((allowedDomain) => {
      const lower = allowedDomain.toLowerCase();
      return hostName === lower || hostName.endsWith(`.${lower}`);
    });
    if (!allowed) context.report({ start, end, severity: 'warning', message: fill(settings.domainMessage, { host: hostName }) });
  }
}

/**
 * Calls `onRun` with each piece of printable ASCII the regex /[!-~]{3,4096}/g would match in `view`
 * that can hold a link: one with a dot or a colon (of "://"). Pieces without either are skipped
 * without building their string — most runs of a message are numbers, codes and words.
 *
 * @internal
 */
export function forEachLinkRun(view: string, onRun: (run: string, runStart: number) => void): void {
  const length = view.length;
  for (let at = 0; at < length; ) {
    if (!isPrintableAscii(view.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    let mayLink = false;
    for (; at < length; at++) {
      const unit = view.charCodeAt(at);
      if (!isPrintableAscii(unit)) break;
      if (unit === 0x2e || unit === 0x3a) mayLink = true;
    }
    if (!mayLink) continue;
    for (let piece = start; at - piece >= MIN_RUN; piece += MAX_RUN) {
      onRun(view.slice(piece, Math.min(at, piece + MAX_RUN)), piece);
    }
  }
}

function hasThreeDots(run: string): boolean {
  const first = run.indexOf('.');
  const second = first < 0 ? -1 : run.indexOf('.', first + 1);
  return second >= 0 && run.includes('.', second + 1);
}
