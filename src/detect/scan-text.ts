import { resolveOverlaps } from './overlap.js';
import { buildRegistry } from './registry.js';
import { TextScanState, WholeTextContext } from './scan-state.js';
import type { Finding, Language, Recognizer, ScanOptions } from './types.js';

const DEFAULT_MIN_SCORE = 0.5;
const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2}/;

export interface Scanner {
  scan(text: string): Finding[];
  /**
   * The findings of each text, as `scan` gives them, faster for many small texts (records, cells, messages): each
   * recognizer runs over a batch of texts in turn, instead of all recognizers over one text, which keeps a recognizer's
   * code in the processor's caches.
   */
  scanMany(texts: readonly string[]): Finding[][];
}

/**
 * A batch of `scanMany`: at most this many texts, and this many characters (the texts' shared work is held meanwhile).
 * Measured interleaved in one process on the benchmark's texts: 1,024 texts 4-5% faster than 256, 512 3% faster,
 * 64 and 128 6% slower, 2,048 no faster than 1,024, and 4,096 no faster than 256.
 */
export const BATCH_TEXTS = 1024;
const BATCH_CHARS = 1 << 20;

/** The language sets a text can have, one shared set each, indexed by a bit per language (zh 1, en 2). */
const LANGUAGE_SETS: readonly ReadonlySet<Language>[] = [new Set(), new Set(['zh']), new Set(['en']), new Set(['zh', 'en'])];
const LANGUAGE_BITS: Record<Language, number> = { zh: 1, en: 2 };

function languageBitsOf(text: string, hint: ScanOptions['language']): number {
  if (hint === 'zh' || hint === 'en') return LANGUAGE_BITS[hint];
  return (CJK.test(text) ? 1 : 0) | (LATIN_WORD.test(text) ? 2 : 0);
}

/** The language bits of the texts a recognizer runs on: -1 for every text, else those with one of its languages. */
function servedBits(recognizer: Recognizer): number {
  return recognizer.languages === undefined ? -1 : recognizer.languages.reduce((bits, language) => bits | LANGUAGE_BITS[language], 0);
}

/** Whether a recognizer serving `served` (see servedBits) runs on a text of language bits `bits`. */
const runsOn = (served: number, bits: number) => served === -1 || (served & bits) !== 0;

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

/** A clear error for what is not a string, where a recognizer would fail on it with a confusing one. */
function checkText(text: unknown, what: string): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${what} must be a string, got ${text === null ? 'null' : typeof text}`);
}

/** Prepares the recognizers and options once, for scanning many texts. */
export function createScanner(options: ScanOptions = {}): Scanner {
  const recognizers: readonly Recognizer[] = buildRegistry(options.recognizers);
  const typeFilter = options.types ? new Set<string>(options.types) : null;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const allow = new Set((options.allowList ?? []).map((v) => v.toLowerCase()));
  const deny = denyPatterns(options.denyList);
  const context = new WholeTextContext((options.context ?? []).map((w) => w.toLowerCase()));
  // The recognizers of the wanted types, and the texts each runs on (servedBits): `scanMany` goes through them one by
  // one; `scan` takes, for a text's language bits, the list of those that run on it.
  const all = recognizers.filter((r) => typeFilter === null || r.types.some((t) => typeFilter.has(t)));
  const serves = all.map(servedBits);
  const active = LANGUAGE_SETS.map((_, bits) => all.filter((_, r) => runsOn(serves[r], bits)));

  const stateOf = (text: string, bits: number) => new TextScanState(text, LANGUAGE_SETS[bits], typeFilter, context, minScore);

  /** The deny list's findings, the allow list's drops, and one finding per span, once the recognizers have run. */
  function finish(state: TextScanState): Finding[] {
    const { text } = state;
    for (const [type, pattern] of deny) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        state.add(type, m.index, m.index + m[0].length, 1, 'deny-list');
      }
    }
    // Candidates below minScore never arrive (see TextScanState.add).
    if (allow.size === 0) return resolveOverlaps(state.findings);
    return resolveOverlaps(state.findings.filter((f) => !allow.has(text.slice(f.start, f.end).toLowerCase())));
  }

  /** Runs the recognizers over a batch of texts (with their language bits), one after another, each on its languages. */
  function scanBatch(states: readonly TextScanState[], bits: readonly number[], out: Finding[][]): void {
    for (let r = 0; r < all.length; r++) {
      const recognizer = all[r];
      for (let k = 0; k < states.length; k++) if (runsOn(serves[r], bits[k])) recognizer.find(states[k]);
    }
    for (const state of states) out.push(finish(state));
  }

  return {
    scan(text: string): Finding[] {
      checkText(text, 'the text to scan');
      const bits = languageBitsOf(text, options.language);
      const state = stateOf(text, bits);
      for (const recognizer of active[bits]) recognizer.find(state);
      return finish(state);
    },
    scanMany(texts: readonly string[]): Finding[][] {
      if (!Array.isArray(texts)) throw new TypeError(`scanMany takes an array of texts, got ${texts === null ? 'null' : typeof texts}`);
      // The label is made only for a text that fails, not for each text.
      for (let i = 0; i < texts.length; i++) if (typeof texts[i] !== 'string') checkText(texts[i], `text ${i} to scan`);
      const out: Finding[][] = [];
      let batch: TextScanState[] = [];
      let bits: number[] = [];
      let chars = 0;
      for (const text of texts) {
        const textBits = languageBitsOf(text, options.language);
        batch.push(stateOf(text, textBits));
        bits.push(textBits);
        chars += text.length;
        if (batch.length === BATCH_TEXTS || chars >= BATCH_CHARS) {
          scanBatch(batch, bits, out);
          batch = [];
          bits = [];
          chars = 0;
        }
      }
      if (batch.length > 0) scanBatch(batch, bits, out);
      return out;
    },
  };
}

let defaultScanner: Scanner | undefined;

/** Finds personal information in `text`: one finding per span, sorted by start. */
export function scanText(text: string, options?: ScanOptions): Finding[] {
  if (options === undefined) return (defaultScanner ??= createScanner()).scan(text);
  return createScanner(options).scan(text);
}
