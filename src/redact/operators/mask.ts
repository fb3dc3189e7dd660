import type { FindingType } from '../../detect/index.js';
import { RedactError } from '../errors.js';
import type { MaskConfig } from '../types.js';
import { MASK_RULES, maskGeneric } from './mask-rules.js';
import type { Operator } from './operator.js';

function count(value: number | undefined, name: string): number | undefined {
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
    throw new RedactError('INVALID_CONFIG', `mask ${name} must be a non-negative integer, got ${value}`);
  }
  return value;
}

/** Chinese masking conventions per type; anything else is masked whole (separators kept). */
export function maskOperator(config: MaskConfig): Operator {
  const char = config.maskChar ?? '*';
  if (Array.from(char).length !== 1) throw new RedactError('INVALID_CONFIG', `mask character must be one character, got ${JSON.stringify(char)}`);
  const counts = { keepStart: count(config.keepStart, 'keepStart'), keepEnd: count(config.keepEnd, 'keepEnd') };
  return {
    name: 'mask',
    apply: (value: string, type: FindingType) => (MASK_RULES[type] ?? maskGeneric)(value, char, counts),
  };
}
