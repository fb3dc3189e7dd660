/** Synthetic personal data and hard negatives for tests and benchmarks; independent of src/detect so it can serve as an oracle. */
export { Rng, digits, hex, zeroPad } from './rng.js';
export { cnResidentId, cnResidentId15, cnResidentIdBadCheck, cnResidentIdBadDate, residentIdCheck } from './cn-id.js';
export {
  CN_LANDLINE_STYLES, CN_MOBILE_PREFIXES, CN_MOBILE_STYLES, US_PHONE_STYLES,
  cnLandline, cnMobile, cnUnallocatedMobile, formatCnMobile, intlPhone, usPhone,
} from './phone.js';
export type { CnLandlineStyle, CnMobileStyle, UsPhoneStyle } from './phone.js';
export { CARD_STYLES, bankCard, formatCard, luhnCheckDigit, luhnFailingCard } from './cards.js';
export type { CardScheme, CardStyle } from './cards.js';
export { IBAN_COUNTRIES, formatIban, iban } from './iban.js';
export { SSN_STYLES, formatSsn, invalidSsn, usSsn } from './ssn.js';
export { email, emailLocal } from './email.js';
export { ipAddress, ipv4, ipv6 } from './ip.js';
export { cnPassport, licensePlate } from './documents.js';
export { enName, zhName, zhNameLatin } from './names.js';
export type { EnName, ZhName } from './names.js';
export { cnPostalCode, usAddress, zhAddress } from './address.js';
export { password, passwordHash, qqNumber, telegramHandle, username, wechatId } from './credentials.js';
export {
  HARD_NEGATIVE_KINDS, amount, dottedIdentifier, ean13, hardNegative, invoiceNumber, md5Hex, orderNumber,
  sha1Hex, sha256Hex, timestamp, uuid, versionString, waybillNumber,
} from './negatives.js';
export type { HardNegativeKind } from './negatives.js';
