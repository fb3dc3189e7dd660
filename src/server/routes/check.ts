import type { FastifyInstance } from 'fastify';
import type { IdentifierKind } from '../../identity/kinds.js';
import type { Keyer } from '../../identity/prf.js';
import type { Breach, ExposureStore } from '../../store/types.js';
import { HttpError } from '../errors.js';
import type { IdentifierLimit } from '../identifier-limit.js';
import { identify } from '../identify.js';
import { checkAnswerSchema, checkBodySchema, errorResponses, errorSchema } from '../schemas.js';
import type { TokenSigner, TokenSubject } from '../verify/tokens.js';

export interface CheckDeps {
  store: ExposureStore;
  keyer: Keyer;
  identifierLimit: IdentifierLimit;
  tokens: TokenSigner;
}

const BEARER = /^Bearer +(\S+)$/i;

/** The subject of the request's bearer token, null without one; 401 `INVALID_TOKEN` for a bad or expired one. */
function bearer(tokens: TokenSigner, header: string | undefined): TokenSubject | null {
  if (header === undefined) return null;
  const token = BEARER.exec(header)?.[1];
  const subject = token === undefined ? null : tokens.verify(token);
  if (subject === null) throw new HttpError(401, 'INVALID_TOKEN', 'the token is invalid or expired; verify again');
  return subject;
}

type BreachSummary = Readonly<Pick<Breach, 'name' | 'date' | 'sector'> & { dataClasses: readonly string[] }>;

/** A breach as a check lists it, made once per catalogue object (a store hands out the same ones until it reads its catalogue again). */
const summaries = new WeakMap<Breach, BreachSummary>();

function summaryOf(breach: Breach): BreachSummary {
  let summary = summaries.get(breach);
  if (summary === undefined) {
    summary = Object.freeze({ name: breach.name, date: breach.date, sector: breach.sector, dataClasses: Object.freeze(Object.keys(breach.dataClasses).sort()) });
    summaries.set(breach, summary);
  }
  return summary;
}

/**
 * POST /api/v1/check: which breaches hold an identifier. Breaches flagged sensitive are only counted: naming
 * them would tell anyone who types a number which sensitive service its owner used. With a token from
 * /api/v1/verify/confirm for the same identifier they are listed too; a token for another identifier changes nothing.
 */
export function checkRoute(app: FastifyInstance, deps: CheckDeps): void {
  app.post<{ Body: { identifier: string; kind?: IdentifierKind } }>(
    '/api/v1/check',
    { schema: { summary: 'Which breaches hold a phone number, ID number, e-mail, username or card number', body: checkBodySchema, response: { 200: checkAnswerSchema, 401: errorSchema, ...errorResponses } } },
    async (request) => {
      const subject = bearer(deps.tokens, request.headers.authorization);
      const { kind, key, id } = identify(deps.keyer, request.body.identifier, request.body.kind);
      const verified = subject !== null && subject.kind === kind && subject.key === key.toString('hex');
      const wait = deps.identifierLimit.take(id);
      if (wait > 0) throw new HttpError(429, 'IDENTIFIER_RATE_LIMITED', 'this identifier was checked too often; try again later', { 'retry-after': String(wait) });
      const [names] = await deps.store.lookup([{ kind, key }]);
      const breaches: BreachSummary[] = [];
      let sensitiveCount = 0;
      // Most checks find nothing: the catalogue is not asked then.
      for (const breach of names.length === 0 ? [] : await Promise.all(names.map((name) => deps.store.breach(name)))) {
        if (breach === null) continue;
        const sensitive = breach.flags.includes('sensitive');
        if (sensitive) sensitiveCount++;
        if (verified || !sensitive) breaches.push(summaryOf(breach));
      }
      return { kind, breaches, sensitiveCount, ...(verified ? { verified } : {}) };
    },
  );
}
