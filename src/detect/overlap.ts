import type { Finding } from './types.js';

/** Best first: higher score, then longer span, then earlier, then by name, so the result never depends on input order. */
function rank(a: Finding, b: Finding): number {
  return (
    b.score - a.score ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    (a.recognizer < b.recognizer ? -1 : a.recognizer > b.recognizer ? 1 : 0)
  );
}

/** Keeps one finding per span: the best-ranked wins, and anything overlapping it is dropped. Output is sorted by start. */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const byStart = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  let disjoint = true;
  for (let i = 1; i < byStart.length && disjoint; i++) disjoint = byStart[i].start >= byStart[i - 1].end;
  if (disjoint) return byStart; // the common case: nothing to decide
  const kept: Finding[] = []; // sorted by start; kept spans never overlap
  for (const finding of byStart.sort(rank)) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < finding.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if (prev && prev.end > finding.start) continue;
    if (next && next.start < finding.end) continue;
    kept.splice(lo, 0, finding);
  }
  return kept;
}
