import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ENTITY_TYPES, type EntityType, type Language } from '../src/detect/types.js';
import type { CorpusDoc, GoldSpan } from './corpus.js';

/**
 * A labelled corpus from a file, for `bench:detect --corpus FILE`: JSON lines (gzipped if the name ends in ".gz"), one
 * document a line:
 *
 *   {"text": "收件人：张伟 13800138000", "spans": [{"type": "PERSON", "start": 4, "end": 6}, ...], "genre": "order", "lang": "zh"}
 *
 * `start` and `end` are UTF-16 offsets into `text`, `end` exclusive, as in shared/spec/entities.md. `genre` (default
 * "file") groups the throughput table; `lang` ("zh" or "en") splits PERSON and ADDRESS, and defaults to "zh" when the
 * text holds a Chinese character. Blank lines are skipped. A malformed line stops the reading with its number and what
 * is wrong with it; no text from the file is quoted (it holds personal data).
 */

export class CorpusFileError extends Error {}

const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);
const CJK = /[\u3400-\u9fff]/;

function fail(path: string, line: number, what: string): never {
  throw new CorpusFileError(`${path}, line ${line}: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSpan(path: string, line: number, text: string, value: unknown, k: number): GoldSpan {
  if (!isRecord(value)) fail(path, line, `span ${k} is not an object`);
  const { type, start, end } = value;
  if (typeof type !== 'string' || !TYPES.has(type)) fail(path, line, `span ${k} has type ${JSON.stringify(type)}; the types are ${ENTITY_TYPES.join(', ')}`);
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(path, line, `span ${k} needs whole-number "start" and "end"`);
  const [from, to] = [start as number, end as number];
  if (from < 0 || to > text.length || from >= to) fail(path, line, `span ${k} [${from}, ${to}) is not inside the text of ${text.length} UTF-16 code units`);
  return { type: type as EntityType, start: from, end: to };
}

function readDoc(path: string, line: number, source: string): CorpusDoc {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    fail(path, line, `not JSON (${error instanceof Error ? error.message.replace(/".*"/s, '…') : 'parse error'})`);
  }
  if (!isRecord(value)) fail(path, line, 'not a JSON object');
  const { text, spans, genre, lang } = value;
  if (typeof text !== 'string') fail(path, line, 'needs a "text" string');
  if (!Array.isArray(spans)) fail(path, line, 'needs a "spans" array (empty when the text holds nothing)');
  if (genre !== undefined && (typeof genre !== 'string' || genre.length === 0 || genre.length > 40)) fail(path, line, '"genre" must be a name of 1 to 40 characters');
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') fail(path, line, '"lang" must be "zh" or "en"');
  return {
    text,
    spans: spans.map((span, k) => readSpan(path, line, text, span, k)),
    genre: (genre as string | undefined) ?? 'file',
    lang: (lang as Language | undefined) ?? (CJK.test(text) ? 'zh' : 'en'),
  };
}

/** Reads a labelled corpus; throws CorpusFileError with the file, line and problem when it cannot. */
export function readCorpusFile(path: string): CorpusDoc[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CorpusFileError(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (path.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new CorpusFileError(`${path}: not a complete gzip file`);
    }
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusFileError(`${path}: not UTF-8 text`);
  }
  const docs: CorpusDoc[] = [];
  const lines = content.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const source = lines[k].trim();
    if (source.length > 0) docs.push(readDoc(path, k + 1, source));
  }
  if (docs.length === 0) throw new CorpusFileError(`${path}: holds no document`);
  return docs;
}
