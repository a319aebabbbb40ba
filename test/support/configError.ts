import { expect } from 'vitest';
import { ComplianceConfigError } from '../../src/errors/index.js';

/** Runs `run`, asserts it throws a ComplianceConfigError (nothing else), and returns the error. */
export function configError(run: () => unknown): ComplianceConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ComplianceConfigError);
    return error as ComplianceConfigError;
  }
  throw new Error('expected a ComplianceConfigError');
}
