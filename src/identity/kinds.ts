import type { EntityType } from '../detect/index.js';

/** The identifiers a person can check; each is stored only as a keyed PRF output. */
export const IDENTIFIER_KINDS = ['phone', 'id', 'email', 'username', 'card'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** A kind's number in PRF blocks and index buckets (0 is never used). Append only: stored keys depend on it. */
export const KIND_CODES: Readonly<Record<IdentifierKind, number>> = { phone: 1, id: 2, email: 3, username: 4, card: 5 };

const KIND_OF_TYPE: Partial<Record<EntityType, IdentifierKind>> = {
  PHONE_NUMBER: 'phone',
  CN_RESIDENT_ID: 'id',
  EMAIL_ADDRESS: 'email',
  USERNAME: 'username',
  BANK_CARD: 'card',
};

/** The identifier kind an entity type is checked as, or null for data classes that are not checkable (names, passwords). */
export function kindOfType(type: EntityType): IdentifierKind | null {
  return KIND_OF_TYPE[type] ?? null;
}

export function isIdentifierKind(value: string): value is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(value);
}

const KIND_BY_CODE: readonly (IdentifierKind | undefined)[] = (() => {
  const byCode: (IdentifierKind | undefined)[] = [];
  for (const kind of IDENTIFIER_KINDS) byCode[KIND_CODES[kind]] = kind;
  return byCode;
})();

export function kindOfCode(code: number): IdentifierKind {
  const kind = KIND_BY_CODE[code];
  if (kind === undefined) throw new RangeError(`no identifier kind has code ${code}`);
  return kind;
}

const TYPE_OF_KIND: Readonly<Record<IdentifierKind, EntityType>> = {
  phone: 'PHONE_NUMBER',
  id: 'CN_RESIDENT_ID',
  email: 'EMAIL_ADDRESS',
  username: 'USERNAME',
  card: 'BANK_CARD',
};

/** The entity type (data class) of an identifier kind. */
export function typeOfKind(kind: IdentifierKind): EntityType {
  return TYPE_OF_KIND[kind];
}
