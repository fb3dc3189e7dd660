import { enName, zhName } from './names.js';
import { ALNUM, ALNUM_LOWER, charsFrom, digits, hex, type Rng } from './rng.js';

/** Account names and passwords as they appear in leaked data: handles, QQ and WeChat IDs, weak and strong passwords, hashes. */

const HANDLE_WORDS = [
  'dark', 'shadow', 'ghost', 'night', 'silent', 'crazy', 'lucky', 'happy', 'sweet', 'little', 'super', 'mr', 'lady',
  'dragon', 'tiger', 'wolf', 'fox', 'cat', 'panda', 'ninja', 'hunter', 'rider', 'coder', 'gamer', 'hacker', 'angel', 'storm',
];

/** A login name or handle, never with a leading @. */
export function username(rng: Rng): string {
  switch (rng.int(8)) {
    case 0: {
      const { pinyin } = zhName(rng);
      return pinyin[0] + pinyin[1] + (rng.chance(0.7) ? digits(rng, rng.range(2, 4)) : '');
    }
    case 1: {
      const { pinyin } = zhName(rng);
      return `${pinyin[1]}_${pinyin[0]}${rng.chance(0.5) ? digits(rng, 2) : ''}`;
    }
    case 2: {
      const { first, last } = enName(rng);
      return `${first[0]}${last}`.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') + digits(rng, rng.range(0, 3));
    }
    case 3:
      return `${rng.pick(HANDLE_WORDS)}_${rng.pick(HANDLE_WORDS)}${rng.chance(0.5) ? digits(rng, 2) : ''}`;
    case 4:
      return `${rng.pick(HANDLE_WORDS)}${rng.pick(HANDLE_WORDS)}${rng.range(1, 999)}`;
    case 5:
      return `xX_${rng.pick(HANDLE_WORDS)}_Xx`;
    case 6:
      return `${rng.pick(HANDLE_WORDS)}.${rng.pick(HANDLE_WORDS)}`;
    default:
      return charsFrom(rng, 'abcdefghijklmnopqrstuvwxyz', 1) + charsFrom(rng, ALNUM_LOWER, rng.range(4, 10));
  }
}

/** A QQ number: 5 to 10 digits, no leading zero. */
export function qqNumber(rng: Rng): string {
  return String(1 + rng.int(9)) + digits(rng, rng.range(5, 9));
}

/** A WeChat ID: wxid_ plus 14 characters, or a self-chosen 6-20 character ID starting with a letter. */
export function wechatId(rng: Rng): string {
  if (rng.chance(0.4)) return `wxid_${charsFrom(rng, ALNUM_LOWER, 14)}`;
  return charsFrom(rng, 'abcdefghijklmnopqrstuvwxyz', 1) + charsFrom(rng, `${ALNUM_LOWER}_-`, rng.range(4, 12)) + charsFrom(rng, ALNUM_LOWER, 1);
}

/** A Telegram-style handle (5-32 characters, letters, digits, underscore), without the @. */
export function telegramHandle(rng: Rng): string {
  const base = rng.chance(0.5) ? username(rng).replace(/[^A-Za-z0-9_]/g, '_') : `${rng.pick(HANDLE_WORDS)}_${rng.pick(['shop', 'store', 'data', 'leaks', 'db', 'market', 'vip'])}`;
  return base.length >= 5 ? base : `${base}_${digits(rng, 3)}`;
}

const COMMON_PASSWORDS = [
  '123456', '123456789', '12345678', 'password', 'qwerty123', '111111', '1qaz2wsx', 'abc123', 'a123456', 'woaini1314',
  'iloveyou', 'zxcvbnm', 'Aa123456', 'qwertyuiop', 'admin123', 'P@ssw0rd', '5201314', '123123', 'q1w2e3r4', 'passw0rd',
  'dragon', 'monkey', 'letmein', 'sunshine', 'princess', 'football', 'baseball', 'superman', '000000', '654321',
];
const SYMBOLS = '!@#$%^&*_-.';

/** A password ending in a letter or digit, so prose punctuation after it is never part of it. */
export function password(rng: Rng): string {
  switch (rng.int(6)) {
    case 0:
      return rng.pick(COMMON_PASSWORDS);
    case 1: {
      const { pinyin } = zhName(rng);
      return pinyin[0] + pinyin[1] + rng.range(1960, 2008);
    }
    case 2: {
      const { first } = enName(rng);
      return `${first}${rng.pick(['@', '#', '!', '.', '_', ''])}${rng.range(1, 2024)}`;
    }
    case 3: {
      const n = rng.range(10, 16);
      let out = charsFrom(rng, ALNUM, n - 3);
      out += SYMBOLS[rng.int(SYMBOLS.length)] + charsFrom(rng, ALNUM, 2);
      return out;
    }
    case 4:
      return `${rng.pick(['Summer', 'Winter', 'Spring', 'Autumn', 'Welcome', 'Hello', 'China', 'Admin'])}${rng.range(2015, 2025)}${rng.pick(['!', '@', '#'])}${rng.int(10)}`;
    default:
      return passwordHash(rng);
  }
}

const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A stored password hash: MD5, SHA-1, SHA-256 hex, or bcrypt. */
export function passwordHash(rng: Rng): string {
  switch (rng.int(4)) {
    case 0: return hex(rng, 32);
    case 1: return hex(rng, 40);
    case 2: return hex(rng, 64);
    default: return `$2${rng.pick(['a', 'b', 'y'])}$${rng.pick(['10', '12'])}$${charsFrom(rng, BCRYPT, 52)}${charsFrom(rng, ALNUM, 1)}`;
  }
}
