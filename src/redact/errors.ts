export type RedactErrorCode =
  /** A hash or pseudonym operator was configured without a key. */
  | 'MISSING_KEY'
  /** The key is too short to stop brute force over small spaces such as phone numbers. */
  | 'WEAK_KEY'
  /** An operator or policy setting is out of range. */
  | 'INVALID_CONFIG'
  /** A finding's span does not fit the text it is applied to. */
  | 'INVALID_FINDING'
  /** Two values produced the same pseudonym (a truncated HMAC collision). */
  | 'PSEUDONYM_COLLISION'
  /** A vault file is not a Leakhound pseudonym vault. */
  | 'VAULT_INVALID'
  /** A vault could not be decrypted: wrong key or damaged file. */
  | 'VAULT_KEY_MISMATCH';

/** Messages never contain a redacted value: only settings, offsets and type names. */
export class RedactError extends Error {
  override readonly name = 'RedactError';
  constructor(
    readonly code: RedactErrorCode,
    message: string,
  ) {
    super(message);
  }
}
