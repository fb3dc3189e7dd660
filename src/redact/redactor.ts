import { keyBytes } from './crypto.js';
import { RedactError } from './errors.js';
import { createOperator, type Operator, type OperatorContext } from './operators/index.js';
import type { RedactionChange, RedactPolicy, RedactResult, Span } from './types.js';

/** A policy made ready once (operators built, key checked), then applied to many texts. */
export interface Redactor {
  redact(text: string, findings: readonly Span[]): RedactResult;
}

/** Sorted, non-overlapping spans; overlapping ones are merged (keeping the first's type) so no part stays readable. */
function normalise(text: string, findings: readonly Span[]): Span[] {
  for (const f of findings) {
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > text.length || f.end <= f.start) {
      throw new RedactError('INVALID_FINDING', `finding ${f.type} [${f.start}, ${f.end}) does not fit a text of length ${text.length}`);
    }
  }
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  for (const f of sorted) {
    const last = spans[spans.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else spans.push({ type: f.type, start: f.start, end: f.end });
  }
  return spans;
}

/** Fails (MISSING_KEY, WEAK_KEY, INVALID_CONFIG) before any text is processed. */
export function createRedactor(policy: RedactPolicy = {}): Redactor {
  const context: OperatorContext = { key: policy.key === undefined ? undefined : keyBytes(policy.key), vault: policy.vault };
  const fallback = createOperator(policy.defaultOperator ?? { operator: 'mask' }, context);
  const byType = new Map<string, Operator>();
  for (const [type, config] of Object.entries(policy.operators ?? {})) {
    if (config) byType.set(type, createOperator(config, context));
  }
  return {
    redact(text, findings) {
      if (findings.length === 0) return { text, changes: [] };
      const parts: string[] = [];
      const changes: RedactionChange[] = [];
      let at = 0;
      // Built left to right from the original offsets: same result as replacing right to left, in linear time.
      for (const span of normalise(text, findings)) {
        const operator = byType.get(span.type) ?? fallback;
        parts.push(text.slice(at, span.start), operator.apply(text.slice(span.start, span.end), span.type));
        changes.push({ type: span.type, start: span.start, end: span.end, operator: operator.name });
        at = span.end;
      }
      parts.push(text.slice(at));
      return { text: parts.join(''), changes };
    },
  };
}

/** Applies the policy's operator per finding type to `text`; `changes` lists offsets and operators, never values. */
export function redactText(text: string, findings: readonly Span[], policy: RedactPolicy = {}): RedactResult {
  return createRedactor(policy).redact(text, findings);
}
