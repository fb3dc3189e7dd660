import { getCountries, getCountryCallingCode } from 'libphonenumber-js';

/** How a value is masked: which characters may be masked, and how many of them stay at each end. */
interface Counted {
  char: string;
  keepStart: number;
  keepEnd: number;
}

/** Counts a caller configured; unset ones take the type's convention. */
export interface KeepCounts {
  keepStart?: number;
  keepEnd?: number;
}

/** Masks one value of a type with `char`. */
export type MaskRule = (value: string, char: string, counts: KeepCounts) => string;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;
const CJK = /[\u3400-\u9fff]/;

/**
 * Masks the maskable characters of `value` from `from` on, keeping `keepStart` / `keepEnd` of them; separators
 * stay, so grouping (`6222 0212 ...`, `138-0013-8000`) survives. A value too short for the counts keeps a quarter
 * at each end at most, so it is never shown whole.
 */
function maskCounted(value: string, { char, keepStart, keepEnd }: Counted, maskable = LETTER_OR_DIGIT, from = 0): string {
  const chars = Array.from(value.slice(from));
  const total = chars.filter((c) => maskable.test(c)).length;
  if (keepStart + keepEnd >= total) keepStart = keepEnd = Math.floor(total / 4);
  let seen = 0;
  const out = chars.map((c) => {
    if (!maskable.test(c)) return c;
    seen++;
    return seen > keepStart && seen <= total - keepEnd ? char : c;
  });
  return value.slice(0, from) + out.join('');
}

let callingCodes: Set<string> | undefined;

/** Length of a leading `+CC` / `00CC` / `(+CC)` country prefix; calling codes are prefix-free, so one fits. */
function countryPrefixLength(value: string): number {
  const m = /^\s*\(?(\+|00)\s*(\d{1,3})/.exec(value);
  if (!m) return 0;
  callingCodes ??= new Set(getCountries().map((c) => getCountryCallingCode(c)));
  for (let n = 1; n <= m[2].length; n++) {
    if (callingCodes.has(m[2].slice(0, n))) {
      const end = m.index + m[0].length - (m[2].length - n);
      return value[end] === ')' ? end + 1 : end;
    }
  }
  return 0;
}

/** Anything without a convention: every letter and digit masked unless counts are configured; separators stay. */
export const maskGeneric: MaskRule = (value, char, { keepStart = 0, keepEnd = 0 }) => maskCounted(value, { char, keepStart, keepEnd });

/** `138****8000`, `+86 138-****-8000`: digits counted after the country code. */
const maskPhone: MaskRule = (value, char, { keepStart = 3, keepEnd = 4 }) =>
  maskCounted(value, { char, keepStart, keepEnd }, DIGIT, countryPrefixLength(value));

/** `z***@example.com`: by default a fixed-length mask, so the local part's length is not shown; the domain stays. */
const maskEmail: MaskRule = (value, char, counts) => {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskGeneric(value, char, counts);
  if (counts.keepStart === undefined && counts.keepEnd === undefined) return `${Array.from(value)[0]}${char.repeat(3)}${value.slice(at)}`;
  return maskGeneric(value.slice(0, at), char, counts) + value.slice(at);
};

/** Two-character surnames; a name starting with one keeps both characters. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 澹台 公冶 太史 申屠 端木 西门 南宫 独孤 百里 呼延 万俟 闻人 赫连 濮阳 单于 第五 东郭 公羊 拓跋 完颜 左丘 仲孙 段干 子车 颛孙 巫马 谷梁 宗政 乐正 司空 司寇 鲜于 梁丘 羊舌 微生 南门'.split(' '),
);

/** `张*`, `张**`, `欧阳**`; Latin `J*** S****` (each word keeps its first letter). */
function maskPersonName(value: string, char: string): string {
  const chars = Array.from(value);
  if (CJK.test(value)) {
    const start = chars.findIndex((c) => CJK.test(c));
    const surname = COMPOUND_SURNAMES.has(chars.slice(start, start + 2).join('')) && chars.length - start > 2 ? 2 : 1;
    return chars.map((c, i) => (i >= start + surname && LETTER_OR_DIGIT.test(c) ? char : c)).join('');
  }
  return value.replace(/\S+/g, (word) => {
    const letters = Array.from(word);
    const first = letters.findIndex((c) => LETTER_OR_DIGIT.test(c));
    return letters.map((c, i) => (i > first && LETTER_OR_DIGIT.test(c) ? char : c)).join('');
  });
}

/**
 * The administrative prefix of a Chinese address: province level, prefecture level, county level, in that order,
 * each optional. Segment bodies exclude level suffixes and street words, so `海淀区中关村超市` keeps `海淀区` and
 * `南京西路小区` is not taken for a district; the rare district named with one of them (`路桥区`) is masked.
 */
const BODY = '[^省市区县旗镇乡街路道村号巷弄楼\\d\\s]{1,8}?';
const CN_ADMIN_PREFIX = new RegExp(
  `^\\s*(?:${BODY}(?:省|自治区|特别行政区|市))?(?:${BODY}(?:市|自治州|地区|盟))?(?:${BODY}(?:区|县|旗|市))?`,
  'u',
);

/**
 * Chinese: keeps the province/city/district prefix, masks the rest (`北京市朝阳区*****`). Latin: masks the street
 * line and every token holding a digit (house number, postcode), keeps city, state and country names.
 */
function maskPostalAddress(value: string, char: string): string {
  const all: Counted = { char, keepStart: 0, keepEnd: 0 };
  if (CJK.test(value)) {
    const keep = CN_ADMIN_PREFIX.exec(value)?.[0].length ?? 0;
    return value.slice(0, keep) + maskCounted(value.slice(keep), all);
  }
  const comma = value.indexOf(',');
  if (comma < 0) return maskCounted(value, all);
  const rest = value.slice(comma).replace(/\S*\d\S*/g, (token) => maskCounted(token, all));
  return maskCounted(value.slice(0, comma), all) + rest;
}

/** A shape rule, used unless the caller configured counts. */
function shaped(rule: (value: string, char: string) => string): MaskRule {
  return (value, char, counts) => (counts.keepStart === undefined && counts.keepEnd === undefined ? rule(value, char) : maskGeneric(value, char, counts));
}

/** Chinese masking conventions per type; a type not listed uses `maskGeneric`. */
export const MASK_RULES: Readonly<Record<string, MaskRule>> = {
  PHONE_NUMBER: maskPhone,
  CN_RESIDENT_ID: (value, char, { keepStart = 6, keepEnd = 4 }) => maskCounted(value, { char, keepStart, keepEnd }),
  BANK_CARD: (value, char, { keepStart = 0, keepEnd = 4 }) => maskCounted(value, { char, keepStart, keepEnd }, DIGIT),
  EMAIL_ADDRESS: maskEmail,
  PERSON: shaped(maskPersonName),
  ADDRESS: shaped(maskPostalAddress),
  // A fixed length, so a password's length is not shown.
  PASSWORD: shaped((_value, char) => char.repeat(6)),
};
