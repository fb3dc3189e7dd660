import { digits, type Rng } from './rng.js';

/** Payment card numbers from real issuer prefixes with a Luhn check digit. */

interface Issuer {
  scheme: 'unionpay' | 'visa' | 'mastercard' | 'amex' | 'jcb';
  prefixes: readonly string[];
  lengths: readonly number[];
}

const ISSUERS: readonly Issuer[] = [
  // UnionPay BINs of large PRC banks (ICBC, ABC, CCB, BOC, BOCOM, CMB, PSBC, Ping An, CITIC, SPDB, CIB).
  { scheme: 'unionpay', prefixes: ['622202', '621226', '622848', '621700', '622700', '621661', '622260', '623058', '621098', '622155', '622609', '622908', '621483', '623668'], lengths: [19] },
  { scheme: 'unionpay', prefixes: ['622588', '625965', '628888', '622575', '625802', '621485'], lengths: [16] },
  { scheme: 'unionpay', prefixes: ['622262', '621799', '623062'], lengths: [17, 18] },
  { scheme: 'visa', prefixes: ['4'], lengths: [16] },
  { scheme: 'mastercard', prefixes: ['51', '52', '53', '54', '55', '2221', '2300', '2720'], lengths: [16] },
  { scheme: 'amex', prefixes: ['34', '37'], lengths: [15] },
  { scheme: 'jcb', prefixes: ['3528', '3540', '3566', '3589'], lengths: [16] },
];
/** UnionPay three times as likely as each other scheme: the corpus is mostly Chinese. */
const WEIGHTED = [0, 0, 0, 1, 1, 1, 2, 3, 3, 3, 4, 4, 5, 6];

/** The Luhn check digit for `body` (all digits, no separators). */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = body.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

export type CardScheme = Issuer['scheme'];

/** A Luhn-valid card number, digits only. */
export function bankCard(rng: Rng, scheme?: CardScheme): string {
  let issuer = ISSUERS[WEIGHTED[rng.int(WEIGHTED.length)]];
  while (scheme && issuer.scheme !== scheme) issuer = ISSUERS[rng.int(ISSUERS.length)];
  const prefix = issuer.prefixes[rng.int(issuer.prefixes.length)];
  const length = issuer.lengths[rng.int(issuer.lengths.length)];
  const body = prefix + digits(rng, length - 1 - prefix.length);
  return body + luhnCheckDigit(body);
}

/** Hard negative: a 16-digit Visa- or Mastercard-looking number whose Luhn check fails. */
export function luhnFailingCard(rng: Rng): string {
  const head = rng.chance(0.5) ? '4' : String(51 + rng.int(5));
  const body = head + digits(rng, 15 - head.length);
  return body + ((luhnCheckDigit(body) + 1 + rng.int(9)) % 10);
}

export const CARD_STYLES = ['plain', 'space', 'dash'] as const;
export type CardStyle = (typeof CARD_STYLES)[number];

/** Groups as printed on cards: 4-4-4-4(-3), Amex 4-6-5. */
export function formatCard(card: string, style: CardStyle): string {
  if (style === 'plain') return card;
  const sep = style === 'space' ? ' ' : '-';
  if (card.length === 15) return card.slice(0, 4) + sep + card.slice(4, 10) + sep + card.slice(10);
  let out = card.slice(0, 4);
  for (let i = 4; i < card.length; i += 4) out += sep + card.slice(i, i + 4);
  return out;
}
