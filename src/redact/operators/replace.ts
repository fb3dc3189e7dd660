import type { ReplaceConfig } from '../types.js';
import type { Operator } from './operator.js';

export function replaceOperator(config: ReplaceConfig): Operator {
  const template = config.template ?? '<{type}>';
  return {
    name: 'replace',
    apply: (_value, type) => template.replaceAll('{type}', type),
  };
}
