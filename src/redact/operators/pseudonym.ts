import type { FindingType } from '../../detect/index.js';
import { hmacHex } from '../crypto.js';
import type { PseudonymConfig } from '../types.js';
import { hexLength, requireKey, type Operator, type OperatorContext } from './operator.js';

function tokenPrefix(type: FindingType): string {
  return type.toUpperCase().replace(/[^A-Z0-9_]/g, '_').replace(/^(?=[^A-Z])/, 'T');
}

/**
 * `TYPE_<hex>` where hex is a keyed HMAC of (type, value): consistent for the same value under the same key, and
 * unlinkable to the value without the key. Mapping back needs the vault, sealed under the same key.
 */
export function pseudonymOperator(config: PseudonymConfig, context: OperatorContext): Operator {
  const key = requireKey(context, 'pseudonym');
  const length = hexLength(config.length, 'pseudonym');
  return {
    name: 'pseudonym',
    apply(value, type) {
      // Domain-separated input: a value's pseudonym and its hash output differ.
      const token = `${tokenPrefix(type)}_${hmacHex(key, `pseudonym\0${type}\0${value}`).slice(0, length)}`;
      context.vault?.record(token, value);
      return token;
    },
  };
}
