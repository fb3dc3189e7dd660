import { createScanner } from '../detect/index.js';
import { segments } from '../io/index.js';
import { createRedactor } from './redactor.js';
import { SegmentRedactor } from './segment-redactor.js';
import { SourceTee } from './source-tee.js';
import { emptyStats, textChunks, TextWriter, type TextInput, type TextOutput } from './streams.js';
import type { RedactStats, StreamRedactOptions } from './types.js';

/** Redacts free text as a stream, in segments that end at line breaks; `records` counts lines. */
export async function redactPlainText(input: TextInput, output: TextOutput, options: StreamRedactOptions = {}): Promise<RedactStats> {
  const stats = emptyStats();
  const tee = new SourceTee(new TextWriter(output));
  const segmentRedactor = new SegmentRedactor(tee, createRedactor(options.policy), createScanner(options.scan), stats);
  let last = '';
  for await (const segment of segments(tee.wrap(textChunks(input)))) {
    // Windows of a long line overlap inside that line only, so no line break is counted twice.
    for (let nl = segment.text.indexOf('\n'); nl >= 0; nl = segment.text.indexOf('\n', nl + 1)) stats.records++;
    last = segment.text[segment.text.length - 1] ?? last;
    await segmentRedactor.redact(segment);
  }
  if (last !== '' && last !== '\n') stats.records++;
  await tee.finish();
  return stats;
}
