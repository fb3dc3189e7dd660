import { segments, type Located, type Segment, type SegmentOptions } from './segments.js';

/** A parsed JSON value with its source text, source text that is not valid JSON, or text to scan as such. */
export type JsonItem =
  | { kind: 'value'; value: unknown; raw: Located }
  | { kind: 'invalid'; raw: Located }
  | { kind: 'text'; segment: Segment; reason: JsonTextReason };

/** Why text is scanned as plain text: a line too long to parse, neither an array nor an object, an element too large, data after the array. */
export type JsonTextReason = 'long-line' | 'not-json' | 'too-large' | 'trailing';

/** Streams JSON lines: one value per line; invalid lines are reported as such, over-long lines as text windows. */
export async function* readJsonLines(text: AsyncIterable<string>, options: Pick<SegmentOptions, 'maxLine'> = {}): AsyncGenerator<JsonItem> {
  for await (const line of segments(text, { target: 1, maxLine: options.maxLine })) {
    if (line.partial) {
      yield { kind: 'text', segment: line, reason: 'long-line' };
      continue;
    }
    if (line.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch {
      yield { kind: 'invalid', raw: line };
      continue;
    }
    yield { kind: 'value', value, raw: line };
  }
}
