/**
 * Whether `text` holds one of `words` outside every occurrence of `notWords` — the words that contain one without
 * meaning it (the 借 of 借记卡, a debit card, is no loan). Most texts hold no `notWords`: they are read as they are.
 *
 * @internal
 * @example
 * namesAnyOutside('借记卡境外取现', ['借', '贷'], ['借记']); //=> false
 * namesAnyOutside('借记卡还信用卡借款', ['借', '贷'], ['借记']); //=> true
 */
export function namesAnyOutside(text: string, words: readonly string[], notWords: readonly string[]): boolean {
  const rest = notWords.some((word) => text.includes(word)) ? notWords.reduce((left, word) => left.replaceAll(word, '\u0000'), text) : text;
  return words.some((word) => rest.includes(word));
}
