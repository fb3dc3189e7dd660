import { RedactError } from '../errors.js';
import type { OperatorConfig } from '../types.js';
import { hashOperator } from './hash.js';
import { maskOperator } from './mask.js';
import type { Operator, OperatorContext } from './operator.js';
import { pseudonymOperator } from './pseudonym.js';
import { removeOperator } from './remove.js';
import { replaceOperator } from './replace.js';

export type { Operator, OperatorContext } from './operator.js';

/** Builds an operator, checking its settings (and for hash/pseudonym the key) before any value is touched. */
export function createOperator(config: OperatorConfig, context: OperatorContext = {}): Operator {
  switch (config.operator) {
    case 'mask':
      return maskOperator(config);
    case 'replace':
      return replaceOperator(config);
    case 'remove':
      return removeOperator();
    case 'hash':
      return hashOperator(config, context);
    case 'pseudonym':
      return pseudonymOperator(config, context);
    default: // reachable from untyped callers only
      throw new RedactError('INVALID_CONFIG', `unknown operator ${JSON.stringify((config as { operator: unknown }).operator)}`);
  }
}
