/**
 * Whether `text[from, to)` ends with `word` — `text.slice(from, to).endsWith(word)` without the slice.
 *
 * @internal
 * @example
 * endsAt('不向在校学生', 0, 4, '在校'); //=> true
 * endsAt('不向在校学生', 3, 4, '在校'); //=> false
 */
export function endsAt(text: string, from: number, to: number, word: string): boolean {
  return to - word.length >= from && text.startsWith(word, to - word.length);
}

/**
 * Whether `text[from, to)` ends with one of `words`.
 *
 * @internal
 * @example
 * endsWithAny('资产规模超过', 0, 4, ['注册资本', '资产规模']); //=> true
 */
export function endsWithAny(text: string, from: number, to: number, words: readonly string[]): boolean {
  for (const word of words) if (endsAt(text, from, to, word)) return true;
  return false;
}
