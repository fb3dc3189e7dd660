/** Bad command-line input: an option value, a list file. Shown as one line; exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    readonly code: 'BAD_OPTION' | 'BAD_LIST',
    message: string,
  ) {
    super(message);
  }
}
