import { createRowScanner, createScanner, scanRecords, type ColumnReport, type RowScanner, type Scanner } from '../detect/index.js';
import { readJson, readJsonLines, type JsonItem, type Located } from '../io/index.js';
import { jsonLeaves, leafText } from './json-leaves.js';
import { createRedactor, type Redactor } from './redactor.js';
import { SegmentRedactor } from './segment-redactor.js';
import { SourceTee } from './source-tee.js';
import { emptyStats, tally, textChunks, TextWriter, type TextInput, type TextOutput } from './streams.js';
import type { RedactStats, StreamRedactOptions } from './types.js';

const SAMPLE_CHARS = 8 * 1024 * 1024;
/** Records (lines, array elements) up to this size are parsed; longer ones are redacted as text. */
const MAX_RECORD = 16 * 1024 * 1024;
/** Key paths given their own context-aware scanner; past this (keys that are data) paths share one without context. */
const MAX_PATHS = 1000;

/** Redacts JSON records leaf by leaf, each key path treated as a column whose name is context. */
class JsonRedaction {
  readonly stats = emptyStats();
  private sample: JsonItem[] = [];
  private sampleValues = 0;
  private sampleChars = 0;
  private paths: Map<string, RowScanner> | undefined;
  private readonly shared: RowScanner;
  private readonly text: SegmentRedactor;
  /** From a text item other than a long line on, the rest of the input is text: counted once. */
  private restIsText = false;

  constructor(
    private readonly tee: SourceTee,
    private readonly redactor: Redactor,
    textScanner: Scanner,
    private readonly options: StreamRedactOptions,
  ) {
    this.shared = createRowScanner([], options.scan);
    this.text = new SegmentRedactor(tee, redactor, textScanner, this.stats);
  }

  async add(item: JsonItem): Promise<void> {
    if (this.paths) return this.emit(item);
    this.sample.push(item);
    this.sampleChars += item.kind === 'text' ? item.segment.text.length : item.raw.text.length;
    if (item.kind === 'value') this.sampleValues++;
    if (this.sampleValues >= (this.options.scan?.sampleSize ?? 200) || this.sampleChars >= SAMPLE_CHARS) await this.classify();
  }

  async finish(): Promise<void> {
    if (!this.paths) await this.classify();
  }

  private async classify(): Promise<void> {
    const records = this.sample.flatMap((item) => (item.kind === 'value' ? [item.value] : []));
    const { columns } = scanRecords(records, this.options.scan);
    this.paths = new Map(columns.slice(0, MAX_PATHS).map((c) => [c.column, createRowScanner([c], this.options.scan)]));
    const held = this.sample;
    this.sample = [];
    for (const item of held) await this.emit(item);
  }

  private scannerFor(path: string): RowScanner {
    let scanner = this.paths!.get(path);
    if (!scanner) {
      if (this.paths!.size >= MAX_PATHS) return this.shared;
      const column: ColumnReport = { column: path, index: 0, type: null, confidence: 0, count: 0, sampled: 0 };
      this.paths!.set(path, (scanner = createRowScanner([column], this.options.scan)));
    }
    return scanner;
  }

  private async emit(item: JsonItem): Promise<void> {
    if (item.kind === 'value') {
      this.stats.records++;
      return this.redactRecord(item.raw);
    }
    if (item.kind === 'invalid') {
      this.stats.records++;
      this.stats.invalid++;
      return this.text.redactLocated(item.raw);
    }
    const starts = item.reason === 'long-line' ? item.segment.ownFrom === 0 : !this.restIsText;
    if (item.reason !== 'long-line') this.restIsText = true;
    if (starts) {
      this.stats.records++;
      this.stats.invalid++;
    }
    return this.text.redact(item.segment);
  }

  /** Only changed leaves are rewritten; the rest of the record (spacing, key order, big integers) stays as it was. */
  private async redactRecord(raw: Located): Promise<void> {
    const text = raw.text;
    const parts: string[] = [];
    let at = 0;
    for (const leaf of jsonLeaves(text)) {
      const value = leafText(text, leaf);
      const findings = this.scannerFor(leaf.path).scanRow([value], this.stats.records - 1);
      if (findings.length === 0) continue;
      const result = this.redactor.redact(value, findings);
      tally(this.stats, result.changes);
      // A redacted number becomes a string: its replacement is rarely a number any more.
      parts.push(text.slice(at, leaf.start), JSON.stringify(result.text));
      at = leaf.end;
    }
    if (parts.length === 0) return; // copied unchanged by the tee
    parts.push(text.slice(at));
    await this.tee.replace(raw.offset, raw.offset + text.length, parts.join(''));
  }
}

async function run(input: TextInput, output: TextOutput, options: StreamRedactOptions, read: (text: AsyncIterable<string>) => AsyncIterable<JsonItem>): Promise<RedactStats> {
  const tee = new SourceTee(new TextWriter(output));
  const redaction = new JsonRedaction(tee, createRedactor(options.policy), createScanner(options.scan), options);
  for await (const item of read(tee.wrap(textChunks(input)))) await redaction.add(item);
  await redaction.finish();
  await tee.finish();
  return redaction.stats;
}

/**
 * Redacts JSON lines as a stream: string and number leaves are redacted in place (key paths give context) and the
 * rest of each line is kept byte for byte. Lines that are not JSON are redacted as plain text and counted in `invalid`.
 */
export function redactJsonLines(input: TextInput, output: TextOutput, options: StreamRedactOptions = {}): Promise<RedactStats> {
  return run(input, output, options, (text) => readJsonLines(text, { maxLine: MAX_RECORD }));
}

/**
 * Redacts a JSON document as a stream: a top-level array element by element (each element a record), or one
 * top-level object. Whatever is not such a document is redacted as plain text and counted in `invalid`.
 */
export function redactJson(input: TextInput, output: TextOutput, options: StreamRedactOptions = {}): Promise<RedactStats> {
  return run(input, output, options, (text) => readJson(text, { maxElement: MAX_RECORD, maxLine: MAX_RECORD }));
}
