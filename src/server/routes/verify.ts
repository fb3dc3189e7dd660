import type { FastifyInstance } from 'fastify';
import { guessKind } from '../../identity/canonical.js';
import type { IdentifierKind } from '../../identity/kinds.js';
import type { Keyer } from '../../identity/prf.js';
import { HttpError } from '../errors.js';
import type { IdentifierLimit } from '../identifier-limit.js';
import { identify, type Identified } from '../identify.js';
import { errorResponses, errorSchema, verifyConfirmAnswerSchema, verifyConfirmBodySchema, verifyStartAnswerSchema, verifyStartBodySchema } from '../schemas.js';
import type { CodeBook } from '../verify/codes.js';
import type { EmailSender, SmsSender } from '../verify/senders.js';
import type { TokenSigner } from '../verify/tokens.js';

export interface VerifyDeps {
  keyer: Keyer;
  codes: CodeBook;
  tokens: TokenSigner;
  /** Codes sent per identifier: each start mails or texts a person, and buys `maxAttempts` guesses. */
  startLimit: IdentifierLimit;
  email: EmailSender | null;
  sms: SmsSender | null;
}

type Body = { identifier: string; kind?: IdentifierKind };

type Verifiable = 'phone' | 'email';

/** The identifier of a verify request; only a phone number or e-mail address can receive a code. */
function verifiable(keyer: Keyer, body: Body): Identified & { kind: Verifiable } {
  const kind = body.kind ?? guessKind(body.identifier);
  if (kind !== 'phone' && kind !== 'email') throw new HttpError(400, 'NOT_VERIFIABLE', 'only a phone number or an e-mail address can be verified');
  return { ...identify(keyer, body.identifier, kind), kind };
}

const seconds = (ms: number) => Math.ceil(ms / 1000);

/**
 * POST /api/v1/verify/start and /confirm: a person proves they hold a phone number or e-mail address with a
 * one-time code sent there, and gets a short-lived token with which a check of that identifier lists sensitive breaches.
 */
export function verifyRoutes(app: FastifyInstance, deps: VerifyDeps): void {
  const minutes = Math.round(deps.codes.ttlMs / 60_000);
  const { email, sms } = deps;
  const deliver: Record<Verifiable, ((to: string, code: string) => Promise<void>) | null> = {
    email: email && ((to, code) => email.send(to, 'Your Leakhound verification code', `Your Leakhound verification code is ${code}. It expires in ${minutes} minutes.\n\nIf you did not ask for it, ignore this message: without the code nobody sees more.\n`)),
    phone: sms && ((to, code) => sms.send(to, `Leakhound code: ${code} (expires in ${minutes} min)`)),
  };
  app.post<{ Body: Body }>(
    '/api/v1/verify/start',
    { schema: { summary: 'Send a one-time code to a phone number (SMS) or e-mail address', body: verifyStartBodySchema, response: { 200: verifyStartAnswerSchema, 502: errorSchema, 503: errorSchema, ...errorResponses } } },
    async (request) => {
      const who = verifiable(deps.keyer, request.body);
      const send = deliver[who.kind];
      if (send === null) throw who.kind === 'email' ? new HttpError(503, 'EMAIL_UNAVAILABLE', 'this server cannot send e-mail') : new HttpError(503, 'SMS_UNAVAILABLE', 'this server cannot send text messages');
      const wait = deps.startLimit.take(who.id);
      if (wait > 0) throw new HttpError(429, 'IDENTIFIER_RATE_LIMITED', 'too many codes were sent to this identifier; try again later', { 'retry-after': String(wait) });
      try {
        await send(who.value, deps.codes.issue(who.id));
      } catch (err) {
        request.log.error({ code: (err as { code?: unknown }).code ?? 'UNKNOWN' }, 'sending a verification code failed'); // the error's message may quote the address
        throw new HttpError(502, 'SEND_FAILED', 'the code could not be sent; try again later');
      }
      return { sent: true, expiresIn: seconds(deps.codes.ttlMs) };
    },
  );
  app.post<{ Body: Body & { code: string } }>(
    '/api/v1/verify/confirm',
    { schema: { summary: 'Trade a one-time code for a short-lived token (Authorization: Bearer on /api/v1/check)', body: verifyConfirmBodySchema, response: { 200: verifyConfirmAnswerSchema, ...errorResponses } } },
    async (request) => {
      const who = verifiable(deps.keyer, request.body);
      const result = deps.codes.confirm(who.id, request.body.code);
      if (!result.ok) {
        if (result.reason === 'expired') throw new HttpError(400, 'CODE_EXPIRED', 'no code is waiting for this identifier, or it expired; ask for a new one');
        if (result.reason === 'too-many') throw new HttpError(429, 'TOO_MANY_ATTEMPTS', 'too many wrong codes; ask for a new one');
        throw new HttpError(400, 'WRONG_CODE', `wrong code; ${result.attemptsLeft} attempt(s) left`);
      }
      return { token: deps.tokens.issue({ kind: who.kind, key: who.key.toString('hex') }), expiresIn: seconds(deps.tokens.ttlMs) };
    },
  );
}
