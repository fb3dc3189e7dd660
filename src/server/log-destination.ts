import { pino, type LoggerOptions } from 'pino';

/** A write of at most this many bytes to a pipe is atomic: lines of server processes sharing it never interleave. */
const PIPE_BUF = 4096;
/** Info lines wait at most this long for others to share their write. */
const FLUSH_MS = 1000;
/** pino's level number of warn: such lines (and worse) are written at once. */
const WARN = 40;

export type LogDestination = ReturnType<typeof pino.destination>;

/**
 * A server process's logger settings, writing to `fd` (standard output by default) in writes of whole lines, 3 to 4
 * KB each: one synchronous write per request was about a tenth of a check's CPU time in bench:serve. An info line
 * (the access log) waits at most a second; a warning or an error is written at once, with what waited before it.
 * Writes stay within PIPE_BUF, so that processes sharing a pipe write whole lines. `destination.flushSync()` writes
 * what is left (also done at exit).
 */
export function serverLog(level: string, fd = 1): { options: LoggerOptions & { stream: LogDestination }; destination: LogDestination } {
  const destination = pino.destination({ dest: fd, sync: false, minLength: PIPE_BUF - 1024, maxWrite: PIPE_BUF, periodicFlush: FLUSH_MS });
  process.once('exit', () => {
    try {
      destination.flushSync();
    } catch {
      // standard output is closed: there is nowhere left to write
    }
  });
  const hooks: LoggerOptions['hooks'] = {
    logMethod(args, method, methodLevel) {
      method.apply(this, args);
      if (methodLevel >= WARN) destination.flush();
    },
  };
  return { options: { level, stream: destination, hooks }, destination };
}
