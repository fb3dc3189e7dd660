/** A server setting (an environment variable or a config file's entry) with a bad value; the message names it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** How the server runs; every field has a default and can be set from the environment (see README). */
export interface ServerConfig {
  host: string;
  port: number;
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Requests per client (IP address) per window, on every route. */
  clientLimit: { max: number; windowMs: number };
  /** Checks of one identifier per window, whoever asks: a brake on enumeration. */
  identifierLimit: { max: number; windowMs: number };
  /** Behind a TLS-terminating proxy: take the client address from X-Forwarded-For (the proxy's hops to trust). */
  trustProxy: boolean | number;
  /** Ownership verification by one-time code (see src/server/verify/). */
  verify: VerifyConfig;
  /** Where verification e-mail goes out; null: e-mail cannot be verified. */
  smtp: SmtpConfig | null;
  /** `'log'`: the development sink writes text messages to the log instead of sending them; null: phones cannot be verified. */
  sms: 'log' | null;
  /** Origins (`https://example.org`) whose pages may call the API from a browser; none by default (no CORS). */
  cors: string[];
}

export interface VerifyConfig {
  /** How long a one-time code is good for. */
  codeTtlMs: number;
  /** Wrong codes allowed per code before it is refused. */
  maxAttempts: number;
  /** Codes sent to one identifier per window, whoever asks. */
  startLimit: { max: number; windowMs: number };
  /** How long the token a confirmed code buys is good for. */
  tokenTtlMs: number;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  pass?: string;
  /** The sender address. */
  from: string;
}

export const DEFAULT_CONFIG: ServerConfig = {
  host: '127.0.0.1',
  port: 8080,
  bodyLimit: 4 * 1024,
  clientLimit: { max: 60, windowMs: 60_000 },
  identifierLimit: { max: 10, windowMs: 60 * 60_000 },
  trustProxy: false,
  verify: { codeTtlMs: 10 * 60_000, maxAttempts: 5, startLimit: { max: 5, windowMs: 60 * 60_000 }, tokenTtlMs: 15 * 60_000 },
  smtp: null,
  sms: null,
  cors: [],
};

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number >= 0, got ${JSON.stringify(value)}`);
  return n;
}

function smtpFromEnv(env: NodeJS.ProcessEnv, base: SmtpConfig | null): SmtpConfig | null {
  if (!env.LEAKHOUND_SMTP_HOST) return base;
  const secure = env.LEAKHOUND_SMTP_SECURE === 'true';
  const from = env.LEAKHOUND_SMTP_FROM || base?.from;
  if (!from) throw new ConfigError('LEAKHOUND_SMTP_FROM (the sender address) must be set with LEAKHOUND_SMTP_HOST');
  return {
    host: env.LEAKHOUND_SMTP_HOST,
    port: integer('LEAKHOUND_SMTP_PORT', env.LEAKHOUND_SMTP_PORT, secure ? 465 : 587),
    secure,
    user: env.LEAKHOUND_SMTP_USER || undefined,
    pass: env.LEAKHOUND_SMTP_PASS || undefined,
    from,
  };
}

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** Origins allowed to call the API cross-origin: exact `scheme://host[:port]` values, no wildcard. */
export function corsOrigins(name: string, values: readonly unknown[]): string[] {
  for (const value of values) {
    if (typeof value !== 'string' || !ORIGIN.test(value)) throw new ConfigError(`${name} takes origins such as https://example.org (scheme, host and port only), got ${JSON.stringify(value)}`);
  }
  return values as string[];
}

function corsFromEnv(value: string | undefined, base: string[]): string[] {
  if (value === undefined || value === '') return base;
  return corsOrigins('LEAKHOUND_CORS_ORIGINS', value.split(',').map((origin) => origin.trim()));
}

function smsFromEnv(value: string | undefined, base: ServerConfig['sms']): ServerConfig['sms'] {
  if (value === undefined || value === '') return base;
  if (value === 'log') return 'log';
  throw new ConfigError(`LEAKHOUND_SMS must be "log" (the development sink), got ${JSON.stringify(value)}`);
}

/** The configuration from LEAKHOUND_* environment variables over the defaults. */
export function configFromEnv(env: NodeJS.ProcessEnv, base: ServerConfig = DEFAULT_CONFIG): ServerConfig {
  const proxy = env.LEAKHOUND_TRUST_PROXY;
  return {
    host: env.LEAKHOUND_HOST || base.host,
    port: integer('LEAKHOUND_PORT', env.LEAKHOUND_PORT, base.port),
    bodyLimit: integer('LEAKHOUND_BODY_LIMIT', env.LEAKHOUND_BODY_LIMIT, base.bodyLimit),
    clientLimit: {
      max: integer('LEAKHOUND_CLIENT_LIMIT', env.LEAKHOUND_CLIENT_LIMIT, base.clientLimit.max),
      windowMs: integer('LEAKHOUND_CLIENT_WINDOW_MS', env.LEAKHOUND_CLIENT_WINDOW_MS, base.clientLimit.windowMs),
    },
    identifierLimit: {
      max: integer('LEAKHOUND_IDENTIFIER_LIMIT', env.LEAKHOUND_IDENTIFIER_LIMIT, base.identifierLimit.max),
      windowMs: integer('LEAKHOUND_IDENTIFIER_WINDOW_MS', env.LEAKHOUND_IDENTIFIER_WINDOW_MS, base.identifierLimit.windowMs),
    },
    trustProxy: proxy === undefined || proxy === '' ? base.trustProxy : proxy === 'true' ? true : integer('LEAKHOUND_TRUST_PROXY', proxy, 0),
    verify: {
      codeTtlMs: integer('LEAKHOUND_VERIFY_CODE_TTL_MS', env.LEAKHOUND_VERIFY_CODE_TTL_MS, base.verify.codeTtlMs),
      maxAttempts: integer('LEAKHOUND_VERIFY_ATTEMPTS', env.LEAKHOUND_VERIFY_ATTEMPTS, base.verify.maxAttempts),
      startLimit: {
        max: integer('LEAKHOUND_VERIFY_START_LIMIT', env.LEAKHOUND_VERIFY_START_LIMIT, base.verify.startLimit.max),
        windowMs: integer('LEAKHOUND_VERIFY_START_WINDOW_MS', env.LEAKHOUND_VERIFY_START_WINDOW_MS, base.verify.startLimit.windowMs),
      },
      tokenTtlMs: integer('LEAKHOUND_VERIFY_TOKEN_TTL_MS', env.LEAKHOUND_VERIFY_TOKEN_TTL_MS, base.verify.tokenTtlMs),
    },
    smtp: smtpFromEnv(env, base.smtp),
    sms: smsFromEnv(env.LEAKHOUND_SMS, base.sms),
    cors: corsFromEnv(env.LEAKHOUND_CORS_ORIGINS, base.cors),
  };
}
