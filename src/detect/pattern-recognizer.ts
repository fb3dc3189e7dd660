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
  /**
   * Where a match may start, in text order, when a shared pass over the text has found that already (undefined: search
   * the whole text). Every match of every pattern must start at one of them; the patterns are then tried only there.
   */
  starts?: (scan: ScanState) => readonly number[] | undefined;
  examples: RecognizerExamples;
}

/** A sticky copy of a global pattern, to try it at given positions. */
function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
}

/** A recognizer that is only data: patterns, context words and a validation hook. */
export function patternRecognizer(spec: PatternSpec): Recognizer {
  const context = (spec.context ?? []).map((word) => word.toLowerCase());
  const anchored = spec.starts ? spec.patterns.map(sticky) : [];

  /** Reports the match `m` if it validates. */
  function report(scan: ScanState, m: RegExpExecArray): void {
    const value = m[1] ?? m[0];
    const start = m[1] === undefined ? m.index : m.index + m[0].indexOf(m[1]);
    const end = start + value.length;
    const verdict = spec.validate ? spec.validate(value) : true;
    if (verdict === false) return;
    let score = typeof verdict === 'number' ? verdict : spec.score;
    if (context.length > 0 && spec.contextScore !== undefined && scan.hasContext(start, end, context, spec.contextWindow)) {
      score = Math.max(score, spec.contextScore);
    }
    scan.add(spec.type, start, end, score, spec.name);
  }

  return {
    name: spec.name,
    types: [spec.type],
    languages: spec.languages,
    examples: spec.examples,
    find(scan: ScanState) {
      const starts = spec.starts?.(scan);
      if (starts !== undefined) {
        // The matches a global search would find: each tried start past the last match.
        for (const pattern of anchored) {
          let next = 0;
          for (const at of starts) {
            if (at < next) continue;
            pattern.lastIndex = at;
            const m = pattern.exec(scan.text);
            if (m === null || m[0].length === 0) continue;
            next = at + m[0].length;
            report(scan, m);
          }
        }
        return;
      }
      for (const pattern of spec.patterns) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(scan.text); m !== null; m = pattern.exec(scan.text)) {
          if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          report(scan, m);
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
