import type { Scanner } from '../src/detect/scan-text.js';
import type { Finding } from '../src/detect/types.js';
import { Segmenter, ownCopy } from '../src/io/segments.js';

/**
 * Single-thread scan timing: CPU time (process.cpuUsage) and wall time, best of a few repetitions. Texts are scanned as
 * a bulk scan does (`scanMany`, in batches) or one call per text (`scan`).
 */

export type ScanMode = 'many' | 'each';

export interface Timing {
  bytes: number;
  cpuMs: number;
  wallMs: number;
}

/** MB/s from the smaller of CPU and wall time: CPU time counts V8's helper threads, wall time counts waiting for a busy core. */
export function mbPerSecond(t: Timing): number {
  const ms = Math.min(t.cpuMs, t.wallMs);
  return ms === 0 ? Infinity : t.bytes / 1e6 / (ms / 1000);
}

export interface ScanFailure {
  doc: number;
  error: unknown;
}

/**
 * Scans each text once (scoring and warm-up in one pass), with `scanMany`. When that throws, the texts are scanned one by
 * one: a text whose scan throws gets no findings and is reported.
 */
export function scanAll(scanner: Scanner, texts: readonly string[]): { findings: Finding[][]; failures: ScanFailure[] } {
  try {
    return { findings: scanner.scanMany(texts), failures: [] };
  } catch {
    // found below, text by text
  }
  const failures: ScanFailure[] = [];
  const findings = texts.map((text, doc) => {
    try {
      return scanner.scan(text);
    } catch (error) {
      failures.push({ doc, error });
      return [];
    }
  });
  return { findings, failures };
}

function scanQuietly(scanner: Scanner, text: string): number {
  try {
    return scanner.scan(text).length;
  } catch {
    return 0;
  }
}

function scanManyQuietly(scanner: Scanner, texts: readonly string[]): number {
  try {
    return scanner.scanMany(texts).length;
  } catch {
    let sink = 0;
    for (const text of texts) sink += scanQuietly(scanner, text);
    return sink;
  }
}

/** Times `work` (which returns a count, kept so that the work is not optimised away). */
function timed(bytes: number, work: () => number): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const sink = work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (sink < 0) throw new Error('unreachable');
  return { bytes, cpuMs: (used.user + used.system) / 1000, wallMs };
}

function timeOnce(scanner: Scanner, texts: readonly string[], bytes: number, mode: ScanMode): Timing {
  return timed(bytes, () => {
    if (mode === 'many') return scanManyQuietly(scanner, texts);
    let sink = 0;
    for (const text of texts) sink += scanQuietly(scanner, text);
    return sink;
  });
}

/** Characters handed to the segmenter at a time, as a file's decoded chunks are. */
const FILE_CHUNK = 64 * 1024;

/**
 * One text scanned as `leakhound scan` scans a text file: fed to the segmenter in chunks, each segment (about 64 Ki
 * characters, cut at a line end, copied out of the buffer) scanned with one call.
 */
export function timeFile(scanner: Scanner, text: string, bytes: number): Timing {
  return timed(bytes, () => {
    const segmenter = new Segmenter();
    let sink = 0;
    for (let at = 0; at < text.length; at += FILE_CHUNK) {
      for (const segment of segmenter.push(text.slice(at, at + FILE_CHUNK))) sink += scanQuietly(scanner, ownCopy(segment.text));
    }
    for (const segment of segmenter.end()) sink += scanQuietly(scanner, ownCopy(segment.text));
    return sink;
  });
}

/**
 * A fixed workload that tells how fast the host runs at the moment: four shape-only regexes (an e-mail address, a PRC
 * mobile number, an 18-character ID, an IPv4 address), as a pattern recognizer without validation or context would run
 * them, over the same texts. This machine's speed swings by a third from one minute to the next; the engine's rate
 * relative to this one swings far less, so a slow run can be told from a slower engine.
 */
const REFERENCE_PATTERNS = [/[\w.+-]+@[\w-]+\.[\w.-]+/g, /1[3-9]\d{9}/g, /\d{17}[\dXx]/g, /\d{1,3}(?:\.\d{1,3}){3}/g];

export function timeReference(texts: readonly string[], bytes: number): Timing {
  return timed(bytes, () => {
    let matches = 0;
    for (const text of texts) {
      for (const pattern of REFERENCE_PATTERNS) {
        pattern.lastIndex = 0;
        while (pattern.exec(text) !== null) matches++;
      }
    }
    return matches;
  });
}

/** Best (fastest) of `reps` timings for each group, groups interleaved per repetition so that drift hits them alike. */
export function timeGroups(
  scanner: Scanner,
  groups: ReadonlyMap<string, { texts: readonly string[]; bytes: number }>,
  reps: number,
  mode: ScanMode = 'many',
): Map<string, Timing> {
  const best = new Map<string, Timing>();
  for (let r = 0; r < reps; r++) {
    for (const [name, group] of groups) {
      const t = timeOnce(scanner, group.texts, group.bytes, mode);
      const prev = best.get(name);
      if (!prev || mbPerSecond(t) > mbPerSecond(prev)) best.set(name, t);
    }
  }
  return best;
}
