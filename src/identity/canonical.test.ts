import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CARD_STYLES, CN_LANDLINE_STYLES, CN_MOBILE_STYLES, Rng, bankCard, cnLandline, cnMobile, cnResidentId, cnResidentId15,
  cnResidentIdBadCheck, cnResidentIdBadDate, cnUnallocatedMobile, email, formatCard, formatCnMobile, intlPhone,
  luhnCheckDigit, luhnFailingCard, residentIdCheck, username,
} from '../../test/synth/index.js';
import { canonical, canonicalCard, canonicalEmail, canonicalId, canonicalPhone, canonicalUsername, guessKind } from './canonical.js';
import { IDENTIFIER_KINDS, type IdentifierKind } from './kinds.js';

/** ASCII printable characters as their full-width forms (１３８, ＋, －), space as the ideographic space. */
function fullWidth(text: string): string {
  return text.replace(/[\x20-\x7e]/g, (c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

/** Upper- and lower-case letters mixed at random. */
function mixedCase(rng: Rng, text: string): string {
  return Array.from(text, (c) => (rng.chance(0.5) ? c.toUpperCase() : c)).join('');
}

describe('the issue rule: different writings of one identifier meet', () => {
  const meetings: [IdentifierKind, string, string[]][] = [
    ['phone', '+8613800138000', ['13800138000', '+86 138-0013-8000', '8613800138000']],
    ['id', '11010519491231002X', ['11010519491231002x', '11010519491231002X']],
    ['email', 'user.name@example.com', ['User.Name@Example.COM', '  user.name@example.com\t', '\nUSER.NAME@EXAMPLE.COM ']],
    ['username', 'darkwolf_99', ['DarkWolf_99', 'DARKWOLF_99', ' darkwolf_99 ']],
    ['card', '4111111111111111', ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111']],
  ];
  for (const [kind, expected, writings] of meetings) {
    it(`${kind}: ${writings.map((w) => JSON.stringify(w)).join(', ')} all become ${expected}`, () => {
      for (const raw of writings) assert.equal(canonical(kind, raw), expected, JSON.stringify(raw));
    });
  }
});

describe('canonicalPhone', () => {
  const table: [string, string][] = [
    ['13800138000', '+8613800138000'],
    ['+86 138-0013-8000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['86 138 0013 8000', '+8613800138000'],
    ['008613800138000', '+8613800138000'],
    ['0086 138 0013 8000', '+8613800138000'],
    ['(+86)138 0013 8000', '+8613800138000'],
    ['（+86）138 0013 8000', '+8613800138000'],
    ['+86 (138) 0013.8000', '+8613800138000'],
    ['138/0013/8000', '+8613800138000'],
    ['138—0013—8000', '+8613800138000'],
    ['  13800138000  ', '+8613800138000'],
    ['１３８００１３８０００', '+8613800138000'],
    ['＋８６ １３８－００１３－８０００', '+8613800138000'],
    ['８６１３８００１３８０００', '+8613800138000'],
    ['010-12345678', '+861012345678'],
    ['(010)12345678', '+861012345678'],
    ['01012345678', '+861012345678'],
    ['021-5080 1234', '+862150801234'],
    ['0755-86013388', '+8675586013388'],
    ['+86 10 1234 5678', '+861012345678'],
    ['0086 10 12345678', '+861012345678'],
    ['+1 650 253 0000', '+16502530000'],
    ['001 650 253 0000', '+16502530000'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+81 90-1234-5678', '+819012345678'],
  ];
  for (const [raw, expected] of table) {
    it(`${JSON.stringify(raw)} -> ${expected}`, () => assert.equal(canonicalPhone(raw), expected));
  }

  const rejected: [string, string][] = [
    ['', 'empty'],
    ['   ', 'spaces only'],
    ['12345678901', '11 digits in no allocated mobile range (123)'],
    ['12000000000', '11 digits in no allocated mobile range (120)'],
    ['+8612000000000', 'unallocated range behind +86'],
    ['8612000000000', 'unallocated range behind 86'],
    ['1380013800a', 'a letter'],
    ['138OO138OOO', 'letters O for zeros'],
    ['tel:13800138000', 'a scheme'],
    ['phone 13800138000', 'words around it'],
    ['12345', 'too short'],
    ['+1 23', 'too short behind +'],
    ['1380013800', '10 digits'],
    ['138001380001', '12 digits, no 0 in front'],
    ['1234567890123456', '16 digits'],
    ['+1234567890123456', 'more than 15 digits behind +'],
    ['6502530000', 'a foreign number without + or 00'],
    ['+13800138000', 'a PRC mobile written with + but no country code'],
    ['+0086 13800138000', '+ and 00 together'],
    ['++8613800138000', 'two plus signs'],
    ['13800138000+', 'plus at the end'],
  ];
  for (const [raw, why] of rejected) {
    it(`rejects ${JSON.stringify(raw)} (${why})`, () => assert.equal(canonicalPhone(raw), null));
  }

  it('every written style of a generated PRC mobile, ASCII and full-width, becomes +86 and the 11 digits', () => {
    const rng = new Rng(101);
    for (let i = 0; i < 500; i++) {
      const mobile = cnMobile(rng);
      for (const style of CN_MOBILE_STYLES) {
        const raw = formatCnMobile(mobile, style);
        assert.equal(canonicalPhone(raw), `+86${mobile}`, raw);
        assert.equal(canonicalPhone(fullWidth(raw)), `+86${mobile}`, fullWidth(raw));
      }
    }
  });

  it('generated PRC landlines in every style lose their trunk 0 and gain +86', () => {
    const rng = new Rng(102);
    for (let i = 0; i < 300; i++) {
      for (const style of CN_LANDLINE_STYLES) {
        const raw = cnLandline(rng, style);
        const digits = raw.replace(/\D/g, '');
        const expected = raw.startsWith('+') ? `+${digits}` : `+86${digits.slice(1)}`;
        assert.equal(canonicalPhone(raw), expected, raw);
      }
    }
  });

  it('generated foreign numbers keep their country code, written with + or with 00', () => {
    const rng = new Rng(103);
    for (let i = 0; i < 1000; i++) {
      const raw = intlPhone(rng);
      const expected = `+${raw.replace(/\D/g, '')}`;
      assert.equal(canonicalPhone(raw), expected, raw);
      assert.equal(canonicalPhone(`00${raw.slice(1)}`), expected, `00${raw.slice(1)}`);
    }
  });

  it('rejects generated 11-digit numbers outside the allocated mobile ranges, bare or behind 86/+86', () => {
    const rng = new Rng(104);
    for (let i = 0; i < 1000; i++) {
      const raw = cnUnallocatedMobile(rng);
      assert.equal(canonicalPhone(raw), null, raw);
      assert.equal(canonicalPhone(`86${raw}`), null, `86${raw}`);
      assert.equal(canonicalPhone(`+86 ${raw}`), null, `+86 ${raw}`);
    }
  });
});

describe('canonicalId', () => {
  it('upper-cases the check character: x and X meet', () => {
    const rng = new Rng(201);
    let withX = 0;
    for (let i = 0; i < 3000; i++) {
      const id = cnResidentId(rng);
      assert.equal(canonicalId(id), id);
      if (!id.endsWith('X')) continue;
      withX++;
      assert.equal(canonicalId(id.toLowerCase()), id);
    }
    assert.ok(withX > 100, `only ${withX} IDs with X drawn`);
  });

  it('drops spaces and dashes inside, trims around, and reads full-width digits', () => {
    const rng = new Rng(202);
    for (let i = 0; i < 500; i++) {
      const id = cnResidentId(rng);
      const writings = [
        `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`,
        `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`,
        `  ${id.toLowerCase()}\t`,
        fullWidth(id.toLowerCase()),
        fullWidth(`${id.slice(0, 6)} ${id.slice(6)}`),
      ];
      for (const raw of writings) assert.equal(canonicalId(raw), id, raw);
    }
  });

  it('converts a legacy 15-digit ID to 18 digits: 19 before the year, check character computed independently', () => {
    const rng = new Rng(203);
    for (let i = 0; i < 3000; i++) {
      const old = cnResidentId15(rng);
      const body = `${old.slice(0, 6)}19${old.slice(6)}`;
      const expected = body + residentIdCheck(body);
      assert.equal(canonicalId(old), expected, old);
      assert.equal(canonicalId(`${old.slice(0, 6)} ${old.slice(6)}`), expected, old);
      assert.equal(canonicalId(expected), expected, 'the 18-digit form is its own canonical form');
    }
  });

  it('a known pair: 110105491231002 is 11010519491231002X', () => {
    assert.equal(canonicalId('110105491231002'), '11010519491231002X');
  });

  const rejected: [string, string][] = [
    ['', 'empty'],
    ['x', 'one letter'],
    ['11010519491231002', '17 characters'],
    ['1101051949123100211', '19 characters'],
    ['11010519491231002Y', 'Y as check character'],
    ['1101051949X2310021', 'X inside'],
    ['110105194912310021', 'wrong check character'],
    ['110105194902300028', 'February 30'],
    ['11010549123100', '14 digits'],
    ['110105491301002', '15 digits, month 13'],
    ['000000491231002', '15 digits, no such area'],
    ['11010549123100X', '15 characters ending in X'],
    ['110105 491231 00', 'too short once spaces are removed'],
  ];
  for (const [raw, why] of rejected) {
    it(`rejects ${JSON.stringify(raw)} (${why})`, () => assert.equal(canonicalId(raw), null));
  }

  it('rejects an unknown area code and a birth date in the future even with the right check character', () => {
    for (const body of ['00000019491231002', '99999919491231002', '11010520990101002', '11010518991231002']) {
      assert.equal(canonicalId(body + residentIdCheck(body)), null, body);
    }
  });

  it('rejects generated IDs with a wrong check character or an impossible birth date', () => {
    const rng = new Rng(204);
    for (let i = 0; i < 2000; i++) {
      const badCheck = cnResidentIdBadCheck(rng);
      const badDate = cnResidentIdBadDate(rng);
      assert.equal(canonicalId(badCheck), null, badCheck);
      assert.equal(canonicalId(badDate), null, badDate);
    }
  });
});

describe('canonicalEmail', () => {
  const meet = 'user.name+tag@example.com';
  const writings = [
    'user.name+tag@example.com',
    'User.Name+Tag@Example.COM',
    '  user.name+tag@example.com\t',
    'mailto:user.name+tag@example.com',
    'MAILTO:User.Name+Tag@example.com',
    '<User.Name+Tag@example.com>',
    ' <user.name+tag@example.com> ',
    'mailto:<user.name+tag@example.com>',
    fullWidth('User.Name+Tag@example.com'),
  ];
  for (const raw of writings) {
    it(`${JSON.stringify(raw)} -> ${meet}`, () => assert.equal(canonicalEmail(raw), meet));
  }

  it('keeps dots and +tags: they name different mailboxes at some providers', () => {
    assert.equal(canonicalEmail('username@example.com'), 'username@example.com');
    assert.equal(canonicalEmail('user.name@example.com'), 'user.name@example.com');
    assert.equal(canonicalEmail('username+tag@example.com'), 'username+tag@example.com');
  });

  it('keeps internationalised addresses', () => {
    assert.equal(canonicalEmail('用户@例子.广告'), '用户@例子.广告');
  });

  it('generated addresses in mixed case with spaces around meet their lower-case form', () => {
    const rng = new Rng(301);
    for (let i = 0; i < 3000; i++) {
      const address = email(rng);
      const expected = address.toLowerCase();
      const raw = `${rng.pick(['', ' ', '\t', '  '])}${mixedCase(rng, address)}${rng.pick(['', ' ', '\r\n'])}`;
      assert.equal(canonicalEmail(raw), expected, raw);
      assert.equal(canonicalEmail(`mailto:${address}`), expected);
      assert.equal(canonicalEmail(`<${address}>`), expected);
    }
  });

  const rejected: [string, string][] = [
    ['', 'empty'],
    ['   ', 'spaces only'],
    ['plainaddress', 'no @'],
    ['@example.com', 'nothing before @'],
    ['user@', 'nothing after @'],
    ['user@localhost', 'no dot in the domain'],
    ['user@@example.com', 'two @'],
    ['a@b@example.com', '@ in the local part'],
    ['us er@example.com', 'space inside'],
    ['user@exa mple.com', 'space in the domain'],
    ['user@example.com.', 'ends with a dot'],
    ['user@example.', 'empty top-level domain'],
    ['"user"@example.com', 'quotes'],
    ['a@b.com;c@d.com', 'two addresses'],
    ['a@b.com,c@d.com', 'two addresses, comma'],
    ['user@example.com>', 'unbalanced bracket'],
    ['John <john@example.com>', 'a display name'],
    [`${'x'.repeat(250)}@example.com`, 'longer than 254 characters'],
  ];
  for (const [raw, why] of rejected) {
    it(`rejects ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 20)}...` : raw)} (${why})`, () => assert.equal(canonicalEmail(raw), null));
  }

  it('accepts up to 254 characters', () => {
    const longest = `${'x'.repeat(242)}@example.com`;
    assert.equal(longest.length, 254);
    assert.equal(canonicalEmail(longest.toUpperCase()), longest);
  });
});

describe('canonicalUsername', () => {
  const table: [string, string][] = [
    ['alice', 'alice'],
    ['Alice', 'alice'],
    ['  ALICE\t', 'alice'],
    ['xX_Shadow_Xx', 'xx_shadow_xx'],
    ['ＡＬＩＣＥ', 'alice'],
    ['Straße', 'straße'],
    ['ÄÖÜ', 'äöü'],
    ['张三', '张三'],
    ['user@host', 'user@host'],
    ['😀Gamer', '😀gamer'],
  ];
  for (const [raw, expected] of table) {
    it(`${JSON.stringify(raw)} -> ${JSON.stringify(expected)}`, () => assert.equal(canonicalUsername(raw), expected));
  }

  it('composed and decomposed accents meet', () => {
    assert.equal(canonicalUsername('Jos\u00e9'), 'jos\u00e9');
    assert.equal(canonicalUsername('Jose\u0301'), 'jos\u00e9');
  });

  it('generated usernames in mixed case meet their lower-case form', () => {
    const rng = new Rng(401);
    for (let i = 0; i < 3000; i++) {
      const name = username(rng);
      assert.equal(canonicalUsername(` ${mixedCase(rng, name)} `), name.toLowerCase(), name);
    }
  });

  it('accepts 128 characters, rejects 129', () => {
    assert.equal(canonicalUsername('A'.repeat(128)), 'a'.repeat(128));
    assert.equal(canonicalUsername('a'.repeat(129)), null);
  });

  const rejected: [string, string][] = [
    ['', 'empty'],
    [' \t ', 'white space only'],
    ['john smith', 'space inside'],
    ['john\tsmith', 'tab inside'],
    ['john\u3000smith', 'ideographic space inside'],
    ['john\u0000', 'NUL'],
    ['jo\u0007hn', 'a control character'],
    ['john\u007f', 'DEL'],
  ];
  for (const [raw, why] of rejected) {
    it(`rejects ${JSON.stringify(raw)} (${why})`, () => assert.equal(canonicalUsername(raw), null));
  }
});

describe('canonicalCard', () => {
  it('generated Luhn-valid cards of every scheme, grouped or not, become digits only', () => {
    const rng = new Rng(501);
    for (let i = 0; i < 3000; i++) {
      const card = bankCard(rng);
      for (const style of CARD_STYLES) assert.equal(canonicalCard(formatCard(card, style)), card, formatCard(card, style));
      assert.equal(canonicalCard(fullWidth(formatCard(card, 'space'))), card);
    }
  });

  it('rejects generated cards whose Luhn check fails', () => {
    const rng = new Rng(502);
    for (let i = 0; i < 3000; i++) {
      const card = luhnFailingCard(rng);
      assert.equal(canonicalCard(card), null, card);
    }
  });

  it('takes 12 to 19 digits, no fewer and no more', () => {
    const rng = new Rng(503);
    for (let length = 8; length <= 24; length++) {
      const body = `4${Array.from({ length: length - 2 }, () => rng.int(10)).join('')}`;
      const card = body + luhnCheckDigit(body);
      assert.equal(card.length, length);
      assert.equal(canonicalCard(card), length >= 12 && length <= 19 ? card : null, card);
    }
  });

  const rejected: [string, string][] = [
    ['', 'empty'],
    ['4111 1111 1111 111a', 'a letter'],
    ['4111111111111112', 'Luhn fails'],
    ['card 4111111111111111', 'a word in front'],
    ['+4111111111111111', 'a plus sign'],
  ];
  for (const [raw, why] of rejected) {
    it(`rejects ${JSON.stringify(raw)} (${why})`, () => assert.equal(canonicalCard(raw), null));
  }
});

describe('canonical(kind, raw)', () => {
  const specific: Record<IdentifierKind, (raw: string) => string | null> = {
    phone: canonicalPhone,
    id: canonicalId,
    email: canonicalEmail,
    username: canonicalUsername,
    card: canonicalCard,
  };
  const samples = [
    '+86 138-0013-8000', '11010519491231002x', '110105491231002', ' User@Example.COM ', 'DarkWolf', '4111 1111 1111 1111',
    'not a thing', '', '12000000000',
  ];

  it('has a canonical form for every identifier kind', () => {
    assert.deepEqual(Object.keys(specific).sort(), [...IDENTIFIER_KINDS].sort());
  });

  for (const kind of IDENTIFIER_KINDS) {
    it(`${kind}: the same as the ${kind} function`, () => {
      for (const raw of samples) assert.equal(canonical(kind, raw), specific[kind](raw), JSON.stringify(raw));
    });
  }

  it('a canonical form is its own canonical form, for every kind', () => {
    const rng = new Rng(601);
    const generate: Record<IdentifierKind, () => string> = {
      phone: () => (rng.chance(0.5) ? formatCnMobile(cnMobile(rng), rng.pick(CN_MOBILE_STYLES)) : rng.chance(0.5) ? cnLandline(rng) : intlPhone(rng)),
      id: () => (rng.chance(0.5) ? cnResidentId(rng).toLowerCase() : cnResidentId15(rng)),
      email: () => ` ${mixedCase(rng, email(rng))}`,
      username: () => mixedCase(rng, username(rng)),
      card: () => formatCard(bankCard(rng), rng.pick(CARD_STYLES)),
    };
    for (const kind of IDENTIFIER_KINDS) {
      for (let i = 0; i < 500; i++) {
        const raw = generate[kind]();
        const once = canonical(kind, raw);
        assert.notEqual(once, null, `${kind} ${raw}`);
        assert.equal(canonical(kind, once!), once, `${kind} ${raw}`);
      }
    }
  });

  it('a value of one kind is not a valid value of a kind it cannot be', () => {
    assert.equal(canonical('phone', 'user@example.com'), null);
    assert.equal(canonical('id', '13800138000'), null);
    assert.equal(canonical('email', '13800138000'), null);
    assert.equal(canonical('card', '11010519491231002X'), null);
    assert.equal(canonical('username', 'two words'), null);
  });
});

describe('guessKind', () => {
  const table: [string, IdentifierKind][] = [
    ['user@example.com', 'email'],
    ['not an address@', 'email'],
    ['11010519491231002x', 'id'],
    ['11010519491231002X', 'id'],
    ['110105491231002', 'id'],
    ['13800138000', 'phone'],
    ['+86 138-0013-8000', 'phone'],
    ['010-12345678', 'phone'],
    ['+44 20 7946 0958', 'phone'],
    ['4111 1111 1111 1111', 'card'],
    ['6222021234567890128', 'card'],
    ['darkwolf', 'username'],
    ['12000000000', 'username'],
    ['110105194912310021', 'username'],
    ['4111111111111112', 'username'],
  ];
  for (const [raw, kind] of table) {
    it(`${JSON.stringify(raw)} is taken for ${kind}`, () => assert.equal(guessKind(raw), kind));
  }

  it('generated values are guessed as their kind', () => {
    const rng = new Rng(701);
    for (let i = 0; i < 1000; i++) {
      const cases: [string, IdentifierKind][] = [
        [email(rng), 'email'],
        [cnResidentId(rng), 'id'],
        [formatCnMobile(cnMobile(rng), rng.pick(CN_MOBILE_STYLES)), 'phone'],
        [formatCard(bankCard(rng, 'unionpay'), rng.pick(CARD_STYLES)), 'card'],
      ];
      for (const [raw, kind] of cases) assert.equal(guessKind(raw), kind, raw);
    }
  });
});
