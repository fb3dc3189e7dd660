/** Well-known signatures of binary formats, checked before the byte statistics. */
const MAGIC: readonly [string, readonly number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip data', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['xz data', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['Java class file', [0xca, 0xfe, 0xba, 0xbe]],
];

export const BINARY_SNIFF_BYTES = 8192;
const CONTROL_SHARE = 0.1;
/** Binary formats are full of NULs; a dump with a line of junk in it is still text (its readers skip that line). */
const NUL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** A control byte that text does not normally hold (tab, newlines, form feed and escape are allowed). */
function isOddControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f;
}

/** Why the start of a file looks binary, or null when it looks like text. Call only for content without a UTF-16 BOM. */
export function binaryKind(head: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) if (startsWith(head, magic)) return kind;
  const sample = head.subarray(0, BINARY_SNIFF_BYTES);
  let odd = 0;
  let nul = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (isOddControl(b)) odd++;
  }
  if (nul > 0 && nul / sample.length > NUL_SHARE) return 'NUL bytes';
  odd += nul;
  return sample.length > 0 && odd / sample.length > CONTROL_SHARE ? 'control characters' : null;
}
