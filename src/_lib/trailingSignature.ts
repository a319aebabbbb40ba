/** A signature longer than this is not looked for (the same bound as for a leading one). */
const MAX_INNER = 30;
/** Whitespace after a trailing signature that is still "the end": a line break or a few spaces. */
const MAX_TRAILING_SPACE = 16;
const OPEN = 0x3010;
const CLOSE = 0x3011;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000;
}

/**
 * The span of a 【signature】 that closes `text` — a trailing signature (后置签名), as older templates put
 * it — or null: 1–30 units between the brackets, none of them 【, 】 or a line break, only whitespace after
 * it, and something before it. Mainland carriers accept only a leading signature, so the caller reports it
 * as misplaced; reading it as a signature keeps it out of the body (no "【】 in the body", and the
 * unsubscribe statement before it still ends the message). Reads at most ~50 units from the end.
 *
 * @internal
 * @example
 * trailingSignature('您的额度已更新。拒收请回复R【XX银行】'); //=> { start: 14, end: 20 }
 * trailingSignature('【XX银行】您的额度已更新'); //=> null
 */
export function trailingSignature(text: string): { readonly start: number; readonly end: number } | null {
  let end = text.length;
  while (end > 0 && text.length - end < MAX_TRAILING_SPACE && isSpace(text.charCodeAt(end - 1))) end--;
  if (end < 3 || text.charCodeAt(end - 1) !== CLOSE) return null;
  for (let open = end - 2; open >= 0 && end - 2 - open <= MAX_INNER; open--) {
    const code = text.charCodeAt(open);
    if (code === OPEN) return open > 0 && open < end - 2 ? { start: open, end } : null;
    if (code === CLOSE || code === 0x0a || code === 0x0d) return null;
  }
  return null;
}
