/**
 * Template variables as the major SMS platforms write them: `${name}`, `{{name}}`, `{1}`,
 * `{name}`, `#name#`. Each branch is bounded, so the scan is linear. Used by the `placeholder`
 * rule and by the `link` rule (a variable that carries a link).
 *
 * @internal
 */
export const PLACEHOLDER_PATTERN = '\\$\\{[^{}\\r\\n]{1,64}\\}|\\{\\{[^{}\\r\\n]{1,64}\\}\\}|\\{[^{}\\r\\n]{1,64}\\}|#[^#\\s]{1,32}#';

/** A variable whose name says it holds a link. @internal */
export const LINK_VARIABLE_NAME = /url|link|href|链接|网址|地址/i;

/**
 * The same characters as rule triggers (see `RuleMeta.triggers`): in the view, `{` and `#` stay
 * themselves and a full-width `｛`/`＃` becomes one, so the view has one whenever the text does.
 *
 * @internal
 */
export const PLACEHOLDER_TRIGGERS: readonly string[] = ['{', '#'];

/**
 * Whether `text` has a character every {@link PLACEHOLDER_PATTERN} match starts with (`{`, `$`
 * is always followed by `{`, `#`): a cheap test that lets rules skip the scan. @internal
 */
export function mayHavePlaceholder(text: string): boolean {
  return text.includes('{') || text.includes('#');
}
