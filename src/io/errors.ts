/** Why a path could not be scanned. Messages name the path and never quote file content. */
export type IoErrorCode = 'ENOENT' | 'EACCES' | 'EISDIR' | 'ENOTDIR' | 'ELOOP' | 'BINARY' | 'BAD_GZIP' | 'READ';

const REASONS: Record<IoErrorCode, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  BINARY: 'binary file',
  BAD_GZIP: 'corrupt gzip data',
  READ: 'read error',
};

const ERRNO_CODES: Record<string, IoErrorCode> = {
  ENOENT: 'ENOENT',
  EACCES: 'EACCES',
  EPERM: 'EACCES',
  EISDIR: 'EISDIR',
  ENOTDIR: 'ENOTDIR',
  ELOOP: 'ELOOP',
};

/** A path with control characters (a newline in a file name) shown quoted, so it cannot forge report lines. */
export function displayPath(path: string): string {
  return path === '-' ? '<stdin>' : /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}

export class IoError extends Error {
  override readonly name = 'IoError';

  constructor(
    readonly code: IoErrorCode,
    readonly path: string,
    readonly reason: string = REASONS[code],
  ) {
    super(`${displayPath(path)}: ${reason}`);
  }
}

function isZlibError(err: NodeJS.ErrnoException): boolean {
  return typeof err.code === 'string' && err.code.startsWith('Z_');
}

/** Maps a Node error to an IoError; its message keeps only the errno text, which never holds file content. */
export function toIoError(err: unknown, path: string): IoError {
  if (err instanceof IoError) return err;
  const e = err as NodeJS.ErrnoException;
  if (isZlibError(e)) return new IoError('BAD_GZIP', path, `corrupt gzip data (${e.message})`);
  const code = typeof e?.code === 'string' ? ERRNO_CODES[e.code] : undefined;
  if (code) return new IoError(code, path);
  return new IoError('READ', path, typeof e?.code === 'string' ? `read error (${e.code})` : 'read error');
}
