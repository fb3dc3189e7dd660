import { stringify } from 'csv-stringify/sync';
import { classifyColumns, createRowScanner, createScanner, isHeaderRow, type CellFinding, type RowScanner, type Scanner } from '../detect/index.js';
import { readCsv, sniffDelimiter, type CsvItem } from '../io/index.js';
import { createRedactor, type Redactor } from './redactor.js';
import { SegmentRedactor } from './segment-redactor.js';
import { SourceTee } from './source-tee.js';
import { emptyStats, tally, textChunks, TextWriter, type TextInput, type TextOutput } from './streams.js';
import type { RedactStats, StreamRedactOptions } from './types.js';

export interface CsvRedactOptions extends StreamRedactOptions {
  /** Field delimiter, or 'auto' (default) for the commonest of , TAB ; | in the first line. */
  delimiter?: string;
  /** Whether the first row names the columns (it is left unchanged). 'auto' (default): yes when it reads as labels. */
  header?: boolean | 'auto';
}

type Row = Extract<CsvItem, { kind: 'row' }>;

const SAMPLE_CHARS = 8 * 1024 * 1024;
/** Lines longer than this are redacted as text in overlapping windows rather than parsed. */
const MAX_LINE = 16 * 1024 * 1024;

/** Samples rows to classify columns, then redacts row by row. Rows with nothing found are copied byte for byte. */
class CsvRedaction {
  readonly stats = emptyStats();
  private header: string[] | null = null;
  private first = true;
  private delimiter: string | undefined;
  /** Items held until the columns are classified: rows, and any text between them so order is kept. */
  private sample: CsvItem[] = [];
  private sampleRows = 0;
  private sampleChars = 0;
  private rows: RowScanner | undefined;
  private readonly text: SegmentRedactor;

  constructor(
    private readonly tee: SourceTee,
    private readonly redactor: Redactor,
    private readonly textScanner: Scanner,
    private readonly options: CsvRedactOptions,
  ) {
    this.text = new SegmentRedactor(tee, redactor, textScanner, this.stats);
    if (options.delimiter && options.delimiter !== 'auto') this.delimiter = options.delimiter;
  }

  async add(item: CsvItem): Promise<void> {
    const first = this.first;
    this.first = false;
    this.delimiter ??= sniffDelimiter(item.kind === 'row' ? item.record.text.split('\n', 1)[0] : item.segment.text);
    if (item.kind === 'row' && first) {
      const wanted = this.options.header ?? 'auto';
      if (wanted === true || (wanted === 'auto' && isHeaderRow(item.cells, (text) => this.textScanner.scan(text)))) {
        this.header = item.cells.map((cell) => cell.trim());
        return; // copied unchanged by the tee
      }
    }
    if (this.rows) return this.emit(item);
    this.sample.push(item);
    this.sampleChars += item.kind === 'row' ? item.record.text.length : item.segment.text.length;
    this.sampleRows += item.kind === 'row' ? 1 : 0;
    if (this.sampleRows >= (this.options.scan?.sampleSize ?? 200) || this.sampleChars >= SAMPLE_CHARS) await this.classify();
  }

  async finish(): Promise<void> {
    if (!this.rows) await this.classify();
  }

  private async classify(): Promise<void> {
    const rows = this.sample.flatMap((item) => (item.kind === 'row' ? [item.cells] : []));
    this.rows = createRowScanner(classifyColumns(this.header, rows, this.options.scan), this.options.scan);
    const held = this.sample;
    this.sample = [];
    for (const item of held) await this.emit(item);
  }

  private async emit(item: CsvItem): Promise<void> {
    if (item.kind === 'text') {
      // Broken quoting comes line by line; an over-long line in windows, the first one starting at 0.
      if (item.segment.ownFrom === 0) {
        this.stats.records++;
        this.stats.invalid++;
      }
      return this.text.redact(item.segment);
    }
    this.stats.records++;
    const values = [...item.cells];
    const byColumn = new Map<number, CellFinding[]>();
    for (const f of this.rows!.scanRow(values, this.stats.records - 1)) byColumn.set(f.column, [...(byColumn.get(f.column) ?? []), f]);
    if (byColumn.size === 0) return; // copied unchanged by the tee
    for (const [column, findings] of byColumn) {
      const result = this.redactor.redact(values[column], findings);
      values[column] = result.text;
      tally(this.stats, result.changes);
    }
    const { text, offset } = item.record;
    const eol = /\r?\n$/.exec(text)?.[0] ?? '';
    await this.tee.replace(offset, offset + text.length, this.format(item, values, eol) + eol);
  }

  /** csv-stringify quotes what needs quoting; a field quoted in the input stays quoted. */
  private format(row: Row, values: readonly string[], eol: string): string {
    // A quoted cell's first character sits just after its opening quote.
    const quoted = row.cells.map((_, cell) => row.cellStart(cell, 0) > 0 && row.record.text[row.cellStart(cell, 0) - 1] === '"');
    return stringify([values], {
      delimiter: this.delimiter ?? ',',
      eof: false,
      record_delimiter: eol || '\n',
      quote_record_delimiter: true,
      cast: { string: (value, context) => ({ value, quoted: quoted[context.index] ?? false }) },
    });
  }
}

/**
 * Redacts CSV or TSV as a stream: same rows, columns, header, delimiter and line endings; rows with findings are
 * rewritten (quoted fields stay quoted), the rest is copied unchanged. Text the reader cannot parse (broken
 * quoting, over-long lines) is redacted as plain text and counted in `invalid`, never dropped.
 */
export async function redactCsv(input: TextInput, output: TextOutput, options: CsvRedactOptions = {}): Promise<RedactStats> {
  const tee = new SourceTee(new TextWriter(output));
  const redaction = new CsvRedaction(tee, createRedactor(options.policy), createScanner(options.scan), options);
  for await (const item of readCsv(tee.wrap(textChunks(input)), { delimiter: options.delimiter ?? 'auto', maxLine: MAX_LINE })) {
    await redaction.add(item);
  }
  await redaction.finish();
  await tee.finish();
  return redaction.stats;
}
