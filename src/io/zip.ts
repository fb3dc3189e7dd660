import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { IoError, toIoError } from './errors.js';
import { createDecoder, detectEncoding } from './encoding.js';
import { textSource, type TextSource } from './source.js';

const GiB = 1024 ** 3;

/**
 * Zip bomb bounds, checked against the sizes in the central directory before an entry is read; yauzl then
 * fails an entry whose data inflates past its declared size, so the declared sizes are binding.
 * Deflate cannot compress better than about 1032:1, so a ratio over 1000:1 is only reached by constant
 * filler; real dumps compress 3-50:1. Small filler is harmless, hence the floor below which the ratio is not
 * checked. The ratio is also checked for the archive as a whole (declared sizes of all entries so far against
 * the archive's size), which catches bombs whose entries share one compressed stream.
 */
export interface ZipLimits {
  /** Largest uncompressed entry read (default 64 GiB). */
  maxEntryBytes?: number;
  /** Highest uncompressed:compressed ratio accepted above `ratioFloorBytes` (default 1000). */
  maxRatio?: number;
  /** Uncompressed size from which the ratio is checked (default 1 GiB). */
  ratioFloorBytes?: number;
}

const DEFAULT_LIMITS: Required<ZipLimits> = { maxEntryBytes: 64 * GiB, maxRatio: 1000, ratioFloorBytes: GiB };

/** A file inside an archive; `bytes()` can be read (once) until the archive is closed. */
export interface ZipEntry {
  kind: 'file';
  /** Where the entry is, for display and reports: `dump.zip/users.csv`. */
  path: string;
  /** The entry's path inside the archive. */
  name: string;
  /** Uncompressed size in bytes, as declared (reading fails if the data disagrees). */
  size: number;
  /** The uncompressed content; a damaged entry throws an IoError naming `path`. */
  bytes(): AsyncIterable<Uint8Array>;
}

/** An entry to read, one left out on purpose (a nested archive), or one that cannot be read (encrypted, too large). */
export type ZipItem = ZipEntry | { kind: 'skipped'; path: string; reason: string } | { kind: 'error'; error: IoError };

/** A zip file on disk, or one already in memory (`path` names it in messages). */
export type ZipInput = string | { path: string; bytes: Uint8Array };

export interface ZipArchive {
  path: string;
  /**
   * The entries in central-directory order, directories left out. Throws an IoError naming the archive when
   * the directory itself is damaged, after yielding the entries before the damage. Call once.
   */
  items(): AsyncGenerator<ZipItem>;
  close(): void;
}

/** Names of compression methods yauzl cannot inflate, for the message. */
const METHODS: Record<number, string> = { 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'Zstandard', 95: 'xz', 98: 'PPMd' };
const NESTED = /\.zip$/i;
const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;

/** yauzl's messages can quote header bytes; these reasons never quote content. */
function reason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) return 'corrupt compressed data';
  if (/end of central directory record signature not found/i.test(message)) return 'not a zip archive, or truncated';
  if (/multi-disk/.test(message)) return 'split (multi-disk) zip archives are not supported';
  if (/strong encryption/.test(message)) return 'strongly encrypted zip archive (not supported)';
  if (/too many bytes|too few bytes|size mismatch/.test(message)) return 'data size differs from the size in the zip header (corrupt or a zip bomb)';
  if (/overflows file bounds|unexpected EOF/i.test(message)) return 'data runs past the end of the archive (truncated)';
  return 'corrupt zip structure';
}

/** An IoError naming `path`: file-system errors keep their errno meaning, zip damage gets a reason. */
export function zipError(err: unknown, path: string): IoError {
  if (err instanceof IoError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return toIoError(err, path);
  return new IoError('READ', path, reason(err));
}

/**
 * The entry's name. Without the UTF-8 flag the spec says CP437, but archivers on Chinese Windows write the
 * local code page, so names that decode cleanly as UTF-8 or GB18030 are read as such.
 */
function entryName(entry: Entry): string {
  const raw = entry.fileNameRaw;
  const flagged = (entry.generalPurposeBitFlag & UTF8_FLAG) !== 0 || entry.extraFields.some((f) => f.id === UNICODE_PATH_FIELD);
  const detected = detectEncoding(raw);
  if (flagged || detected.lossy || detected.bom) return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
  const decoder = createDecoder(detected.encoding);
  return (decoder.write(raw) + decoder.end()).replace(/\\/g, '/');
}

/** Why an entry is refused before reading, or null. */
function refusal(entry: Entry, archiveTotal: number, archiveSize: number, limits: Required<ZipLimits>): string | null {
  const size = entry.uncompressedSize;
  if (entry.isEncrypted()) return 'encrypted entry (not read)';
  if (!entry.canDecodeFileData()) {
    const method = entry.compressionMethod;
    return `unsupported compression method ${method}${METHODS[method] ? ` (${METHODS[method]})` : ''}`;
  }
  if (size > limits.maxEntryBytes) return `entry of ${size} bytes exceeds the ${limits.maxEntryBytes}-byte limit`;
  if (size > limits.ratioFloorBytes && size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
    return `compression ratio over ${limits.maxRatio}:1 (a zip bomb?)`;
  }
  if (archiveTotal > limits.ratioFloorBytes && archiveTotal / Math.max(archiveSize, 1) > limits.maxRatio) {
    return `archive expands over ${limits.maxRatio}:1 (overlapping entries: a zip bomb?)`;
  }
  return null;
}

function fileEntry(zip: ZipFile, entry: Entry, path: string, name: string): ZipEntry {
  return {
    kind: 'file',
    path,
    name,
    size: entry.uncompressedSize,
    async *bytes() {
      try {
        // Leaving the loop early destroys the stream, which releases the archive's file.
        for await (const chunk of await zip.openReadStreamPromise(entry)) yield chunk as Uint8Array;
      } catch (err) {
        throw zipError(err, path);
      }
    },
  };
}

/** Opens an archive by its central directory (nothing is extracted, only the directory is read up front). */
export async function openZip(input: ZipInput, limits: ZipLimits = {}): Promise<ZipArchive> {
  const path = typeof input === 'string' ? input : input.path;
  const bounds = { ...DEFAULT_LIMITS, ...limits };
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
  let zip: ZipFile;
  try {
    zip = typeof input === 'string'
      ? await yauzl.openPromise(input, options)
      : await yauzl.fromBufferPromise(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), options);
  } catch (err) {
    throw zipError(err, path);
  }
  async function* items(): AsyncGenerator<ZipItem> {
    let total = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        const name = entryName(entry);
        if (name.endsWith('/')) continue;
        const where = `${path}/${name}`;
        total += entry.uncompressedSize;
        const refused = refusal(entry, total, zip.fileSize, bounds);
        if (refused) yield { kind: 'error', error: new IoError('READ', where, refused) };
        else if (NESTED.test(name)) yield { kind: 'skipped', path: where, reason: 'nested zip archive (not opened)' };
        else yield fileEntry(zip, entry, where, name);
      }
    } catch (err) {
      throw zipError(err, path);
    }
  }
  return { path, items, close: () => zip.close() };
}

/** The entries of a zip archive, one at a time; see `ZipArchive.items`. The archive is closed at the end. */
export async function* zipEntries(input: ZipInput, limits: ZipLimits = {}): AsyncGenerator<ZipItem> {
  const zip = await openZip(input, limits);
  try {
    yield* zip.items();
  } finally {
    zip.close();
  }
}

/** A zip entry opened like a file by `openSource` (a `.gz` entry is refused as binary, not un-gzipped). */
export async function openZipEntrySource(entry: ZipEntry): Promise<TextSource> {
  try {
    return await textSource(entry.path, entry.bytes());
  } catch (err) {
    throw zipError(err, entry.path);
  }
}
