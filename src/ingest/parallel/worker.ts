// Worker thread entry: parses chunks of a delimited dump with the columns the main thread classified, and keys them.
import { parentPort, workerData } from 'node:worker_threads';
import { createDecoder } from '../../io/index.js';
import { Keyer } from '../../identity/prf.js';
import { KeyBatch } from '../keying.js';
import { createDelimitedParser } from '../readers/delimited.js';
import { emptyReport } from '../report.js';
import { IngestSink } from '../table-sink.js';
import { CollectingWriter } from './collecting-writer.js';
import type { ChunkJob, ChunkResult, WorkerReply, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const keyer = new Keyer(setup.serverKey);
const writer = new CollectingWriter();

function ingestChunk(job: ChunkJob): ChunkResult {
  const report = emptyReport('');
  const keys = new KeyBatch(keyer, writer);
  const sink = new IngestSink(keys, report, new Map());
  sink.adopt(setup.columns);
  const parser = createDelimitedParser(sink, { name: '', isHeader: () => false, delimiter: setup.delimiter, width: setup.width });
  const decoder = createDecoder(setup.encoding);
  parser.write(decoder.write(job.bytes));
  parser.write(decoder.end());
  parser.end();
  sink.finish();
  keys.flush();
  const { records, skipped, skipReasons, skipSamples, identifiers, invalid, dataClasses } = report;
  return { id: job.id, ...writer.take(), lines: parser.line - 1, counts: { records, skipped, skipReasons, skipSamples, identifiers, invalid, dataClasses } };
}

parentPort!.on('message', (job: ChunkJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: ingestChunk(job) };
  } catch (err) {
    reply = { ok: false, id: job.id, message: err instanceof Error ? err.message : String(err) };
  }
  const transfer = reply.ok ? [reply.result.keys.buffer, reply.result.kinds.buffer] : [];
  parentPort!.postMessage(reply, transfer as ArrayBuffer[]);
});
