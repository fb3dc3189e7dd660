import assert from 'node:assert/strict';
import { createCipheriv, hkdfSync } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  CN_MOBILE_STYLES, Rng, bankCard, cnLandline, cnMobile, cnResidentId, cnResidentId15, email, formatCnMobile, intlPhone,
  username,
} from '../../test/synth/index.js';
import { canonical, canonicalEmail, canonicalUsername } from './canonical.js';
import { IDENTIFIER_KINDS, KIND_CODES, type IdentifierKind } from './kinds.js';
import { BLOCK, Keyer, MAX_MESSAGE, encodeMessage } from './prf.js';

const SERVER_KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255);
const OTHER_KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 53 + 7) & 255);

const utf8 = new TextEncoder();
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** The documented encoding, written out independently: kind byte, then per kind a length or check value and the value. */
function referenceEncoding(kind: IdentifierKind, value: string): Uint8Array {
  const digitBlock = (lead: number, digits: string): Uint8Array => {
    const out = new Uint8Array(BLOCK);
    out[0] = KIND_CODES[kind];
    out[1] = lead;
    const split = Math.max(0, digits.length - 9);
    const high = BigInt(digits.slice(0, split) || '0');
    const low = BigInt(digits.slice(split));
    for (let i = 0; i < 6; i++) out[2 + i] = Number((high >> BigInt(8 * (5 - i))) & 255n);
    for (let i = 0; i < 4; i++) out[8 + i] = Number((low >> BigInt(8 * (3 - i))) & 255n);
    return out;
  };
  if (kind === 'phone') return digitBlock(value.length - 1, value.slice(1));
  if (kind === 'card') return digitBlock(value.length, value);
  if (kind === 'id') return digitBlock(value[17] === 'X' ? 10 : Number(value[17]), value.slice(0, 17));
  const bytes = utf8.encode(value);
  const out = new Uint8Array(Math.ceil((3 + bytes.length) / BLOCK) * BLOCK);
  out[0] = KIND_CODES[kind];
  out[1] = bytes.length & 255;
  out[2] = bytes.length >>> 8;
  out.set(bytes, 3);
  return out;
}

const derivedKeys = new Map<string, Buffer>();
function derivedKey(serverKey: Uint8Array): Buffer {
  const id = hex(serverKey);
  let key = derivedKeys.get(id);
  if (key === undefined) derivedKeys.set(id, (key = Buffer.from(hkdfSync('sha256', serverKey, 'leakhound', 'exposure index prf v1', 32))));
  return key;
}

/** CBC-MAC the long way: AES-256-CBC with a zero IV over the whole message; the last ciphertext block is the MAC. */
function referenceKey(serverKey: Uint8Array, kind: IdentifierKind, value: string): Buffer {
  const key = derivedKey(serverKey);
  const cipher = createCipheriv('aes-256-cbc', key, Buffer.alloc(BLOCK));
  cipher.setAutoPadding(false);
  const encrypted = Buffer.concat([cipher.update(referenceEncoding(kind, value)), cipher.final()]);
  return encrypted.subarray(encrypted.length - BLOCK);
}

/** Text of exactly `bytes` UTF-8 bytes, mixing 1- to 4-byte characters when there is room. */
function textOfBytes(rng: Rng, bytes: number): string {
  const pools = ['abcdefghijklmnopqrstuvwxyz0123456789._-', 'éüßñøçåæ', '张王李赵陈刘杨黄周吴中文数据', '😀🐼🚀🌏'];
  let text = '';
  let left = bytes;
  while (left > 0) {
    const width = 1 + rng.int(Math.min(left, 4));
    const pool = Array.from(pools[width - 1]);
    text += rng.pick(pool);
    left -= width;
  }
  return text;
}

/** Canonical values of every kind, thousands of each, distinct within a kind. */
function corpus(seed: number): Map<IdentifierKind, string[]> {
  const rng = new Rng(seed);
  const values = new Map<IdentifierKind, Set<string>>(IDENTIFIER_KINDS.map((kind) => [kind, new Set<string>()]));
  const add = (kind: IdentifierKind, raw: string): void => {
    const value = canonical(kind, raw);
    assert.notEqual(value, null, `${kind} ${raw}`);
    values.get(kind)!.add(value!);
  };
  for (let i = 0; i < 3000; i++) {
    add('phone', formatCnMobile(cnMobile(rng), rng.pick(CN_MOBILE_STYLES)));
    add('id', cnResidentId(rng));
  }
  for (let i = 0; i < 1000; i++) {
    add('phone', cnLandline(rng));
    add('phone', intlPhone(rng));
    add('id', cnResidentId15(rng));
  }
  for (let i = 0; i < 4000; i++) add('card', bankCard(rng));
  // Digit strings that differ only by leading zeros or length.
  for (let length = 12; length <= 19; length++) values.get('card')!.add('0'.repeat(length));
  for (let i = 0; i < 3000; i++) add('email', email(rng));
  // E-mails of every length from 6 to 254 bytes, several per length, crossing every block boundary.
  for (let length = 6; length <= 254; length++) {
    for (let j = 0; j < 4; j++) {
      const domain = `${'abcdefghij'[rng.int(10)]}.cn`; // a one-letter label: a '.' here would be an empty label
      add('email', `${'a'.repeat(length - domain.length - 2)}${textOfBytes(rng, 1)}@${domain}`);
    }
  }
  // The PRF itself takes any text: strings of every byte length from 1 to 300 (1- to 4-byte characters), under both text kinds.
  for (let length = 1; length <= 300; length++) {
    for (let j = 0; j < 4; j++) {
      values.get('email')!.add(textOfBytes(rng, length));
      values.get('username')!.add(textOfBytes(rng, length));
    }
  }
  for (let i = 0; i < 3000; i++) add('username', username(rng));
  // Multi-byte usernames of every length from 1 to 128 characters.
  for (let length = 1; length <= 128; length++) {
    for (let j = 0; j < 8; j++) {
      const name = Array.from({ length }, () => rng.pick(Array.from('abc张三李四éß😀'))).join('');
      const value = canonicalUsername(name);
      if (value !== null) values.get('username')!.add(value);
    }
  }
  return new Map([...values].map(([kind, set]) => [kind, [...set]]));
}

const CORPUS = corpus(1);

describe('encodeMessage', () => {
  it('matches the documented encoding for every kind', () => {
    for (const [kind, values] of CORPUS) {
      for (const value of values) {
        const out = new Uint8Array(MAX_MESSAGE);
        const blocks = encodeMessage(kind, value, out, 0);
        const expected = referenceEncoding(kind, value);
        assert.equal(blocks * BLOCK, expected.length, `${kind} ${value}`);
        assert.equal(hex(out.subarray(0, blocks * BLOCK)), hex(expected), `${kind} ${value}`);
        assert.ok(out.subarray(blocks * BLOCK).every((b) => b === 0), `${kind} ${value} wrote past its blocks`);
      }
    }
  });

  it('numeric kinds take one block; text takes ceil((3 + bytes) / 16) blocks', () => {
    const out = new Uint8Array(MAX_MESSAGE);
    assert.equal(encodeMessage('phone', '+8613800138000', out.fill(0), 0), 1);
    assert.equal(encodeMessage('card', '6222021234567890128', out.fill(0), 0), 1);
    assert.equal(encodeMessage('id', '11010519491231002X', out.fill(0), 0), 1);
    const blocksFor: [number, number][] = [[1, 1], [13, 1], [14, 2], [29, 2], [30, 3], [254, 17], [509, 32], [512, 33]];
    for (const [bytes, blocks] of blocksFor) {
      assert.equal(encodeMessage('username', 'u'.repeat(bytes), out.fill(0), 0), blocks, `${bytes} bytes`);
      assert.equal(out[1] | (out[2] << 8), bytes);
    }
  });

  it('writes at an offset exactly what it writes at 0, and nothing outside its MAX_MESSAGE bytes', () => {
    const guard = 0xa5;
    assert.throws(() => encodeMessage('email', 'x'.repeat(MAX_MESSAGE - 2), new Uint8Array(MAX_MESSAGE), 0), RangeError, 'a value too long to key is cut');
    for (const [kind, value] of [['email', 'x'.repeat(MAX_MESSAGE - 3)], ['username', '张'.repeat(128)], ['phone', '+8613800138000']] as const) {
      const alone = new Uint8Array(MAX_MESSAGE);
      const n = encodeMessage(kind, value, alone, 0);
      const big = new Uint8Array(3 * MAX_MESSAGE);
      big.fill(guard, 0, MAX_MESSAGE + 7);
      big.fill(guard, 2 * MAX_MESSAGE + 7);
      assert.equal(encodeMessage(kind, value, big, MAX_MESSAGE + 7), n);
      assert.equal(hex(big.subarray(MAX_MESSAGE + 7, 2 * MAX_MESSAGE + 7)), hex(alone));
      assert.ok(big.subarray(0, MAX_MESSAGE + 7).every((b) => b === guard), `${kind}: wrote before its offset`);
      assert.ok(big.subarray(2 * MAX_MESSAGE + 7).every((b) => b === guard), `${kind}: wrote past MAX_MESSAGE`);
    }
  });

  it('is prefix-free across kinds: the first block alone fixes how many blocks follow', () => {
    const lengthOfFirst = new Map<string, number>();
    const seen = new Map<string, string>();
    for (const [kind, values] of CORPUS) {
      const extras = kind === 'email' || kind === 'username' ? ['a', 'a\0', '\0', '+8613800138000', '4111111111111111'] : [];
      for (const value of [...values, ...extras]) {
        const out = new Uint8Array(MAX_MESSAGE);
        const blocks = encodeMessage(kind, value, out, 0);
        const first = hex(out.subarray(0, BLOCK));
        const known = lengthOfFirst.get(first);
        assert.ok(known === undefined || known === blocks, `${kind} ${JSON.stringify(value)}: first block also starts a ${known}-block message`);
        lengthOfFirst.set(first, blocks);
        const whole = hex(out.subarray(0, blocks * BLOCK));
        const other = seen.get(whole);
        assert.ok(other === undefined || other === `${kind} ${value}`, `${kind} ${JSON.stringify(value)} encodes like ${other}`);
        seen.set(whole, `${kind} ${value}`);
        assert.equal(out[0], KIND_CODES[kind]);
      }
    }
  });
});

describe('Keyer', () => {
  const keyer = new Keyer(SERVER_KEY);

  it('is AES-256 CBC-MAC under the HKDF-derived key: equal to the last block of AES-256-CBC with a zero IV', () => {
    for (const [kind, values] of CORPUS) {
      for (const value of values) assert.equal(hex(keyer.keyOf(kind, value)), hex(referenceKey(SERVER_KEY, kind, value)), `${kind} ${value}`);
    }
  });

  it('gives 16-byte outputs', () => {
    for (const kind of IDENTIFIER_KINDS) {
      const value = CORPUS.get(kind)![0];
      assert.equal(keyer.keyOf(kind, value).length, 16);
    }
  });

  it('is deterministic for one key, also across Keyer instances', () => {
    const again = new Keyer(Uint8Array.from(SERVER_KEY));
    for (const [kind, values] of CORPUS) {
      for (const value of values.slice(0, 300)) {
        const first = keyer.keyOf(kind, value);
        assert.deepEqual(keyer.keyOf(kind, value), first);
        assert.deepEqual(again.keyOf(kind, value), first);
      }
    }
  });

  it('carries nothing from one keyOf to the next (it reuses one buffer): not after a longer value, a refused one, or into earlier outputs', () => {
    const short = keyer.keyOf('email', 'a@b.cn');
    const expected = hex(short);
    keyer.keyOf('username', 'y'.repeat(300));
    assert.throws(() => keyer.keyOf('username', 'z'.repeat(MAX_MESSAGE)), RangeError);
    assert.equal(hex(keyer.keyOf('email', 'a@b.cn')), expected);
    assert.equal(hex(short), expected);
    assert.equal(hex(keyer.keyOf('email', 'a@b.cn')), hex(referenceKey(SERVER_KEY, 'email', 'a@b.cn')));
  });

  it('gives other outputs under another server key', () => {
    const other = new Keyer(OTHER_KEY);
    const flipped = Uint8Array.from(SERVER_KEY);
    flipped[31] ^= 1;
    const oneBit = new Keyer(flipped);
    for (const [kind, values] of CORPUS) {
      for (const value of values.slice(0, 300)) {
        const mine = hex(keyer.keyOf(kind, value));
        assert.notEqual(hex(other.keyOf(kind, value)), mine, `${kind} ${value}`);
        assert.notEqual(hex(oneBit.keyOf(kind, value)), mine, `${kind} ${value}`);
      }
    }
  });

  it('keys the "same" value apart under different kinds', () => {
    const sameText: [IdentifierKind, string][][] = [
      [['phone', '+8613800138000'], ['username', '+8613800138000'], ['email', '+8613800138000']],
      [['card', '8613800138000'], ['phone', '+8613800138000'], ['username', '8613800138000']],
      [['card', '4111111111111111'], ['username', '4111111111111111'], ['email', '4111111111111111']],
      [['id', '11010519491231002X'], ['username', '11010519491231002x'], ['card', '110105194912310020']],
      [['email', 'user@example.com'], ['username', 'user@example.com']],
    ];
    for (const group of sameText) {
      const outputs = group.map(([kind, value]) => hex(keyer.keyOf(kind, value)));
      assert.equal(new Set(outputs).size, group.length, JSON.stringify(group));
    }
  });

  it('never gives two distinct canonical values of any kinds the same output', () => {
    const owner = new Map<string, string>();
    let total = 0;
    for (const [kind, values] of CORPUS) {
      assert.ok(values.length >= 3000, `${kind}: only ${values.length} values`);
      for (const value of values) {
        const key = hex(keyer.keyOf(kind, value));
        const other = owner.get(key);
        assert.equal(other, undefined, `${kind} ${JSON.stringify(value)} collides with ${other}`);
        owner.set(key, `${kind} ${JSON.stringify(value)}`);
        total++;
      }
    }
    assert.ok(total > 20_000, `${total} values keyed`);
  });

  it('keys apart values that differ only by trailing zero bytes, which the padding is made of', () => {
    for (const kind of ['email', 'username'] as const) {
      const outputs = ['a', 'a\0', 'a\0\0', 'a'.padEnd(13, '\0'), 'a'.padEnd(14, '\0'), '\0'].map((v) => hex(keyer.keyOf(kind, v)));
      assert.equal(new Set(outputs).size, outputs.length, kind);
    }
    const cards = ['000000000000', '0000000000000', '00000000000000000', '0000000000000000000'].map((v) => hex(keyer.keyOf('card', v)));
    assert.equal(new Set(cards).size, cards.length);
  });

  it('keys apart any two e-mails canonicalEmail accepts, however many UTF-8 bytes they take', () => {
    // canonicalEmail bounds characters; 3-byte characters can make an accepted address longer than MAX_MESSAGE.
    const pairs: [string, string][] = [];
    for (const chars of [20, 50, 80, 100, 150, 172, 174, 175, 176, 200, 240]) {
      pairs.push([`${'中'.repeat(chars)}a@x.cn`, `${'中'.repeat(chars)}b@x.cn`]);
      pairs.push([`a${'用'.repeat(chars)}@${'例'.repeat(8)}.cn`, `a${'用'.repeat(chars)}@${'例'.repeat(8)}.com`]);
    }
    let compared = 0;
    for (const [a, b] of pairs) {
      if (canonicalEmail(a) !== a || canonicalEmail(b) !== b) continue;
      compared++;
      assert.notEqual(hex(keyer.keyOf('email', a)), hex(keyer.keyOf('email', b)), `${a.length}-character addresses of ${utf8.encode(a).length} bytes collide`);
    }
    assert.ok(compared >= 4, 'the shorter addresses are accepted and compared');
  });

  it('raw writings that meet in canonical form key the same', () => {
    const meetings: [IdentifierKind, string[]][] = [
      ['phone', ['13800138000', '+86 138-0013-8000', '8613800138000', '0086 138 0013 8000', '１３８００１３８０００']],
      ['id', ['11010519491231002x', '11010519491231002X', '110105491231002']],
      ['email', ['User@Example.com', ' user@example.com ', 'mailto:USER@example.com']],
      ['username', ['DarkWolf', 'darkwolf', ' DARKWOLF ']],
      ['card', ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111']],
    ];
    for (const [kind, writings] of meetings) {
      const outputs = new Set(writings.map((raw) => hex(keyer.keyOf(kind, canonical(kind, raw)!))));
      assert.equal(outputs.size, 1, `${kind}: ${writings.join(' | ')}`);
    }
  });
});

describe('Keyer.keyMessages (batches)', () => {
  const keyer = new Keyer(SERVER_KEY);

  /** Lays out `items` in one buffer in the given order, with optional gaps of junk-free zeros between messages. */
  function layout(items: readonly [IdentifierKind, string][], gapBlocks: (i: number) => number) {
    const messages = new Uint8Array(items.length * (MAX_MESSAGE + 4 * BLOCK));
    const offsets = new Int32Array(items.length);
    const blocks = new Uint8Array(items.length);
    let used = 0;
    items.forEach(([kind, value], i) => {
      used += gapBlocks(i) * BLOCK;
      offsets[i] = used;
      blocks[i] = encodeMessage(kind, value, messages, used);
      used += blocks[i] * BLOCK;
    });
    return { messages, offsets, blocks };
  }

  function mixed(seed: number, count: number): [IdentifierKind, string][] {
    const rng = new Rng(seed);
    const all = [...CORPUS].flatMap(([kind, values]) => values.map((value) => [kind, value] as [IdentifierKind, string]));
    return Array.from({ length: count }, () => rng.pick(all));
  }

  function assertSameAsOneByOne(items: readonly [IdentifierKind, string][], gapBlocks: (i: number) => number = () => 0): void {
    const { messages, offsets, blocks } = layout(items, gapBlocks);
    const out = keyer.keyMessages(messages, offsets, blocks, items.length);
    assert.equal(out.length, items.length * BLOCK);
    items.forEach(([kind, value], i) => {
      assert.equal(hex(out.subarray(i * BLOCK, (i + 1) * BLOCK)), hex(keyer.keyOf(kind, value)), `message ${i}: ${kind} ${value}`);
    });
  }

  it('keys a batch of thousands of mixed kinds and block counts exactly as keyOf one by one', () => {
    const items = mixed(11, 5000);
    const counts = new Set(items.map(([kind, value]) => encodeMessage(kind, value, new Uint8Array(MAX_MESSAGE), 0)));
    assert.ok(counts.size >= 15, `only ${counts.size} different block counts in the batch`);
    assertSameAsOneByOne(items);
  });

  it('keys a batch with gaps between messages and offsets out of order', () => {
    const items = mixed(12, 1000);
    const rng = new Rng(13);
    assertSameAsOneByOne(items, () => rng.int(3));
    // Offsets out of order: lay out, then present the messages in shuffled order.
    const { messages, offsets, blocks } = layout(items, () => 1);
    const order = Array.from(items.keys()).sort(() => rng.float() - 0.5);
    const out = keyer.keyMessages(messages, Int32Array.from(order, (i) => offsets[i]), Uint8Array.from(order, (i) => blocks[i]), order.length);
    order.forEach((i, at) => {
      const [kind, value] = items[i];
      assert.equal(hex(out.subarray(at * BLOCK, (at + 1) * BLOCK)), hex(keyer.keyOf(kind, value)));
    });
  });

  it('keys batches where the longest message comes first, last, or alone among one-block messages', () => {
    const long: [IdentifierKind, string] = ['email', `${'z'.repeat(240)}@example.com`];
    const short = mixed(14, 200).filter(([kind]) => kind === 'phone' || kind === 'id' || kind === 'card');
    assertSameAsOneByOne([long, ...short]);
    assertSameAsOneByOne([...short, long]);
    assertSameAsOneByOne([...short.slice(0, 50), long, ...short.slice(50)]);
    assertSameAsOneByOne(short);
    assertSameAsOneByOne([long]);
  });

  it('keys every block count from 1 to 33 in one batch, each next to one-block messages', () => {
    const items: [IdentifierKind, string][] = [];
    for (let bytes = 1; bytes <= 512; bytes += 7) items.push(['username', 'q'.repeat(bytes)], ['phone', '+8613800138000']);
    items.push(['email', 'e'.repeat(512)]);
    assertSameAsOneByOne(items);
  });

  it('uses only the first `count` messages and keys an empty batch to nothing', () => {
    const items = mixed(15, 20);
    const { messages, offsets, blocks } = layout(items, () => 0);
    const out = keyer.keyMessages(messages, offsets, blocks, 7);
    assert.equal(out.length, 7 * BLOCK);
    for (let i = 0; i < 7; i++) assert.equal(hex(out.subarray(i * BLOCK, (i + 1) * BLOCK)), hex(keyer.keyOf(...items[i])));
    assert.equal(keyer.keyMessages(messages, offsets, blocks, 0).length, 0);
  });

  it('gives the same outputs batch after batch on one Keyer (no state carried between calls)', () => {
    const items = mixed(16, 300);
    const { messages, offsets, blocks } = layout(items, () => 0);
    const first = keyer.keyMessages(messages, offsets, blocks, items.length);
    keyer.keyOf('email', 'x'.repeat(100));
    const second = keyer.keyMessages(messages, offsets, blocks, items.length);
    assert.equal(hex(second), hex(first));
  });
});
