import type { JsonItem, JsonTextReason } from './json-lines.js';
import { segments, type Position } from './segments.js';

export interface JsonArrayOptions {
  /** Largest element parsed as JSON; from a larger one on, the rest of the file is scanned as text. Default 16 Mi. */
  maxElement?: number;
  maxLine?: number;
}

const WHITESPACE = /\s/;

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (first) yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Streams a JSON document as values with their source text, without holding the file: the elements of a
 * top-level array one by one, or a top-level object as one value. A document that is neither, an element
 * larger than `maxElement`, or anything after the array come out as text from there on.
 */
export async function* readJson(text: AsyncIterable<string>, options: JsonArrayOptions = {}): AsyncGenerator<JsonItem> {
  const maxElement = options.maxElement ?? 16 * 1024 * 1024;
  const iterator = text[Symbol.asyncIterator]();
  const pos: Position = { offset: 0, line: 1, column: 1 };
  let phase: 'before' | 'between' | 'element' | 'after' = 'before';
  let parts: string[] = [];
  let size = 0;
  let start: Position = pos;
  let depth = 0;
  let inString = false;
  let escaped = false;

  async function* asText(rest: string, from: Position, reason: JsonTextReason): AsyncGenerator<JsonItem> {
    for await (const segment of segments(prepend(rest, iterator), { maxLine: options.maxLine, start: from })) {
      yield { kind: 'text', segment, reason };
    }
  }

  function element(): JsonItem | null {
    const raw = parts.join('').trimEnd();
    parts = [];
    size = 0;
    if (raw === '') return null;
    const located = { text: raw, ...start };
    try {
      return { kind: 'value', value: JSON.parse(raw), raw: located };
    } catch {
      return { kind: 'invalid', raw: located };
    }
  }

  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const chunk = next.value;
    let from = 0; // start of the current element's text in this chunk
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (phase === 'element') {
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === '\\') escaped = true;
          else if (ch === '"') inString = false;
        } else if (ch === '"') inString = true;
        else if (ch === '{' || ch === '[') depth++;
        else if ((ch === '}' || ch === ']') && depth > 0) depth--;
        else if (depth === 0 && (ch === ',' || ch === ']')) {
          parts.push(chunk.slice(from, i));
          const item = element();
          if (item) yield item;
          phase = ch === ',' ? 'between' : 'after';
        }
      } else if (!WHITESPACE.test(ch)) {
        if (phase === 'before' && ch !== '[' && ch !== '{') return yield* asText(chunk.slice(i), { ...pos }, 'not-json');
        if (phase === 'after') return yield* asText(chunk.slice(i), { ...pos }, 'trailing');
        if (phase === 'before' && ch === '[') phase = 'between';
        else if (phase !== 'before' && ch === ']') phase = 'after';
        else if (ch !== ',') {
          phase = 'element';
          start = { ...pos };
          from = i;
          depth = 0;
          inString = false;
          escaped = false;
          i--; // read this character again as part of the element
          continue;
        }
      }
      if (ch === '\n') {
        pos.line++;
        pos.column = 1;
      } else pos.column++;
      pos.offset++;
    }
    if (phase === 'element') {
      parts.push(chunk.slice(from));
      size += chunk.length - from;
      if (size > maxElement) return yield* asText(parts.splice(0).join(''), start, 'too-large');
    }
  }
  if (phase === 'element') {
    const item = element();
    if (item) yield item;
  }
}
