import type { FindingType } from '../../detect/index.js';
import { RedactError } from '../errors.js';
import type { OperatorName } from '../types.js';
import type { PseudonymVault } from '../vault.js';

/** Turns one detected value into its replacement. */
export interface Operator {
  readonly name: OperatorName;
  apply(value: string, type: FindingType): string;
}

/** What operators share within one run: the checked key bytes and the pseudonym vault. */
export interface OperatorContext {
  key?: Uint8Array;
  vault?: PseudonymVault;
}

export function requireKey(context: OperatorContext, operator: OperatorName): Uint8Array {
  if (!context.key) {
    throw new RedactError('MISSING_KEY', `the ${operator} operator needs a key; an unkeyed hash of a phone or ID number is reversible`);
  }
  return context.key;
}

export function hexLength(length: number | undefined, operator: OperatorName): number {
  const n = length ?? 16;
  if (!Number.isInteger(n) || n < 8 || n > 64) {
    throw new RedactError('INVALID_CONFIG', `${operator} length must be an integer from 8 to 64 hex characters, got ${n}`);
  }
  return n;
}
