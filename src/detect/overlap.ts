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

/** Greedy by rank inside one cluster of mutually reachable overlaps; the kept spans go to `out` by start. */
function resolveCluster(cluster: Finding[], out: Finding[]): void {
  const kept: Finding[] = []; // sorted by start; kept spans never overlap
  for (const finding of cluster.sort(rank)) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < finding.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > finding.start) || (next && next.start < finding.end)) continue;
    kept.splice(lo, 0, finding);
  }
  for (const finding of kept) out.push(finding);
}

/**
 * Keeps one finding per span: the best-ranked wins, and anything overlapping it is dropped. Output is sorted by start.
 * A finding can only be blocked by findings of its own cluster (spans chained by overlaps), so each cluster is
 * decided alone, and most findings overlap nothing at all.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const byStart = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Finding[] = [];
  for (let i = 0; i < byStart.length; ) {
    let j = i + 1;
    let clusterEnd = byStart[i].end;
    while (j < byStart.length && byStart[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, byStart[j++].end);
    if (j - i === 1) out.push(byStart[i]);
    else resolveCluster(byStart.slice(i, j), out);
    i = j;
  }
  return out;
}
