/**
 * A RegExp that finds any of `words` (taken literally): one native scan of a text instead of one
 * `includes()` per word. Without the `g` or `y` flag it keeps no `lastIndex`, so one shared instance holds
 * no state between calls.
 *
 * @internal
 * @example
 * anyOf(['存款', '理财']).test('定期存款年利率2.1%'); //=> true
 * anyOf(['a.b']).test('axb'); //=> false
 */
export function anyOf(words: readonly string[]): RegExp {
  // An empty alternation would match everywhere: no words means nothing to find.
  if (words.length === 0) return /(?!)/;
  return new RegExp(words.map((word) => word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'));
}
