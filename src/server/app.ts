import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import helmet from 'helmet';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Keyer } from '../identity/prf.js';
import type { ExposureStore } from '../store/types.js';
import type { ServerConfig } from './config.js';
import { AccessLog } from './access-log.js';
import { corsFor } from './cors.js';
import { HttpError, type ErrorBody } from './errors.js';
import { IdentifierLimit } from './identifier-limit.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { checkRoute } from './routes/check.js';
import { statusRoute, type DemoInfo } from './routes/status.js';
import { verifyRoutes } from './routes/verify.js';
import { headersSetBy } from './security-headers.js';
import { CodeBook } from './verify/codes.js';
import { LogSmsSink, SmtpEmailSender } from './verify/senders.js';
import type { PendingStore } from './verify/codes.js';
import type { ServerSecrets } from './verify/secrets.js';
import { TokenSigner } from './verify/tokens.js';
import { isApiRequest, sendPage, wantsPage, webRoutes } from './web.js';

export interface ServerDeps {
  store: ExposureStore;
  keyer: Keyer;
  config: ServerConfig;
  /** Fastify's logger option: pino settings, a pino instance, or false. Request bodies are never logged. */
  logger?: FastifyServerOptions['logger'];
  /** The clock of codes, tokens and identifier limits, in ms (tests move it). */
  now?: () => number;
  /** Keys derived from the server key: tokens and codes then hold across server processes (random keys otherwise). */
  secrets?: ServerSecrets;
  /** Where pending one-time codes live (this process's memory by default). */
  pending?: PendingStore;
  /** The built web app's folder (`dist/web`); API only when absent or not built. */
  webRoot?: string;
  /** Set when the store holds synthetic demonstration data: the page then says so on every view. */
  demo?: DemoInfo;
}

/**
 * helmet's headers (a strict Content-Security-Policy among them), taken from its middleware once: they depend on
 * no request, and running its chain per request (the Fastify plugin even rebuilds it) showed in profiles of the
 * check route. No upgrade-insecure-requests: every request of the page is same-origin, and on a plain-HTTP
 * loopback server it would send them to https.
 */
const SECURITY_HEADERS = headersSetBy(helmet({
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], upgradeInsecureRequests: null } },
}));

/** Trust the nearest `hops` proxies' X-Forwarded-For entries. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

function body(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Fastify's own errors as API errors. Their messages can quote the request (a JSON parse error does), so they are replaced. */
function fromFastify(err: FastifyError): HttpError {
  if (err.validation) return new HttpError(400, 'INVALID_REQUEST', `${err.validationContext ?? 'request'}${err.validation[0]?.instancePath ?? ''} ${err.validation[0]?.message ?? 'is invalid'}`);
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'BODY_TOO_LARGE', 'the request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send JSON (Content-Type: application/json)');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'INVALID_JSON', 'the request body is not valid JSON');
    default:
      if ((err.statusCode ?? 500) < 500) return new HttpError(err.statusCode!, 'BAD_REQUEST', 'the request is malformed');
      return new HttpError(500, 'INTERNAL', 'something went wrong on our side');
  }
}

/**
 * The HTTP API over an exposure store. Strict security headers, no CORS, a per-client rate limit on every route,
 * a per-identifier limit on checks, small bodies, and errors as `{"error":{"code","message"}}` with a 4xx status.
 */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger ?? false,
    logController: new AccessLog(),
    bodyLimit: config.bodyLimit,
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  });
  app.addHook('onRequest', (_request, reply, next) => (reply.headers(SECURITY_HEADERS), next()));
  await corsFor(app, config.cors);
  await app.register(rateLimit, {
    max: config.clientLimit.max,
    timeWindow: config.clientLimit.windowMs,
    allowList: (request) => !isApiRequest(request),
    // No X-RateLimit-* headers on answers within the limit: counts are per server process, so they would show a
    // client its share rather than its limit, and they were three more headers to write on every answer.
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, ...body('RATE_LIMITED', `too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`) }),
  });
  await app.register(swagger, {
    openapi: { openapi: '3.0.3', info: { title: 'Leakhound API', version: '1' }, servers: [] },
  });
  app.setErrorHandler((err: FastifyError | HttpError, _request, reply) => {
    const error = err instanceof HttpError ? err : (err as FastifyError).statusCode === 429 ? new HttpError(429, 'RATE_LIMITED', err.message) : fromFastify(err as FastifyError);
    if (error.status >= 500) app.log.error({ code: (err as FastifyError).code ?? 'UNKNOWN' }, 'request failed');
    return reply.status(error.status).headers(error.headers).send(body(error.code, error.message));
  });
  const page = deps.webRoot !== undefined && (await webRoutes(app, deps.webRoot));
  if (deps.webRoot !== undefined && !page) app.log.warn('the web app is not built (npm run build): serving the API only');
  app.setNotFoundHandler((request, reply) => (page && wantsPage(request) ? sendPage(reply) : reply.status(404).send(body('NOT_FOUND', 'no such route'))));
  const now = deps.now ?? Date.now;
  const identifierLimit = new IdentifierLimit(config.identifierLimit.max, config.identifierLimit.windowMs, now);
  const tokens = new TokenSigner(config.verify.tokenTtlMs, now, deps.secrets?.tokenKey);
  checkRoute(app, { store: deps.store, keyer: deps.keyer, identifierLimit, tokens });
  const email = config.smtp && new SmtpEmailSender(config.smtp);
  if (email) app.addHook('onClose', async () => email.close());
  if (config.sms === 'log') app.log.warn('the development SMS sink is on: text messages go to this log, not to phones');
  verifyRoutes(app, {
    keyer: deps.keyer,
    codes: new CodeBook(config.verify.codeTtlMs, config.verify.maxAttempts, now, deps.pending, deps.secrets?.codeKey),
    tokens,
    startLimit: new IdentifierLimit(config.verify.startLimit.max, config.verify.startLimit.windowMs, now),
    email,
    sms: config.sms === 'log' ? new LogSmsSink(app.log) : null,
  });
  catalogueRoutes(app, deps.store);
  statusRoute(app, { backend: deps.store.backend, demo: deps.demo ?? null, email: email !== null, sms: config.sms === 'log' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  return app;
}
