import { digits, type Rng, zeroPad } from './rng.js';

/** IBANs (ISO 13616): country BBAN layouts with their national check digits, then the mod-97 check. */

/** Remainder mod 97 of the number written by `text`, letters counting as 10..35. */
function mod97(text: string): number {
  let r = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    r = c >= 65 ? (r * 100 + c - 55) % 97 : (r * 10 + c - 48) % 97;
  }
  return r;
}

const ES_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];

function esControl(ten: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (ten.charCodeAt(i) - 48) * ES_WEIGHTS[i];
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

const PL_WEIGHTS = [3, 9, 7, 1, 3, 9, 7];

const BBAN: Record<string, (rng: Rng) => string> = {
  DE: (rng) => String(1 + rng.int(8)) + digits(rng, 17),
  GB: (rng) => rng.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL', 'SCBL']) + digits(rng, 14),
  IE: (rng) => rng.pick(['AIBK', 'BOFI', 'IPBS']) + digits(rng, 14),
  NL: (rng) => rng.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB']) + digits(rng, 10),
  FR: (rng) => {
    const bank = digits(rng, 5);
    const branch = digits(rng, 5);
    const account = digits(rng, 11);
    const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
    return bank + branch + account + zeroPad(key, 2);
  },
  BE: (rng) => {
    const ten = digits(rng, 10);
    return ten + zeroPad(Number(ten) % 97 || 97, 2);
  },
  CH: (rng) => digits(rng, 17),
  AT: (rng) => String(1 + rng.int(9)) + digits(rng, 15),
  ES: (rng) => {
    const bankBranch = digits(rng, 8);
    const account = digits(rng, 10);
    return bankBranch + esControl(`00${bankBranch}`) + esControl(account) + account;
  },
  PL: (rng) => {
    const branch = digits(rng, 7);
    let sum = 0;
    for (let i = 0; i < 7; i++) sum += (branch.charCodeAt(i) - 48) * PL_WEIGHTS[i];
    return branch + ((10 - (sum % 10)) % 10) + digits(rng, 16);
  },
  AE: (rng) => digits(rng, 19),
  SA: (rng) => digits(rng, 20),
};

export const IBAN_COUNTRIES = Object.keys(BBAN);

/** A valid IBAN without spaces: `DE89370400440532013000`. */
export function iban(rng: Rng, country = IBAN_COUNTRIES[rng.int(IBAN_COUNTRIES.length)]): string {
  const bban = BBAN[country](rng);
  return country + zeroPad(98 - mod97(`${bban + country}00`), 2) + bban;
}

/** The paper format: groups of four separated by spaces. */
export function formatIban(value: string): string {
  let out = value.slice(0, 4);
  for (let i = 4; i < value.length; i += 4) out += ` ${value.slice(i, i + 4)}`;
  return out;
}
