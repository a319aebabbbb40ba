export { ComplianceConfigError, type ConfigProblem } from './ComplianceConfigError.js';
