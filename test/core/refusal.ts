/** The one issue of the DibaoInputError `run` throws (the test fails when it throws another or none). */
import { expect } from 'vitest';
import { DibaoInputError, type DibaoIssue } from '../../src/core/errors.js';

export function refusal(run: () => unknown): DibaoIssue | undefined {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DibaoInputError);
    const issues = (e as DibaoInputError).issues;
    expect(issues).toHaveLength(1);
    return issues[0];
  }
  throw new Error('expected a DibaoInputError');
}
