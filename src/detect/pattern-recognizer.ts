import type { CustomRecognizer, FindingType, Language, Recognizer, RecognizerExamples, ScanState } from './types.js';

export interface PatternSpec {
  name: string;
  type: FindingType;
  /** Global regexes; capture group 1, when present, is the value's span. */
  patterns: readonly RegExp[];
  score: number;
  context?: readonly string[];
  contextScore?: number;
  /** Context window in characters (default: the scan state's). */
  contextWindow?: number;
  languages?: readonly Language[];
  validate?: (value: string) => boolean | number;
  examples: RecognizerExamples;
}

/** A recognizer that is only data: patterns, context words and a validation hook. */
export function patternRecognizer(spec: PatternSpec): Recognizer {
  const context = (spec.context ?? []).map((word) => word.toLowerCase());
  return {
    name: spec.name,
    types: [spec.type],
    languages: spec.languages,
    examples: spec.examples,
    find(scan: ScanState) {
      for (const pattern of spec.patterns) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(scan.text); m !== null; m = pattern.exec(scan.text)) {
          if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          const value = m[1] ?? m[0];
          const start = m[1] === undefined ? m.index : m.index + m[0].indexOf(m[1]);
          const end = start + value.length;
          const verdict = spec.validate ? spec.validate(value) : true;
          if (verdict === false) continue;
          let score = typeof verdict === 'number' ? verdict : spec.score;
          if (context.length > 0 && spec.contextScore !== undefined && scan.hasContext(start, end, context, spec.contextWindow)) {
            score = Math.max(score, spec.contextScore);
          }
          scan.add(spec.type, start, end, score, spec.name);
        }
      }
    },
  };
}

function toGlobalRegex(pattern: RegExp | string): RegExp {
  if (typeof pattern === 'string') return new RegExp(pattern, 'gu');
  return pattern.global ? new RegExp(pattern.source, pattern.flags) : new RegExp(pattern.source, pattern.flags + 'g');
}

/** Turns a caller's recognizer into the same data-driven form as the built-in ones. */
export function fromCustom(custom: CustomRecognizer): Recognizer {
  return patternRecognizer({
    name: custom.name,
    type: custom.type,
    patterns: custom.patterns.map(toGlobalRegex),
    score: custom.score ?? 0.6,
    context: custom.context,
    contextScore: custom.contextScore ?? 0.95,
    validate: custom.validate,
    examples: { positive: [], negative: [] },
  });
}
