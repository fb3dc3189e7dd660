import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../../test/synth/index.js';
import { TextIndex } from './text-index.js';

/** Each list as a plain search finds it, written independently of the one-pass index. */
function reference(text: string) {
  const all = (pattern: RegExp, offset = 0) => [...text.matchAll(pattern)].map((m) => m.index! + offset);
  return {
    lineBreaks: all(/\n/g),
    separators: all(/[:=：]/g),
    spaceCapitals: all(/[ \t](?=[A-Z])/g, 1),
    latinKeywords: all(/p(?:ass|w)|user|login|acc(?:oun)?t|handle|qq|vx|wx|tg/gi),
    atSigns: all(/@/g),
    ibanStarts: all(/(?<![0-9A-Za-z_])[A-Z]{2}\d\d/g),
    schemeMarks: all(/:\/\//g),
  };
}

function assertSameLists(text: string): void {
  const index = new TextIndex(text);
  const expected = reference(text);
  for (const list of Object.keys(expected) as (keyof typeof expected)[]) {
    assert.deepEqual([...index[list]], expected[list], `${list} of ${JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text)}`);
  }
}

describe('TextIndex: the anchors of a text in one pass', () => {
  it('finds what plain searches find, on crafted texts', () => {
    for (const text of [
      '',
      'a',
      '\n',
      'password: x\nPW=y\nUser：z\nLOGIN acct ACCOUNT handle QQ vx WX Tg',
      'superuser passw ppass pwpw accoun t acc acct account accounts handl qqq vxx',
      'Dear Mr. Smith,\tJohn Doe @bob alice@example.com http://x https://y:8080/z',
      'IBAN GB82WEST12345698765432, xGB82, _DE89 (FR14) QQ12 TG99 AB1 AB12',
      '姓名：张三\n手机：13800138000\tQQ：12345',
      'ends with a keyword: login',
      'ends with capitals: AB',
      'ends with a gap then a capital \tZ',
      ':=：@\n',
      // Characters whose low seven bits read as "\n", ":", "@", letters or capitals.
      '\u010a\u013a\u0140\u0161\u0153\u0175\u0145\u0142\uff1b\uff1a\u0170\u0177',
    ]) {
      assertSameLists(text);
    }
  });

  it('finds what plain searches find, on random texts across chunk ends', () => {
    const rng = new Rng(31);
    const pieces = [
      'pass', 'Pw', 'USER', 'login', 'acct', 'Account', 'handle', 'qq', 'VX', 'wx', 'tG', 'pa', 'us', 'ac', 'ha', 'lo',
      ' ', '\t', '\n', ':', '=', '：', '@', '://', 'GB82', 'AB', '12', 'x', 'Z', '_', '张三', '\u0161', '\u010a', 'é',
    ];
    for (let n = 0; n < 40; n++) {
      const parts: string[] = [];
      const target = rng.chance(0.3) ? 16384 * 2 + rng.int(100) : rng.int(400);
      for (let length = 0; length < target; ) {
        const piece = pieces[rng.int(pieces.length)];
        parts.push(piece);
        length += piece.length;
      }
      assertSameLists(parts.join(''));
    }
  });
});
