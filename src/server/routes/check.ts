import type { FastifyInstance } from 'fastify';
import { canonical, guessKind } from '../../identity/canonical.js';
import type { IdentifierKind } from '../../identity/kinds.js';
import type { Keyer } from '../../identity/prf.js';
import type { ExposureStore } from '../../store/types.js';
import { HttpError } from '../errors.js';
import type { IdentifierLimit } from '../identifier-limit.js';
import { checkAnswerSchema, checkBodySchema, errorResponses } from '../schemas.js';

export interface CheckDeps {
  store: ExposureStore;
  keyer: Keyer;
  identifierLimit: IdentifierLimit;
}

/**
 * POST /api/v1/check: which breaches hold an identifier. Breaches flagged sensitive are only counted: naming
 * them would tell anyone who types a number which sensitive service its owner used.
 */
export function checkRoute(app: FastifyInstance, deps: CheckDeps): void {
  app.post<{ Body: { identifier: string; kind?: IdentifierKind } }>(
    '/api/v1/check',
    { schema: { summary: 'Which breaches hold a phone number, ID number, e-mail, username or card number', body: checkBodySchema, response: { 200: checkAnswerSchema, ...errorResponses } } },
    async (request) => {
      const { identifier } = request.body;
      const kind = request.body.kind ?? guessKind(identifier);
      const value = canonical(kind, identifier);
      if (value === null) throw new HttpError(400, 'INVALID_IDENTIFIER', `not a valid ${kind}`);
      const key = deps.keyer.keyOf(kind, value);
      const wait = deps.identifierLimit.take(`${kind}:${key.toString('hex')}`);
      if (wait > 0) throw new HttpError(429, 'IDENTIFIER_RATE_LIMITED', 'this identifier was checked too often; try again later', { 'retry-after': String(wait) });
      const [names] = await deps.store.lookup([{ kind, key }]);
      const found = (await Promise.all(names.map((name) => deps.store.breach(name)))).filter((b) => b !== null);
      const open = found.filter((b) => !b.flags.includes('sensitive'));
      return {
        kind,
        breaches: open.map((b) => ({ name: b.name, date: b.date, sector: b.sector, dataClasses: Object.keys(b.dataClasses).sort() })),
        sensitiveCount: found.length - open.length,
      };
    },
  );
}
