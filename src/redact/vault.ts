import { keyBytes, seal, unseal, type Sealed } from './crypto.js';
import { RedactError } from './errors.js';
import type { RedactKey } from './types.js';

const FORMAT = 'leakhound-pseudonym-vault';

/** What is written to disk: only ciphertext, salt, IV and tag; nothing readable without the key. */
export interface SealedVault extends Sealed {
  format: typeof FORMAT;
  version: 1;
  cipher: 'aes-256-gcm';
  kdf: 'hkdf-sha256';
}

/** A pseudonym token as the pseudonym operator writes it: `TYPE_<hex>`. */
const TOKEN = /(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*_[0-9a-f]{8,64}(?![A-Za-z0-9_])/g;

/** Token -> original value for one run, kept in memory until sealed; memory grows with distinct values. */
export class PseudonymVault {
  private readonly values = new Map<string, string>();

  get size(): number {
    return this.values.size;
  }

  record(token: string, value: string): void {
    const known = this.values.get(token);
    if (known === undefined) this.values.set(token, value);
    else if (known !== value) {
      throw new RedactError('PSEUDONYM_COLLISION', `two values share the pseudonym ${token}; use a longer pseudonym length`);
    }
  }

  lookup(token: string): string | undefined {
    return this.values.get(token);
  }

  /** Replaces every known token in `text` by its original value; unknown tokens stay. */
  reverse(text: string): string {
    return text.replace(TOKEN, (token) => this.values.get(token) ?? token);
  }

  seal(key: RedactKey): SealedVault {
    const sealed = seal(keyBytes(key), JSON.stringify([...this.values]));
    return { format: FORMAT, version: 1, cipher: 'aes-256-gcm', kdf: 'hkdf-sha256', ...sealed };
  }

  static open(vault: SealedVault | string, key: RedactKey): PseudonymVault {
    const sealed = parseSealed(vault);
    const entries: unknown = JSON.parse(unseal(keyBytes(key), sealed));
    const opened = new PseudonymVault();
    if (!Array.isArray(entries)) throw new RedactError('VAULT_INVALID', 'pseudonym vault holds no entries');
    for (const entry of entries) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') opened.record(entry[0], entry[1]);
    }
    return opened;
  }
}

function parseSealed(vault: SealedVault | string): SealedVault {
  let value: unknown = vault;
  if (typeof vault === 'string') {
    try {
      value = JSON.parse(vault);
    } catch {
      throw new RedactError('VAULT_INVALID', 'pseudonym vault is not JSON');
    }
  }
  const v = value as Partial<SealedVault> | null;
  const fields = [v?.salt, v?.iv, v?.tag, v?.data];
  if (v?.format !== FORMAT || v.version !== 1 || fields.some((f) => typeof f !== 'string')) {
    throw new RedactError('VAULT_INVALID', 'not a Leakhound pseudonym vault (version 1)');
  }
  return v as SealedVault;
}

/** Restores original values in pseudonymised text; only possible with the vault and the key it was sealed under. */
export function reversePseudonyms(text: string, vault: SealedVault | string, key: RedactKey): string {
  return PseudonymVault.open(vault, key).reverse(text);
}
