import { isCalendarDate, luhnValid, mod11_2CheckChar } from '../detect/checksums.js';
import { cnMobileValid } from '../detect/recognizers/phone-plan.js';
import { chineseName, type DemoName } from './names.js';
import { birthAreaCode, randomPlace, streetAddress, type Place } from './places.js';
import { SeededRandom } from './random.js';

/** A made-up person; the demo breaches show slices of the same people, so some turn up in several. */
export interface Person {
  name: DemoName;
  male: boolean;
  /** YYYYMMDD */
  birth: string;
  place: Place;
  address: string;
  /** 18-character PRC resident ID: real area code and birth date, MOD 11-2 check character. */
  id: string;
  /** 11-digit PRC mobile number in an allocated range. */
  phone: string;
  /** On example.com, example.org or example.net only: domains reserved for documentation. */
  email: string;
  username: string;
  password: string;
  /** UnionPay card number with a Luhn check digit. */
  card: string;
}

const DOMAINS = ['example.com', 'example.org', 'example.net'];
const WORDS = 'sunny tiger lucky happy candy dragon panda momo coco star moon cloud river maple kitty ocean'.split(' ');
const COMMON_PASSWORDS = '123456 123456789 111111 888888 5201314 woaini1314 qwerty123 1qaz2wsx abc123456 aa123456 iloveyou zxcvbnm'.split(' ');
const ALNUM = [...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
/** Issuer prefixes (BIN) of PRC debit cards, with the card length and the issuing bank. */
const CARD_BINS: readonly [string, number, string][] = [
  ['622202', 19, '中国工商银行'],
  ['621700', 19, '中国建设银行'],
  ['622848', 19, '中国农业银行'],
  ['621661', 19, '中国银行'],
  ['622588', 16, '招商银行'],
  ['622262', 19, '交通银行'],
];
/** Second digits of mobile numbers, weighted roughly as the ranges are in use. */
const MOBILE_SECOND = [...'33335555788889'];

/** A value `make` draws again until it is not in `taken`: every person's identifiers are their own. */
function unique(taken: Set<string>, make: () => string): string {
  let value = make();
  while (taken.has(value)) value = make();
  taken.add(value);
  return value;
}

export function mobileNumber(random: SeededRandom): string {
  for (;;) {
    const number = `1${random.pick(MOBILE_SECOND)}${random.digits(9)}`;
    if (cnMobileValid(number)) return number;
  }
}

/** A mobile number in groups of 3, 4 and 4, as people write it: `152-4936-5368`. */
export function groupedMobile(phone: string, separator: string): string {
  return `${phone.slice(0, 3)}${separator}${phone.slice(3, 7)}${separator}${phone.slice(7)}`;
}

function birthDate(random: SeededRandom): string {
  for (;;) {
    const [year, month, day] = [random.between(1955, 2004), random.between(1, 12), random.between(1, 31)];
    if (isCalendarDate(year, month, day)) return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  }
}

/** The order code's last digit is odd for men and even for women (GB 11643). */
function residentId(random: SeededRandom, area: string, birth: string, male: boolean): string {
  const body = `${area}${birth}${random.digits(2)}${2 * random.below(5) + (male ? 1 : 0)}`;
  return body + mod11_2CheckChar(body);
}

/** The bank that issued a card, from its prefix. */
export function cardIssuer(card: string): string {
  return CARD_BINS.find(([bin]) => card.startsWith(bin))?.[2] ?? '';
}

function cardNumber(random: SeededRandom): string {
  const [bin, length] = random.pick(CARD_BINS);
  const body = bin + random.digits(length - bin.length - 1);
  for (let check = 0; ; check++) if (luhnValid(`${body}${check}`)) return `${body}${check}`;
}

function emailLocal(random: SeededRandom, name: DemoName, birth: string): string {
  switch (random.below(5)) {
    case 0: return `${name.surname}${name.given}${random.digits(2)}`;
    case 1: return `${name.given}.${name.surname}`;
    case 2: return `${name.surname}_${name.given}${birth.slice(0, 4)}`;
    case 3: return `${name.surname[0]}${name.given[0]}${birth.slice(2, 8)}`;
    default: return `${random.between(1, 9)}${random.digits(random.between(7, 9))}`; // a QQ-style number
  }
}

function username(random: SeededRandom, name: DemoName, birth: string): string {
  switch (random.below(4)) {
    case 0: return `${name.surname}${name.given}`;
    case 1: return `${name.given}_${birth.slice(0, 4)}`;
    case 2: return `${random.pick(WORDS)}${random.digits(random.between(2, 4))}`;
    default: return `${name.surname}${name.given[0]}${random.digits(3)}`;
  }
}

function password(random: SeededRandom, name: DemoName, birth: string): string {
  const roll = random.below(10);
  if (roll < 4) return random.pick(COMMON_PASSWORDS);
  if (roll < 7) return random.pick([`${name.surname}${birth.slice(0, 4)}`, `${name.given}${birth.slice(4)}`, `${name.surname}${name.given}123`]);
  return Array.from({ length: random.between(8, 12) }, () => random.pick(ALNUM)).join('');
}

/** `count` people, the same for the same seed. */
export function generatePeople(seed: number, count: number): Person[] {
  const random = new SeededRandom(seed);
  const taken = { id: new Set<string>(), phone: new Set<string>(), email: new Set<string>(), username: new Set<string>(), card: new Set<string>() };
  return Array.from({ length: count }, () => {
    const male = random.chance(0.5);
    const name = chineseName(random, male);
    const birth = birthDate(random);
    const place = randomPlace(random);
    const area = birthAreaCode(random, place);
    return {
      name,
      male,
      birth,
      place,
      address: streetAddress(random, place),
      id: unique(taken.id, () => residentId(random, area, birth, male)),
      phone: unique(taken.phone, () => mobileNumber(random)),
      email: unique(taken.email, () => `${emailLocal(random, name, birth)}@${random.pick(DOMAINS)}`),
      username: unique(taken.username, () => username(random, name, birth)),
      password: password(random, name, birth),
      card: unique(taken.card, () => cardNumber(random)),
    };
  });
}
