// Worker thread entry: parses chunks of a delimited dump with the columns the main thread classified, and keys them.
import { parentPort, workerData } from 'node:worker_threads';
import { Keyer } from '../../identity/prf.js';
import { CollectingWriter } from './collecting-writer.js';
import { ingestChunk } from './ingest-chunk.js';
import type { ChunkJob, WorkerReply, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const keyer = new Keyer(setup.serverKey);
const writer = new CollectingWriter();

parentPort!.on('message', (job: ChunkJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: { id: job.id, ...ingestChunk(job.bytes, setup, keyer, writer) }, bytes: job.bytes };
  } catch (err) {
    reply = { ok: false, id: job.id, message: err instanceof Error ? err.message : String(err), bytes: job.bytes };
  }
  const transfer = [job.bytes.buffer, ...(reply.ok ? [reply.result.keys.buffer, reply.result.kinds.buffer] : [])];
  parentPort!.postMessage(reply, transfer as ArrayBuffer[]);
});
