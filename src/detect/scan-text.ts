import { resolveOverlaps } from './overlap.js';
import { buildRegistry } from './registry.js';
import { TextScanState } from './scan-state.js';
import type { Finding, Language, Recognizer, ScanOptions } from './types.js';

const DEFAULT_MIN_SCORE = 0.5;
const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2}/;

export interface Scanner {
  scan(text: string): Finding[];
}

function languagesOf(text: string, hint: ScanOptions['language']): Set<Language> {
  if (hint === 'zh' || hint === 'en') return new Set([hint]);
  const languages = new Set<Language>();
  if (CJK.test(text)) languages.add('zh');
  if (LATIN_WORD.test(text)) languages.add('en');
  return languages;
}

function servesAny(served: readonly Language[], present: ReadonlySet<Language>): boolean {
  for (const language of served) if (present.has(language)) return true;
  return false;
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Deny-list values as one regex per type; word edges required where the value starts or ends with a word character. */
function denyPatterns(denyList: ScanOptions['denyList']): [string, RegExp][] {
  return Object.entries(denyList ?? {})
    .filter(([, values]) => values.length > 0)
    .map(([type, values]) => {
      const alternatives = values.map((v) => {
        const body = escapeRegex(v);
        return `${/^\w/.test(v) ? '(?<![\\w])' : ''}${body}${/\w$/.test(v) ? '(?![\\w])' : ''}`;
      });
      return [type, new RegExp(alternatives.join('|'), 'giu')];
    });
}

/** Prepares the recognizers and options once, for scanning many texts. */
export function createScanner(options: ScanOptions = {}): Scanner {
  const recognizers: readonly Recognizer[] = buildRegistry(options.recognizers);
  const typeFilter = options.types ? new Set<string>(options.types) : null;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const allow = new Set((options.allowList ?? []).map((v) => v.toLowerCase()));
  const deny = denyPatterns(options.denyList);
  const context = (options.context ?? []).map((w) => w.toLowerCase());
  const active = recognizers.filter((r) => typeFilter === null || r.types.some((t) => typeFilter.has(t)));

  return {
    scan(text: string): Finding[] {
      const languages = languagesOf(text, options.language);
      const state = new TextScanState(text, languages, typeFilter, context, minScore);
      for (const recognizer of active) {
        if (recognizer.languages === undefined || servesAny(recognizer.languages, languages)) recognizer.find(state);
      }
      for (const [type, pattern] of deny) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
          state.add(type, m.index, m.index + m[0].length, 1, 'deny-list');
        }
      }
      const kept: Finding[] = [];
      for (const f of state.findings) {
        if (f.score >= minScore && (allow.size === 0 || !allow.has(text.slice(f.start, f.end).toLowerCase()))) kept.push(f);
      }
      return resolveOverlaps(kept);
    },
  };
}

let defaultScanner: Scanner | undefined;

/** Finds personal information in `text`: one finding per span, sorted by start. */
export function scanText(text: string, options?: ScanOptions): Finding[] {
  if (options === undefined) return (defaultScanner ??= createScanner()).scan(text);
  return createScanner(options).scan(text);
}
