/** An API error: an HTTP status, a machine-readable code and a message for people (never an identifier). */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string };
}
