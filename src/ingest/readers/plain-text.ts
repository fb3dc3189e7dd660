import { isBinaryLine, splitLines } from './lines.js';
import type { RecordParser, RecordSink } from './types.js';

/**
 * Any other text: each line is free text for detection. A line longer than 64 Ki characters comes as windows cut
 * at a space or tab where one is near (see `splitLines`); blank lines are passed over; binary junk is skipped.
 */
export function createPlainTextParser(sink: RecordSink): RecordParser {
  return splitLines((text, line) => {
    if (text.trim() === '') return;
    if (isBinaryLine(text)) sink.skip(line, 'binary content');
    else sink.text(text, line);
  });
}
