import type { Recognizer } from '../types.js';
import { bankCard } from './bank-card.js';
import { cnResidentId } from './cn-resident-id.js';
import { emailAddress } from './email-address.js';
import { iban } from './iban.js';
import { ipAddress } from './ip-address.js';
import { licensePlate } from './license-plate.js';
import { passport } from './passport.js';
import { phoneNumber } from './phone-number.js';
import { usSsn } from './us-ssn.js';

/** Checksum- and grammar-backed identifiers. */
export const IDENTIFIER_RECOGNIZERS: readonly Recognizer[] = [
  cnResidentId,
  phoneNumber,
  bankCard,
  iban,
  usSsn,
  emailAddress,
  ipAddress,
  passport,
  licensePlate,
];
