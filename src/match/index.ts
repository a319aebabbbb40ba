export { compileAutomaton, type Automaton } from './compileAutomaton.js';
export { scanAutomaton, scanUnits } from './scanAutomaton.js';
export { pinyinVariants } from './pinyinVariants.js';
export { homophoneVariants } from './homophoneVariants.js';
