/**
 * A record that could not be evaluated for a reason other than its own fields (for example the data pack
 * has no 低保 standard for its assessment date). Carries issues in the `DibaoInputError` shape so that
 * every error record reads the same way.
 */
import type { CliIssue } from './types.js';

/** Thrown by an evaluator; becomes an error record with these issues. */
export class RecordFailure extends Error {
  readonly issues: CliIssue[];

  constructor(name: string, message: string, issues: CliIssue[]) {
    super(message);
    this.name = name;
    this.issues = issues;
  }
}
