import type { Scanner } from '../detect/index.js';
import { Ownership, ownCopy, type Located, type Segment } from '../io/index.js';
import type { Redactor } from './redactor.js';
import type { SourceTee } from './source-tee.js';
import { tally } from './streams.js';
import type { RedactStats } from './types.js';

/**
 * Redacts plain-text segments into the tee. Windows of an over-long line overlap; each writes from where the last
 * one stopped to the end of its owned part (or of an owned value crossing it), so a value on a cut is redacted whole.
 */
export class SegmentRedactor {
  private readonly ownership = new Ownership();

  constructor(
    private readonly tee: SourceTee,
    private readonly redactor: Redactor,
    private readonly scanner: Scanner,
    private readonly stats: RedactStats,
  ) {}

  async redact(segment: Segment): Promise<void> {
    const from = Math.max(0, this.tee.written - segment.offset);
    const kept = this.scanner.scan(ownCopy(segment.text)).filter((f) => f.start >= from && this.ownership.keep(segment, f.start, f.end));
    const to = Math.max(from, segment.ownTo, ...kept.map((f) => f.end));
    const spans = kept.map((f) => ({ type: f.type, start: f.start - from, end: f.end - from }));
    const result = this.redactor.redact(segment.text.slice(from, to), spans);
    tally(this.stats, result.changes);
    await this.tee.replace(segment.offset + from, segment.offset + to, result.text);
  }

  /** A whole record that could not be parsed, redacted as one piece of text. */
  redactLocated(located: Located): Promise<void> {
    return this.redact({ ...located, ownFrom: 0, ownTo: located.text.length, partial: false });
  }
}
