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
 * The findings by start, merging the ascending runs they arrive in (each recognizer adds its own left to right): far
 * fewer comparisons than a general sort, and no compare function called through the sort builtin. Ties need no order:
 * findings with one start overlap, so they share a cluster, which `rank` orders completely.
 */
function sortedByStart(findings: readonly Finding[]): Finding[] {
  let from = findings.slice();
  const count = from.length;
  let bounds: number[] = [0];
  for (let i = 1; i < count; i++) if (from[i].start < from[i - 1].start) bounds.push(i);
  bounds.push(count);
  if (bounds.length === 2) return from;
  let to = from.slice(); // filled by the merges; a copy keeps both arrays packed, as every caller sees them
  while (bounds.length > 2) {
    const merged: number[] = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const mid = bounds[r + 1];
      const end = r + 2 < bounds.length ? bounds[r + 2] : mid;
      let i = bounds[r];
      let j = mid;
      let k = i;
      while (i < mid && j < end) to[k++] = from[j].start < from[i].start ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < end) to[k++] = from[j++];
      merged.push(end);
    }
    const swap = from;
    from = to;
    to = swap;
    bounds = merged;
  }
  return from;
}

/**
 * Keeps one finding per span: the best-ranked wins, and anything overlapping it is dropped. Output is sorted by start.
 * A finding can only be blocked by findings of its own cluster (spans chained by overlaps), so each cluster is
 * decided alone, and most findings overlap nothing at all.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const byStart = sortedByStart(findings);
  const out: Finding[] = [];
  for (let i = 0; i < byStart.length; ) {
    let j = i + 1;
    let clusterEnd = byStart[i].end;
    while (j < byStart.length && byStart[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, byStart[j++].end);
    if (j - i === 1) out.push(byStart[i]);
    else if (j - i === 2) out.push(rank(byStart[i], byStart[i + 1]) <= 0 ? byStart[i] : byStart[i + 1]); // the two overlap
    else resolveCluster(byStart.slice(i, j), out);
    i = j;
  }
  return out;
}
