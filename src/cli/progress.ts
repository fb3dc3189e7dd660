import type { TextSink } from './output.js';

/** Progress of a scan on a terminal: bytes, rate, files and time left, redrawn at most 10 times a second. */
export interface Progress {
  addBytes(bytes: number): void;
  fileDone(): void;
  /** Prints a line above the bar. */
  log(line: string): void;
  /** A word on what is happening now, shown after the figures ('' for none). */
  status(text: string): void;
  stop(): void;
}

const REDRAW_MS = 100;
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const BAR = 20;

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

/** A bar on `stream` when it is a terminal and `enabled`; otherwise only `log` writes, plainly. */
export function createProgress(
  stream: TextSink,
  totalBytes: number | null,
  totalFiles: number,
  enabled: boolean,
  /** Records read so far, shown with their rate (ingest). */
  records?: () => number,
): Progress {
  const started = Date.now();
  let bytes = 0;
  let files = 0;
  let drawnAt = 0;
  let shown = false;
  let note = '';
  const active = enabled && stream.isTTY === true;

  function draw(force = false): void {
    const now = Date.now();
    if (!active || (!force && now - drawnAt < REDRAW_MS)) return;
    drawnAt = now;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const rate = bytes / seconds;
    const parts = [`${mb(bytes)}${totalBytes ? `/${mb(totalBytes)}` : ''} MB`, `${mb(rate)} MB/s`, `files ${files}/${totalFiles}`];
    // Ingest shows rows and rows/s instead of MB/s, to fit 80 columns.
    if (records) parts.splice(1, 2, `${compact.format(records())} rows`, `${compact.format(records() / seconds)} rows/s`, ...(totalFiles > 1 ? [`files ${files}/${totalFiles}`] : []));
    let bar = '';
    if (totalBytes) {
      const share = Math.min(bytes / totalBytes, 1);
      const filled = Math.round(share * BAR);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% `;
      parts.push(`ETA ${duration(rate > 0 ? (totalBytes - bytes) / rate : Infinity)}`);
    }
    if (note) parts.push(note);
    const line = `${bar}${parts.join('  ')}`.slice(0, Math.max((stream.columns || 80) - 1, 20));
    stream.write(`\r${line}\x1b[K`);
    shown = true;
  }

  function clear(): void {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  }

  return {
    addBytes(n) {
      bytes += n;
      draw();
    },
    fileDone() {
      files++;
      draw();
    },
    status(text) {
      note = text;
      draw(true);
    },
    log(line) {
      clear();
      stream.write(`${line}\n`);
      draw(true);
    },
    stop() {
      clear();
    },
  };
}
