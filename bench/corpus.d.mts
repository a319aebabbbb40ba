// Types of the benchmark corpus generator, for the tests that reuse it.
export function mulberry32(seed: number): () => number;
export function makeMessage(random: () => number): { text: string; violating: boolean };
export function makeCorpus(count: number, seed?: number): { messages: string[]; violating: number; chars: number };
export function makeTerms(count: number, seed?: number): string[];
export function makeOrdinaryText(size: number, seed?: number): string;
export function makeAdversarialText(size: number, seed?: number): string;
