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

/** Greedy by rank inside one cluster of mutually reachable overlaps: the kept spans, by start. */
function resolveCluster(cluster: Finding[]): Finding[] {
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
  return kept;
}

/** Run bounds of `sortByStart`, reused from call to call. */
let bounds = new Int32Array(64);
/**
 * The other array of `sortByStart`'s merges, reused from call to call: cleared after each (no finding is held past the
 * call) but not shortened, which would give up its storage and grow it again on the next call.
 */
const spare: Finding[] = [];
/** What `spare` holds where it held a finding. */
const CLEARED: Finding = { type: 'PERSON', start: 0, end: 0, score: 0, recognizer: '' };

/**
 * Sorts `findings` by start in place, merging the ascending runs they arrive in (each recognizer adds its own left to
 * right): far fewer comparisons than a general sort, and no compare function called through the sort builtin. Ties
 * need no order: findings with one start overlap, so they share a cluster, which `rank` orders completely.
 */
function sortByStart(findings: Finding[]): void {
  const count = findings.length;
  let runs = 0; // runs found; run r is [bounds[r], bounds[r + 1])
  bounds[0] = 0;
  for (let i = 1; i < count; i++) {
    if (findings[i].start >= findings[i - 1].start) continue;
    if (runs + 2 >= bounds.length) {
      const grown = new Int32Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    bounds[++runs] = i;
  }
  if (runs === 0) return;
  bounds[++runs] = count;
  // The first merges fill `spare` from its start, one after another: it stays a packed array, as `findings` is.
  let from = findings;
  let to = spare;
  while (runs > 1) {
    let merged = 0;
    for (let r = 0; r < runs; r += 2) {
      const start = bounds[r];
      const mid = bounds[r + 1];
      const end = r + 2 <= runs ? bounds[r + 2] : mid;
      let i = start;
      let j = mid;
      let k = start;
      while (i < mid && j < end) to[k++] = from[j].start < from[i].start ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < end) to[k++] = from[j++];
      bounds[merged++] = start;
    }
    bounds[merged] = count;
    runs = merged;
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== findings) for (let k = 0; k < count; k++) findings[k] = from[k];
  spare.fill(CLEARED, 0, count);
}

/**
 * Keeps one finding per span: the best-ranked wins, and anything overlapping it is dropped. Works in the array given
 * (the scanner's own candidates), which it sorts by start, shortens to the findings kept, and returns.
 * A finding can only be blocked by findings of its own cluster (spans chained by overlaps), so each cluster is
 * decided alone, and most findings overlap nothing at all.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  sortByStart(findings);
  const count = findings.length;
  let kept = 0; // findings[0, kept) are decided; a cluster is read before any of it is overwritten
  for (let i = 0; i < count; ) {
    let j = i + 1;
    let clusterEnd = findings[i].end;
    while (j < count && findings[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, findings[j++].end);
    if (j - i === 1) findings[kept++] = findings[i];
    else if (j - i === 2) findings[kept++] = rank(findings[i], findings[i + 1]) <= 0 ? findings[i] : findings[i + 1]; // the two overlap
    else for (const finding of resolveCluster(findings.slice(i, j))) findings[kept++] = finding;
    i = j;
  }
  findings.length = kept;
  return findings;
}
