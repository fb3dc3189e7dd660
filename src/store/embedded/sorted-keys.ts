// Index keys as the embedded store keeps them: the 64 bits after the first byte of a PRF output, as unsigned
// little-endian 64-bit integers, sorted ascending in one blob per (bucket, breach). The first byte of the
// output and the kind choose the bucket (see bucketOf), so 72 bits of the output tell identifiers apart.

export const ENTRY = 8;

/** The bucket of a PRF output: kind, first output byte, second output byte (the top byte of the entry). */
export function bucketOf(kindCode: number, output: Uint8Array, at = 0): number {
  return (kindCode << 16) | (output[at] << 8) | output[at + 1];
}

export function kindCodeOfBucket(bucket: number): number {
  return bucket >>> 16;
}

/** Writes output bytes 1..8 reversed at `out[to]`, so the little-endian value is the big-endian value of the bytes. */
export function writeEntry(output: Uint8Array, at: number, out: Uint8Array, to: number): void {
  for (let i = 0; i < ENTRY; i++) out[to + i] = output[at + ENTRY - i];
}

/** An 8-aligned copy of `bytes` as 64-bit integers (blobs from SQLite need not be aligned). */
export function entriesOf(bytes: Uint8Array): BigUint64Array {
  const copy = new BigUint64Array(bytes.length / ENTRY);
  new Uint8Array(copy.buffer).set(bytes);
  return copy;
}

/** Sorts and removes duplicates in place; returns the distinct prefix. */
export function sortUnique(entries: BigUint64Array): BigUint64Array {
  entries.sort();
  const words = new Uint32Array(entries.buffer, entries.byteOffset, entries.length * 2);
  let kept = 0;
  for (let i = 0; i < entries.length; i++) {
    if (kept > 0 && words[2 * i] === words[2 * kept - 2] && words[2 * i + 1] === words[2 * kept - 1]) continue;
    words[2 * kept] = words[2 * i];
    words[2 * kept + 1] = words[2 * i + 1];
    kept++;
  }
  return entries.subarray(0, kept);
}

/** True when the sorted blob holds the entry (high, low 32-bit halves), by binary search without copying. */
export function blobHas(blob: Uint8Array, high: number, low: number): boolean {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  let lo = 0;
  let hi = blob.byteLength / ENTRY - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const h = view.getUint32(mid * ENTRY + 4, true);
    const l = h === high ? view.getUint32(mid * ENTRY, true) : 0;
    const below = h < high || (h === high && l < low);
    const above = h > high || (h === high && l > low);
    if (below) lo = mid + 1;
    else if (above) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The high and low 32-bit halves of the entry of a PRF output. */
export function entryHalves(output: Uint8Array, at = 0): [number, number] {
  const high = ((output[at + 1] << 24) | (output[at + 2] << 16) | (output[at + 3] << 8) | output[at + 4]) >>> 0;
  const low = ((output[at + 5] << 24) | (output[at + 6] << 16) | (output[at + 7] << 8) | output[at + 8]) >>> 0;
  return [high, low];
}
