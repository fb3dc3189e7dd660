import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTelegramParser, looksLikeTelegramExport, TELEGRAM_SENDERS, TELEGRAM_SKIPS } from './telegram.js';
import { readWith, type Call } from '../../../test/support/recording-sink.js';

function read(text: string, chunk = Math.max(text.length, 1), maxMessage?: number): Call[] {
  return readWith((sink) => createTelegramParser(sink, maxMessage), text, chunk);
}

const texts = (calls: Call[]) => calls.filter((c) => c[0] === 'text').map((c) => c[1]);

/** Telegram Desktop writes its exports indented by one space per level. */
const exportText = (value: unknown) => JSON.stringify(value, null, 1);

/** Synthetic messages only: example.com addresses and 138 numbers from a fixed sequence. */
function messages(count: number, from = 1): object[] {
  const out: object[] = [];
  for (let i = from; i < from + count; i++) {
    const phone = `138${String((i * 7919) % 1e8).padStart(8, '0')}`;
    const sender = { from: `Seller ${i % 3}`, from_id: `user${1000 + (i % 3)}` };
    if (i % 5 === 0) out.push({ id: i, type: 'service', date: '2024-01-01T10:00:00', actor: 'Admin', action: 'pin_message', text: '' });
    else if (i % 5 === 1) out.push({ id: i, type: 'message', ...sender, text: `sell data, call ${phone} "fresh" \\ café` });
    else if (i % 5 === 2) {
      const text = ['mail ', { type: 'email', text: `user${i}@example.com` }, ' or ', { type: 'phone', text: `+86${phone}` }];
      out.push({ id: i, type: 'message', ...sender, text });
    }
    else if (i % 5 === 3) out.push({ id: i, type: 'message', ...sender, photo: 'photos/p.jpg', text: '' });
    else out.push({ id: i, type: 'message', ...sender, text: [{ type: 'bold', text: 'Price:' }, ' 100 USDT 🔥\n新数据'] });
  }
  return out;
}

function chat(count: number, from = 1) {
  return { name: 'Example market', type: 'private_supergroup', id: 777, messages: messages(count, from) };
}

/** The 1-based line of each message object's "{" in `text`, in order. */
function messageLines(text: string): number[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => (line === '  {' ? [i + 1] : []));
}

test('a chat export: joined texts at their message lines, each sender once, no output for messages without text', () => {
  const doc = chat(5);
  const text = exportText(doc);
  const at = messageLines(text);
  assert.deepEqual(read(text), [
    ['table', TELEGRAM_SENDERS, null],
    ['record', [['from', 'Seller 1'], ['from_id', 'user1001']], at[0]],
    ['text', 'sell data, call 13800007919 "fresh" \\ café', at[0]],
    ['record', [['from', 'Seller 2'], ['from_id', 'user1002']], at[1]],
    ['text', 'mail user2@example.com or +8613800015838', at[1]],
    ['record', [['from', 'Seller 0'], ['from_id', 'user1000']], at[2]],
    ['text', 'Price: 100 USDT 🔥\n新数据', at[3]],
  ]);
});

test('a full-account export: messages of every chat, shared contacts as text', () => {
  const CONTACT = { first_name: 'Ann', last_name: 'Example', phone_number: '+8613800000009' };
  const account = {
    about: 'Here is the data you requested.',
    personal_information: { user_id: 1, first_name: 'Example', phone_number: '+86 138 0000 0000' },
    chats: {
      about: 'chats',
      list: [
        chat(2),
        {
          name: 'Buyer',
          type: 'personal_chat',
          id: 5,
          messages: [{ id: 1, type: 'message', from: 'Buyer', from_id: 'user9', text: '', contact_information: CONTACT }],
        },
      ],
    },
    left_chats: {
      about: 'left',
      list: [{ name: 'Old', type: 'public_channel', id: 6, messages: [{ id: 1, type: 'message', from: 'Old', from_id: 'channel6', text: 'old news' }] }],
    },
  };
  assert.deepEqual(texts(read(exportText(account))), [
    'sell data, call 13800007919 "fresh" \\ café',
    'mail user2@example.com or +8613800015838',
    'Ann Example +8613800000009',
    'old news',
  ]);
  assert.deepEqual(texts(read(JSON.stringify(account))), texts(read(exportText(account))), 'compact JSON reads the same');
});

test('the same calls for any chunking', () => {
  const text = exportText(chat(300));
  const expected = read(text);
  assert.equal(texts(expected).length, 180);
  for (const chunk of [1, 2, 3, 7, 64]) assert.deepEqual(read(text, chunk), expected, `chunks of ${chunk}`);
  assert.deepEqual(read(text.replaceAll('\n', '\r\n'), 64), expected, 'CRLF');
});

test('a file cut anywhere: no throw; every message closed before the cut comes out whole; the cut one is skipped', () => {
  const text = exportText(chat(6));
  const whole = read(text);
  const ends = [...text.matchAll(/^ {2}\}/gm)].map((m) => m.index! + 3);
  for (let cut = 0; cut <= text.length; cut++) {
    const calls = read(text.slice(0, cut), 3);
    const closed = ends.filter((end) => end <= cut).length;
    const wanted = whole.filter((c) => c[0] === 'text' && messageLines(text).indexOf(c[2] as number) < closed);
    assert.deepEqual(calls.filter((c) => c[0] === 'text'), wanted, `cut at ${cut}`);
    const skips = calls.filter((c) => c[0] === 'skip');
    const open = messageLines(text.slice(0, cut)).length > closed; // a message has begun but not closed
    assert.deepEqual(skips, open ? [['skip', messageLines(text)[closed], 'truncated message']] : [], `cut at ${cut}`);
  }
});

test('broken messages are skipped with their line and reading picks up at the next message', () => {
  const good = exportText(chat(4)); // texts at messages 1, 2 and 4
  const at = messageLines(good);
  const cases: [string, string, Call[]][] = [
    ['an unescaped quote', good.replace('\\"fresh\\"', '\\"fre"sh\\"'), [['skip', at[0], 'malformed message']]],
    ['a cut-off string', good.replace(/"text": "sell[^\n]*/, '"text": "sell da'), [['skip', at[0], 'malformed message']]],
    ['an unclosed message', good.replace(/("text": "sell[^\n]*)\n {2}\},/, '$1\n'), [['skip', at[0], 'malformed message']]],
    ['a bad number', good.replace('"id": 1,', '"id": 01x,'), [['skip', at[0], 'malformed message']]],
    ['a stray bracket', good.replace('"id": 1,', '"id": 1]]],'), [['skip', at[0], 'malformed message']]],
    ['an early close', good.replace('"id": 1,', '"id": 1}},'), [['skip', at[0] + 1, 'malformed message']]],
  ];
  const rest = ['mail user2@example.com or +8613800015838', 'Price: 100 USDT 🔥\n新数据'];
  for (const [name, text, skips] of cases) {
    assert.notEqual(text, good, name);
    for (const chunk of [1, 7, text.length]) {
      const calls = read(text, chunk);
      assert.deepEqual(calls.filter((c) => c[0] === 'skip'), skips, `${name}, chunks of ${chunk}`);
      assert.deepEqual(texts(calls), rest, `${name}, chunks of ${chunk}`);
    }
  }
});

test('a message over the size limit is skipped once without being held; the next ones still come out', () => {
  const doc = chat(4);
  (doc.messages[1] as { text: unknown }).text = 'x'.repeat(5000);
  const text = exportText(doc);
  const expected = read(text, text.length, 1000);
  assert.deepEqual(expected.filter((c) => c[0] === 'skip'), [['skip', messageLines(text)[1], 'message too large']]);
  assert.equal(texts(expected).length, 2);
  for (const chunk of [1, 7, 64, 999]) assert.deepEqual(read(text, chunk, 1000), expected, `chunks of ${chunk}`);
});

test('hostile input: no throw, bounded nesting, skip reasons from the fixed list only', () => {
  const nest = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  assert.deepEqual(texts(read(`{"x": ${nest(200_000)}, "messages": [{"text": "after"}]}`, 4096)), ['after']);
  const deepMessage = `{"messages": [{"x": ${nest(200_000)}, "text": "deep"}, {"text": "next"}]}`;
  assert.deepEqual(texts(read(deepMessage, 4096)).at(-1), 'next');
  const lostKeys = `{"${'k'.repeat(100_000)}": 1, "messages": [{"text": "kept"}]}`;
  assert.deepEqual(texts(read(lostKeys, 333)), ['kept']);
  let seed = 9;
  const alphabet = '{}[]",:\\ \n\tmessages0123abc\ud800';
  let junk = '{"messages": [';
  for (let i = 0; i < 100_000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    junk += alphabet[(seed >>> 8) % alphabet.length];
  }
  const calls = read(junk, 501, 2000);
  const reasons = new Set(calls.filter((c) => c[0] === 'skip').map((c) => c[2]));
  assert.ok(reasons.size > 0);
  for (const reason of reasons) assert.ok((TELEGRAM_SKIPS as readonly unknown[]).includes(reason), String(reason));
});

test('looksLikeTelegramExport: chat and account exports yes; other JSON no', () => {
  const cases: [string, boolean][] = [
    [exportText(chat(2)).slice(0, 300), true],
    ['{\n "about": "Here is the data you requested.",\n "personal_information": {\n  "user_id": 1', true],
    ['{"chats": {"about": "x", "list": [', false], // without the account's other sections
    ['{"name": "x", "messages": []}', false],
    ['[{"type": "private_supergroup", "messages": []}]', false],
    ['{"users": [{"email": "user1@example.com"}]}', false],
    ['id,type,messages\n1,private_group,3', false],
  ];
  for (const [head, expected] of cases) assert.equal(looksLikeTelegramExport(head), expected, head.slice(0, 40));
});
