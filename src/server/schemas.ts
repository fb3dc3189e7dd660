// JSON schemas of the API: Fastify validates requests with them, and they make the OpenAPI document.
import { IDENTIFIER_KINDS } from '../identity/kinds.js';
import { SECTORS } from '../store/types.js';

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

export const breachSummarySchema = {
  type: 'object',
  required: ['name', 'date', 'sector', 'dataClasses'],
  properties: {
    name: { type: 'string' },
    date: { type: ['string', 'null'], format: 'date' },
    sector: { type: 'string', enum: SECTORS },
    dataClasses: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const breachSchema = {
  type: 'object',
  required: ['name', 'date', 'sector', 'dataClasses', 'description', 'flags', 'records', 'identifiers', 'files', 'addedAt'],
  properties: {
    ...breachSummarySchema.properties,
    dataClasses: { type: 'object', additionalProperties: { type: 'integer' } },
    description: { type: 'string' },
    flags: { type: 'array', items: { type: 'string' } },
    records: { type: 'integer' },
    identifiers: { type: 'object', additionalProperties: { type: 'integer' } },
    files: { type: 'integer' },
    addedAt: { type: 'string' },
  },
} as const;

export const checkBodySchema = {
  type: 'object',
  required: ['identifier'],
  additionalProperties: false,
  properties: {
    identifier: { type: 'string', minLength: 1, maxLength: 320 },
    kind: { type: 'string', enum: IDENTIFIER_KINDS },
  },
} as const;

export const checkAnswerSchema = {
  type: 'object',
  required: ['kind', 'breaches', 'sensitiveCount'],
  properties: {
    kind: { type: 'string', enum: IDENTIFIER_KINDS },
    breaches: { type: 'array', items: breachSummarySchema },
    /** Breaches flagged sensitive that hold the identifier: shown only as a count until the owner is verified. */
    sensitiveCount: { type: 'integer' },
    /** Present (true) when a token from /api/v1/verify/confirm for this identifier came with the check: sensitive breaches are listed too. */
    verified: { type: 'boolean' },
  },
} as const;

export const verifyStartBodySchema = checkBodySchema;

export const verifyStartAnswerSchema = {
  type: 'object',
  required: ['sent', 'expiresIn'],
  properties: { sent: { type: 'boolean' }, expiresIn: { type: 'integer', description: 'seconds the code is good for' } },
} as const;

export const verifyConfirmBodySchema = {
  ...checkBodySchema,
  required: ['identifier', 'code'],
  properties: { ...checkBodySchema.properties, code: { type: 'string', pattern: '^[0-9]{6}$' } },
} as const;

export const verifyConfirmAnswerSchema = {
  type: 'object',
  required: ['token', 'expiresIn'],
  properties: { token: { type: 'string', description: 'send as Authorization: Bearer on /api/v1/check' }, expiresIn: { type: 'integer', description: 'seconds the token is good for' } },
} as const;

const countTable = { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } } } as const;

export const statsSchema = {
  type: 'object',
  required: ['breaches', 'records', 'bySector', 'byDataClass', 'byYear', 'uniqueIdentifiers'],
  properties: {
    breaches: { type: 'integer' },
    records: { type: 'integer' },
    bySector: countTable,
    byDataClass: countTable,
    byYear: countTable,
    uniqueIdentifiers: { type: 'object', additionalProperties: { type: 'integer' } },
  },
} as const;

/** The error answers every route may give. */
export const errorResponses = { 400: errorSchema, 413: errorSchema, 429: errorSchema } as const;
