import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

export interface DetectedEncoding {
  encoding: Encoding;
  bom: boolean;
  /** Some sniffed bytes were invalid in the chosen encoding and are decoded as U+FFFD. */
  lossy: boolean;
}

/** Turns bytes into text across chunk boundaries (a character split between chunks is kept whole). */
export interface Decoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

const REPLACEMENT = /\uFFFD/g;

function replacements(text: string): number {
  return text.match(REPLACEMENT)?.length ?? 0;
}

/** GB18030's four-byte form: a lead byte 0x81-0xFE followed by a digit byte; GBK has none. */
function hasFourByteGb(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const next = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && next >= 0x30 && next <= 0x39) return true;
    i++; // skip the trail byte of a two-byte character
  }
  return false;
}

/**
 * Decides the encoding from the first bytes: a BOM wins; else valid UTF-8; else GB18030 when it decodes
 * with fewer errors than UTF-8 (GBK text is GB18030 without four-byte characters); else UTF-8 with replacements.
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true, lossy: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true, lossy: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true, lossy: false };
  // stream: true tolerates a character cut at the end of the prefix.
  const utf8Errors = replacements(new TextDecoder('utf-8').decode(head, { stream: true }));
  if (utf8Errors === 0) return { encoding: 'utf-8', bom: false, lossy: false };
  const gbErrors = replacements(createDecoder('gb18030').write(head));
  if (gbErrors < utf8Errors) {
    return { encoding: hasFourByteGb(head) ? 'gb18030' : 'gbk', bom: false, lossy: gbErrors > 0 };
  }
  return { encoding: 'utf-8', bom: false, lossy: true };
}

function platformDecoder(encoding: Encoding): TextDecoder | null {
  try {
    return new TextDecoder(encoding === 'gbk' ? 'gb18030' : encoding);
  } catch {
    return null; // a Node built without full ICU knows only UTF-8 and UTF-16LE
  }
}

/**
 * A streaming decoder that drops a leading BOM. The platform's WHATWG decoders come first: iconv-lite's
 * double-byte decoder loses characters split across chunks (pillarjs/iconv-lite#417), so it is only the
 * fallback for a Node built without full ICU.
 */
export function createDecoder(encoding: Encoding): Decoder {
  const platform = platformDecoder(encoding);
  if (platform) return { write: (chunk) => platform.decode(chunk, { stream: true }), end: () => platform.decode() };
  const decoder = iconv.getDecoder(encoding === 'gbk' ? 'gb18030' : encoding);
  return {
    write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
    end: () => decoder.end() ?? '',
  };
}
