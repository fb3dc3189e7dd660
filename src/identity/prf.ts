import { createCipheriv, hkdfSync, type Cipher } from 'node:crypto';
import { KIND_CODES, type IdentifierKind } from './kinds.js';

/** Bytes of one AES block, and of one PRF output. */
export const BLOCK = 16;
/** Longest encoded identifier: a 512-byte text value plus its 3-byte header, in whole blocks. */
export const MAX_MESSAGE = Math.ceil((512 + 3) / BLOCK) * BLOCK;

const utf8 = new TextEncoder();

/** The bytes themselves when they start on a 4-byte boundary, else a copy that does. */
function aligned(bytes: Buffer): Buffer {
  return bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(new Uint8Array(bytes).buffer);
}

/** A 32-bit view of bytes that start on a 4-byte boundary (fresh buffers and their whole-block slices do). */
function words(bytes: Uint8Array): Uint32Array {
  if (bytes.byteOffset % 4 !== 0) throw new RangeError('blocks must start on a 4-byte boundary');
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
}

/** Writes digits[from, to) (at most 19 digits) as a 6-byte high part and a 4-byte low part at `at`. */
function packDigits(digits: string, from: number, to: number, out: Uint8Array, at: number): void {
  let high = 0;
  let low = 0;
  const split = Math.max(from, to - 9);
  for (let i = from; i < split; i++) high = high * 10 + digits.charCodeAt(i) - 48;
  for (let i = split; i < to; i++) low = low * 10 + digits.charCodeAt(i) - 48;
  packNumber(high, low, out, at);
}

/**
 * Writes a number of at most 19 digits, given as its digits but the last nine (`high`, below 10^10) and its last nine
 * (`low`), as a 6-byte high part and a 4-byte low part at `at`: the packed digits of encodeMessage.
 */
export function packNumber(high: number, low: number, out: Uint8Array, at: number): void {
  const top = Math.floor(high / 0x1_0000_0000); // high < 10^10 < 2^48
  const rest = high >>> 0;
  out[at] = top >>> 8;
  out[at + 1] = top & 255;
  out[at + 2] = rest >>> 24;
  out[at + 3] = (rest >>> 16) & 255;
  out[at + 4] = (rest >>> 8) & 255;
  out[at + 5] = rest & 255;
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
    packDigits(canonical, from, canonical.length, out, at + 2);
    return 1;
  }
  if (kind === 'id') {
    const check = canonical.charCodeAt(17);
    out[at + 1] = check === 88 ? 10 : check - 48;
    packDigits(canonical, 0, 17, out, at + 2);
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
  private readonly scratch = Buffer.alloc(MAX_MESSAGE);

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
    // Blocks start at multiples of 16, so they are copied and chained four 32-bit words at a time.
    const source = words(messages);
    const gathered = Buffer.allocUnsafeSlow(count * BLOCK);
    const into = words(gathered);
    let longest = 0;
    for (let i = 0; i < count; i++) {
      const from = offsets[i] >>> 2;
      into[4 * i] = source[from];
      into[4 * i + 1] = source[from + 1];
      into[4 * i + 2] = source[from + 2];
      into[4 * i + 3] = source[from + 3];
      if (blocks[i] > longest) longest = blocks[i];
    }
    const out = aligned(this.cipher.update(gathered));
    const state = words(out);
    for (let round = 1; round < longest; round++) {
      let n = 0;
      for (let i = 0; i < count; i++) {
        if (blocks[i] <= round) continue;
        const from = (offsets[i] >>> 2) + 4 * round;
        for (let w = 0; w < 4; w++) into[4 * n + w] = state[4 * i + w] ^ source[from + w];
        n++;
      }
      const chained = words(aligned(this.cipher.update(gathered.subarray(0, n * BLOCK))));
      n = 0;
      for (let i = 0; i < count; i++) {
        if (blocks[i] <= round) continue;
        for (let w = 0; w < 4; w++) state[4 * i + w] = chained[4 * n + w];
        n++;
      }
    }
    return out;
  }

  /**
   * The 16-byte PRF output of one identifier: CBC-MAC block by block in one reused buffer, as a server keys one
   * identifier per request and the batch path's allocations cost more there than the AES itself.
   */
  keyOf(kind: IdentifierKind, canonical: string): Buffer {
    const message = this.scratch.fill(0); // the encoding's padding is zeros; a refused value may have left bytes
    const blocks = encodeMessage(kind, canonical, message, 0);
    let state = this.cipher.update(message.subarray(0, BLOCK));
    for (let at = BLOCK; at < blocks * BLOCK; at += BLOCK) {
      for (let i = 0; i < BLOCK; i++) state[i] ^= message[at + i];
      state = this.cipher.update(state);
    }
    return state;
  }
}
