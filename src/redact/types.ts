import type { Finding, FindingType, TableOptions } from '../detect/index.js';
import type { PseudonymVault } from './vault.js';

export interface MaskConfig {
  operator: 'mask';
  /** One character (default `*`). */
  maskChar?: string;
  /**
   * Characters kept at the start / end. Unset: the type's convention (phone 3+4 digits after the country code,
   * resident ID 6+4, bank card 0+4, e-mail/name/address by shape, anything else masked whole).
   */
  keepStart?: number;
  keepEnd?: number;
}

export interface ReplaceConfig {
  operator: 'replace';
  /** `{type}` is replaced by the finding's type (default `<{type}>`). */
  template?: string;
}

export interface RemoveConfig {
  operator: 'remove';
}

export interface HashConfig {
  operator: 'hash';
  /** Hex characters of HMAC-SHA256 kept, 8 to 64 (default 16). */
  length?: number;
}

export interface PseudonymConfig {
  operator: 'pseudonym';
  /** Hex characters of the token's HMAC part, 8 to 64 (default 16). */
  length?: number;
}

export type OperatorConfig = MaskConfig | ReplaceConfig | RemoveConfig | HashConfig | PseudonymConfig;
export type OperatorName = OperatorConfig['operator'];
export const OPERATOR_NAMES: readonly OperatorName[] = ['mask', 'replace', 'remove', 'hash', 'pseudonym'];

/** Key material: the bytes of a string (UTF-8) or a byte array; at least 16 bytes. */
export type RedactKey = string | Uint8Array;

export interface RedactPolicy {
  /** Operator for types without an override (default: mask). */
  defaultOperator?: OperatorConfig;
  /** Per-type overrides. */
  operators?: Readonly<Partial<Record<FindingType, OperatorConfig>>>;
  /** Required by the hash and pseudonym operators. */
  key?: RedactKey;
  /** Collects token -> value for pseudonyms, to be sealed under the key. */
  vault?: PseudonymVault;
}

/** The part of a finding redaction needs. */
export type Span = Pick<Finding, 'type' | 'start' | 'end'>;

/** What was changed: offsets into the original text, never the value. */
export interface RedactionChange {
  type: FindingType;
  start: number;
  end: number;
  operator: OperatorName;
}

export interface RedactResult {
  text: string;
  changes: RedactionChange[];
}

/** Totals of a streamed redaction. */
export interface RedactStats {
  /** Rows (CSV), lines (JSON lines), documents (JSON) or text blocks processed. */
  records: number;
  /** Records that could not be parsed; they were redacted as plain text, not dropped. */
  invalid: number;
  /** Values changed, per type. */
  changes: Record<string, number>;
}

/** Options shared by the streaming redactors. */
export interface StreamRedactOptions {
  policy?: RedactPolicy;
  /** Detection options; for tables and JSON, `sampleSize` records decide column meaning (default 200). */
  scan?: TableOptions;
}
