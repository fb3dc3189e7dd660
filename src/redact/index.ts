export { OPERATOR_NAMES } from './types.js';
export type {
  HashConfig,
  MaskConfig,
  OperatorConfig,
  OperatorName,
  PseudonymConfig,
  RedactionChange,
  RedactKey,
  RedactPolicy,
  RedactResult,
  RedactStats,
  RemoveConfig,
  ReplaceConfig,
  Span,
  StreamRedactOptions,
} from './types.js';
export { RedactError } from './errors.js';
export type { RedactErrorCode } from './errors.js';
export { MIN_KEY_BYTES } from './crypto.js';
export { createOperator } from './operators/index.js';
export type { Operator, OperatorContext } from './operators/index.js';
export { createRedactor, redactText } from './redactor.js';
export type { Redactor } from './redactor.js';
export { PseudonymVault, reversePseudonyms } from './vault.js';
export type { SealedVault } from './vault.js';
export { redactPlainText } from './plain.js';
export { redactCsv } from './csv.js';
export type { CsvRedactOptions } from './csv.js';
export { redactJson, redactJsonLines } from './json.js';
export type { TextInput, TextOutput } from './streams.js';
