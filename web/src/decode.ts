// A dropped file as text, the way the command line reads it: BOM, then UTF-8, else GB18030; gzip unpacked; binary refused.

export const MAX_FILE_MB = 50;

export type Decoded = { ok: true; text: string } | { ok: false; reason: 'binary' | 'too-large' };

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** More than 1% NUL bytes in the first 64 KiB (outside UTF-16) means binary, as in the command line's reader. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  let nul = 0;
  for (const byte of head) if (byte === 0) nul++;
  return head.length > 0 && nul / head.length > 0.01;
}

export async function decodeFile(file: File): Promise<Decoded> {
  if (file.size > MAX_FILE_MB * 1024 * 1024) return { ok: false, reason: 'too-large' };
  let bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = await gunzip(bytes);
  if (bytes.length > MAX_FILE_MB * 1024 * 1024) return { ok: false, reason: 'too-large' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('gb18030').decode(bytes) };
  }
}
