import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChunkResult, WorkerReply, WorkerSetup } from './protocol.js';

/** Under tsx (tests, benchmarks) the worker is TypeScript and needs the loader; built, it is plain JavaScript. */
function startWorker(setup: WorkerSetup): Worker {
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(typescript ? './worker.ts' : './worker.js', import.meta.url);
  if (!typescript) return new Worker(entry, { workerData: setup });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/** Worker threads for a machine: one per core (the main thread's share is small: reading and writing). */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Runs chunks through worker threads and hands the results back in chunk order, so that line numbers can be
 * added up. At most two chunks per worker are in flight: memory stays bounded whatever the file size. Each chunk's
 * ArrayBuffer is transferred to its worker (lineChunks gives every chunk one of its own).
 */
export async function runChunks(
  setup: WorkerSetup,
  workers: number,
  chunks: AsyncIterable<Uint8Array>,
  onResult: (result: ChunkResult) => void,
  /** Takes each chunk's buffer back from its worker, to be filled again. */
  recycle: (buffer: ArrayBuffer) => void = () => undefined,
): Promise<void> {
  const pool: Worker[] = [];
  const done = new Map<number, ChunkResult>();
  const waiting: (() => void)[] = [];
  let failure: Error | null = null;
  let inFlight = 0;
  let nextToDeliver = 0;
  const wake = () => waiting.splice(0).forEach((resolve) => resolve());
  const spawn = (): Worker => {
    const worker = startWorker(setup);
    worker.on('message', (reply: WorkerReply) => {
      inFlight--;
      recycle(reply.bytes.buffer as ArrayBuffer);
      if (!reply.ok) failure ??= new Error(`ingest worker failed: ${reply.message}`);
      else done.set(reply.result.id, reply.result);
      for (let next = done.get(nextToDeliver); next !== undefined && failure === null; next = done.get(nextToDeliver)) {
        done.delete(nextToDeliver++);
        try {
          onResult(next);
        } catch (err) {
          failure = err as Error;
        }
      }
      wake();
    });
    worker.on('error', (err) => {
      failure ??= err;
      wake();
    });
    return worker;
  };
  const settled = () => new Promise<void>((resolve) => waiting.push(resolve));
  try {
    let id = 0;
    for await (const chunk of chunks) {
      while (inFlight >= workers * 2 && failure === null) await settled();
      if (failure) break;
      if (pool.length < workers) pool.push(spawn()); // started on demand: a small file needs none
      pool[id % workers].postMessage({ id: id++, bytes: chunk }, [chunk.buffer as ArrayBuffer]);
      inFlight++;
    }
    while (inFlight > 0 && failure === null) await settled();
    if (failure) throw failure;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
