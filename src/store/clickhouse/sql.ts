// ClickHouse 18.16 takes no query parameters, so values are inlined; only these helpers inline them, and each
// makes a literal that cannot leave its place: a checked decimal, or text as hex that `unhex` turns back.

const DECIMAL = /^(?:0|[1-9][0-9]{0,19})$/;
const MAX_U64 = 18446744073709551615n;

/** A UInt64 literal; throws on anything but a plain decimal in range (ids read back are checked again). */
export function u64(value: string | bigint | number): string {
  const text = String(value);
  if (!DECIMAL.test(text) || BigInt(text) > MAX_U64) throw new RangeError(`not a UInt64: ${JSON.stringify(text.slice(0, 30))}`);
  return text;
}

/** A parenthesised list of UInt64 literals for IN; ClickHouse has no empty list, and no id is 0. */
export function u64List(values: Iterable<string>): string {
  const items = [...values].map(u64);
  return `(${items.length ? items.join(', ') : '0'})`;
}

/** Any text as a String expression, exact to the byte (quotes, backslashes, NUL and all). */
export function text(value: string): string {
  return `unhex('${Buffer.from(value, 'utf8').toString('hex')}')`;
}

/** The first 8 bytes at `at` as the decimal of a big-endian UInt64: the stored form of a key and of a breach id. */
export function u64At(bytes: Uint8Array, at = 0): string {
  return new DataView(bytes.buffer, bytes.byteOffset + at, 8).getBigUint64(0, false).toString();
}
