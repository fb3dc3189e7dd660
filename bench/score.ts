import type { Finding } from '../src/detect/types.js';
import { ENTITY_TYPES } from '../src/detect/types.js';
import type { CorpusDoc } from './corpus.js';
import type { Rng } from '../test/synth/index.js';

/** Strict span scoring: a prediction counts only with the gold span's type, start and end. */

export interface Counts {
  gold: number;
  pred: number;
  tp: number;
}

export interface ErrorSample {
  doc: number;
  start: number;
  end: number;
  /** For a miss: what the engine reported over the gold span; for a false alarm: the gold span it overlaps. */
  overlap?: { type: string; start: number; end: number };
}

export interface Score {
  byType: Map<string, Counts>;
  /** PERSON and ADDRESS split by the script of the span: `PERSON zh`, `ADDRESS en` ... */
  byScript: Map<string, Counts>;
  /** Findings of types outside the spec's list (WAYBILL_NUMBER, ...), not scored. */
  unscored: Map<string, number>;
  falsePositives: Map<string, ErrorSample[]>;
  falseNegatives: Map<string, ErrorSample[]>;
}

const SCORED = new Set<string>(ENTITY_TYPES);
const SPLIT = new Set(['PERSON', 'ADDRESS']);
const HAN = /[\u3400-\u9fff]/;

function scriptOf(text: string): 'zh' | 'en' {
  return HAN.test(text) ? 'zh' : 'en';
}

function counts(map: Map<string, Counts>, key: string): Counts {
  let c = map.get(key);
  if (!c) map.set(key, (c = { gold: 0, pred: 0, tp: 0 }));
  return c;
}

/** Keeps a uniform sample of at most `limit` items per key (reservoir sampling). */
class Sampler {
  readonly samples = new Map<string, ErrorSample[]>();
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly rng: Rng,
  ) {}

  offer(key: string, sample: ErrorSample): void {
    if (this.limit === 0) return;
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    const list = this.samples.get(key) ?? [];
    this.samples.set(key, list);
    if (list.length < this.limit) list.push(sample);
    else {
      const j = this.rng.int(n);
      if (j < this.limit) list[j] = sample;
    }
  }
}

function overlapping<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T | undefined {
  return items.find((i) => i.start < end && i.end > start);
}

export function score(docs: readonly CorpusDoc[], predictions: readonly (readonly Finding[])[], errorLimit: number, rng: Rng): Score {
  const byType = new Map<string, Counts>();
  const byScript = new Map<string, Counts>();
  const unscored = new Map<string, number>();
  const fps = new Sampler(errorLimit, rng);
  const fns = new Sampler(errorLimit, rng);
  for (const type of ENTITY_TYPES) counts(byType, type);
  for (const type of SPLIT) for (const s of ['zh', 'en']) counts(byScript, `${type} ${s}`);

  docs.forEach((doc, d) => {
    const found = predictions[d].filter((f) => {
      if (SCORED.has(f.type)) return true;
      unscored.set(f.type, (unscored.get(f.type) ?? 0) + 1);
      return false;
    });
    const gold = new Set(doc.spans.map((s) => `${s.type}:${s.start}:${s.end}`));
    const hit = new Set<string>();
    for (const f of found) {
      const key = `${f.type}:${f.start}:${f.end}`;
      const ok = gold.has(key);
      counts(byType, f.type).pred++;
      if (SPLIT.has(f.type)) counts(byScript, `${f.type} ${scriptOf(doc.text.slice(f.start, f.end))}`).pred++;
      if (ok) {
        hit.add(key);
        counts(byType, f.type).tp++;
        if (SPLIT.has(f.type)) counts(byScript, `${f.type} ${scriptOf(doc.text.slice(f.start, f.end))}`).tp++;
      } else {
        fps.offer(f.type, { doc: d, start: f.start, end: f.end, overlap: overlapping(doc.spans, f.start, f.end) });
      }
    }
    for (const s of doc.spans) {
      counts(byType, s.type).gold++;
      if (SPLIT.has(s.type)) counts(byScript, `${s.type} ${scriptOf(doc.text.slice(s.start, s.end))}`).gold++;
      if (!hit.has(`${s.type}:${s.start}:${s.end}`)) {
        fns.offer(s.type, { doc: d, start: s.start, end: s.end, overlap: overlapping(found, s.start, s.end) });
      }
    }
  });
  return { byType, byScript, unscored, falsePositives: fps.samples, falseNegatives: fns.samples };
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

/** NaN where undefined (no predictions, or no gold). */
export function rates(c: Counts): Rates {
  const precision = c.pred === 0 ? NaN : c.tp / c.pred;
  const recall = c.gold === 0 ? NaN : c.tp / c.gold;
  const f1 = c.gold + c.pred === 0 ? NaN : (2 * c.tp) / (c.gold + c.pred);
  return { precision, recall, f1 };
}

export function sum(items: Iterable<Counts>): Counts {
  const total = { gold: 0, pred: 0, tp: 0 };
  for (const c of items) {
    total.gold += c.gold;
    total.pred += c.pred;
    total.tp += c.tp;
  }
  return total;
}
