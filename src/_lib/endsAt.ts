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
