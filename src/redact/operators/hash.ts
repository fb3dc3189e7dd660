import { hmacHex } from '../crypto.js';
import type { HashConfig } from '../types.js';
import { hexLength, requireKey, type Operator, type OperatorContext } from './operator.js';

/** Hex of HMAC-SHA256(key, value), truncated: the same value gives the same output only under the same key. */
export function hashOperator(config: HashConfig, context: OperatorContext): Operator {
  const key = requireKey(context, 'hash');
  const length = hexLength(config.length, 'hash');
  return {
    name: 'hash',
    apply: (value) => hmacHex(key, value).slice(0, length),
  };
}
