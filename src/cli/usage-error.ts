/** A problem with how the CLI was called (arguments, unreadable file, bad CSV header): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
