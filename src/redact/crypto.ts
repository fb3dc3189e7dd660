/*
 * The only module of src/redact that uses node:crypto. The detection core runs in browsers; a browser build of
 * redaction swaps this file (WebCrypto is async, so the hash and pseudonym operators would become async there).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { RedactError } from './errors.js';
import type { RedactKey } from './types.js';

/** Phone and ID numbers have small spaces; a short key would let anyone holding outputs enumerate them. */
export const MIN_KEY_BYTES = 16;

export function keyBytes(key: RedactKey): Uint8Array {
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  if (bytes.length < MIN_KEY_BYTES) {
    throw new RedactError('WEAK_KEY', `redaction key is ${bytes.length} bytes; at least ${MIN_KEY_BYTES} are required`);
  }
  return bytes;
}

export function hmacHex(key: Uint8Array, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}

export interface Sealed {
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

const VAULT_INFO = 'leakhound pseudonym vault v1';

function vaultKey(key: Uint8Array, salt: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, VAULT_INFO, 32));
}

/** AES-256-GCM under a key derived (HKDF-SHA256, random salt) from the user key. */
export function seal(key: Uint8Array, plaintext: string): Sealed {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', vaultKey(key, salt), iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { salt: salt.toString('hex'), iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), data: data.toString('base64') };
}

export function unseal(key: Uint8Array, sealed: Sealed): string {
  try {
    const decipher = createDecipheriv('aes-256-gcm', vaultKey(key, Buffer.from(sealed.salt, 'hex')), Buffer.from(sealed.iv, 'hex'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new RedactError('VAULT_KEY_MISMATCH', 'pseudonym vault cannot be opened: wrong key or damaged vault');
  }
}
