import { hkdfSync } from 'node:crypto';

/** Keys the verification parts use, derived from the server key so that every server process agrees on them. */
export interface ServerSecrets {
  tokenKey: Uint8Array;
  codeKey: Uint8Array;
}

export function serverSecrets(serverKey: Uint8Array): ServerSecrets {
  const derive = (purpose: string) => new Uint8Array(hkdfSync('sha256', serverKey, 'leakhound', purpose, 32));
  return { tokenKey: derive('verification token v1'), codeKey: derive('one-time code v1') };
}
