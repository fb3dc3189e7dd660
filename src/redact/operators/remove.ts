import type { Operator } from './operator.js';

export function removeOperator(): Operator {
  return { name: 'remove', apply: () => '' };
}
