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
}

export const DEFAULT_CONFIG: ServerConfig = {
  host: '127.0.0.1',
  port: 8080,
  bodyLimit: 4 * 1024,
  clientLimit: { max: 60, windowMs: 60_000 },
  identifierLimit: { max: 10, windowMs: 60 * 60_000 },
  trustProxy: false,
};

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${JSON.stringify(value)}`);
  return n;
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
  };
}
