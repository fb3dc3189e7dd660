import { createCipheriv, hkdfSync, type Cipher } from 'node:crypto';
import { KIND_CODES, type IdentifierKind } from './kinds.js';

/** Bytes of one AES block, and of one PRF output. */
export const BLOCK = 16;
/** Longest encoded identifier: a 512-byte text value plus its 3-byte header, in whole blocks. */
export const MAX_MESSAGE = Math.ceil((512 + 3) / BLOCK) * BLOCK;

const utf8 = new TextEncoder();

/** Writes the digits of `digits` (at most 19) as a 6-byte high part and a 4-byte low part at `at`. */
function packDigits(digits: string, from: number, out: Uint8Array, at: number): void {
  let high = 0;
  let low = 0;
  const split = Math.max(from, digits.length - 9);
  for (let i = from; i < split; i++) high = high * 10 + digits.charCodeAt(i) - 48;
  for (let i = split; i < digits.length; i++) low = low * 10 + digits.charCodeAt(i) - 48;
  for (let i = 5; i >= 0; i--, high = Math.floor(high / 256)) out[at + i] = high % 256;
  out[at + 6] = low >>> 24;
  out[at + 7] = (low >>> 16) & 255;
  out[at + 8] = (low >>> 8) & 255;
  out[at + 9] = low & 255;
}

/**
 * Encodes a canonical identifier at out[at...] (zeroed beforehand) as whole AES blocks and returns how many.
 * Byte 0 is the kind. Phone and card: one block, digit count then the digits packed; ID: one block, check
 * value (0-10) then the 17 body digits packed; e-mail and username: UTF-8 byte length (2 bytes) then the
 * bytes, zero-padded. The first block fixes the length, so no encoding is a prefix of another.
 */
export function encodeMessage(kind: IdentifierKind, canonical: string, out: Uint8Array, at: number): number {
  out[at] = KIND_CODES[kind];
  if (kind === 'phone' || kind === 'card') {
    const from = kind === 'phone' ? 1 : 0; // E.164 '+'
    out[at + 1] = canonical.length - from;
    packDigits(canonical, from, out, at + 2);
    return 1;
  }
  if (kind === 'id') {
    const check = canonical.charCodeAt(17);
    out[at + 1] = check === 88 ? 10 : check - 48;
    packDigits(canonical.slice(0, 17), 0, out, at + 2);
    return 1;
  }
  const { read, written } = utf8.encodeInto(canonical, out.subarray(at + 3, at + MAX_MESSAGE));
  if (read < canonical.length) throw new RangeError(`a ${kind} over ${MAX_MESSAGE - 3} UTF-8 bytes cannot be keyed`); // canonical forms are shorter
  out[at + 1] = written & 255;
  out[at + 2] = written >>> 8;
  return Math.ceil((3 + written) / BLOCK);
}

/**
 * The keyed PRF over (kind, canonical value): AES-256 CBC-MAC over the length-prefixed encoding above, under
 * a key derived from the server key (the construction of CCM's MAC; on a prefix-free encoding CBC-MAC is a
 * PRF). A numeric identifier is one block, so its PRF is one AES call. Batches are keyed with one cipher call
 * per block round, which keys millions of identifiers a second per core where one HMAC-SHA256 call per
 * identifier manages about 250 thousand (README, "Exposure index").
 */
export class Keyer {
  private readonly cipher: Cipher;

  constructor(serverKey: Uint8Array) {
    const key = Buffer.from(hkdfSync('sha256', serverKey, 'leakhound', 'exposure index prf v1', 32));
    this.cipher = createCipheriv('aes-256-ecb', key, null); // ECB: the chaining is done here, across a batch
    this.cipher.setAutoPadding(false);
  }

  /**
   * The 16-byte outputs of `count` encoded messages: message i starts at messages[offsets[i]] and has
   * blocks[i] blocks. Round r encrypts block r of every message that long, chained with its previous output.
   */
  keyMessages(messages: Uint8Array, offsets: Int32Array, blocks: Uint8Array, count: number): Buffer {
    const gathered = Buffer.allocUnsafe(count * BLOCK);
    let longest = 0;
    for (let i = 0; i < count; i++) {
      for (let b = 0, from = offsets[i]; b < BLOCK; b++) gathered[i * BLOCK + b] = messages[from + b];
      if (blocks[i] > longest) longest = blocks[i];
    }
    const out = this.cipher.update(gathered);
    for (let round = 1; round < longest; round++) {
      let n = 0;
      for (let i = 0; i < count; i++) {
        if (blocks[i] <= round) continue;
        const from = offsets[i] + round * BLOCK;
        for (let b = 0; b < BLOCK; b++) gathered[n * BLOCK + b] = out[i * BLOCK + b] ^ messages[from + b];
        n++;
      }
      const chained = this.cipher.update(gathered.subarray(0, n * BLOCK));
      n = 0;
      for (let i = 0; i < count; i++) if (blocks[i] > round) out.set(chained.subarray(n * BLOCK, ++n * BLOCK), i * BLOCK);
    }
    return out;
  }

  /** The 16-byte PRF output of one identifier. */
  keyOf(kind: IdentifierKind, canonical: string): Buffer {
    const message = new Uint8Array(MAX_MESSAGE);
    const blocks = encodeMessage(kind, canonical, message, 0);
    return this.keyMessages(message, Int32Array.of(0), Uint8Array.of(blocks), 1);
  }
}
