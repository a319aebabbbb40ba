export { normalizeText } from './normalizeText.js';
export type { NormalizedText, NormalizedView } from './types.js';
