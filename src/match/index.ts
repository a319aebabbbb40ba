export { compileAutomaton, type Automaton } from './compileAutomaton.js';
export { scanAutomaton } from './scanAutomaton.js';
