export { normalizeText } from './normalizeText.js';
export type { NormalizedText } from './types.js';
