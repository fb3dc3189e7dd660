import { ConfigError, corsOrigins, DEFAULT_CONFIG, type ServerConfig, type SmtpConfig } from './config.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` laid over `base`, whose shape it must keep: every name known, every number whole and >= 0. */
function overlay<T extends Json>(base: T, value: unknown, path: string): T {
  if (!isObject(value)) throw new ConfigError(`${path} must be an object`);
  const out: Json = { ...base };
  for (const [name, given] of Object.entries(value)) {
    const where = `${path}.${name}`;
    if (!(name in base)) throw new ConfigError(`${where} is not a setting (known: ${Object.keys(base).join(', ')})`);
    const known = base[name];
    if (isObject(known)) out[name] = overlay(known, given, where);
    else if (typeof known === 'number' && !(typeof given === 'number' && Number.isSafeInteger(given) && given >= 0)) throw new ConfigError(`${where} must be a whole number >= 0`);
    else if (typeof known !== 'number' && typeof given !== typeof known) throw new ConfigError(`${where} must be a ${typeof known}`);
    else out[name] = given;
  }
  return out as T;
}

function smtpFrom(value: unknown, path: string): SmtpConfig | null {
  if (value === null) return null;
  const defaults: Json = { host: '', port: 587, secure: false, user: '', pass: '', from: '' };
  const smtp = overlay(defaults, value, path);
  if (!smtp.host || !smtp.from) throw new ConfigError(`${path} needs "host" and "from" (the sender address)`);
  return { host: smtp.host as string, port: smtp.port as number, secure: smtp.secure as boolean, user: (smtp.user as string) || undefined, pass: (smtp.pass as string) || undefined, from: smtp.from as string };
}

/**
 * The server settings of a config file (its "server" section) over `base`: the names and nesting of
 * ServerConfig (see README); an unknown name or a value of the wrong type is a ConfigError naming it.
 */
export function configFromObject(value: unknown, base: ServerConfig = DEFAULT_CONFIG, path = 'server'): ServerConfig {
  if (!isObject(value)) throw new ConfigError(`${path} must be an object`);
  const { trustProxy, smtp, sms, cors, ...plain } = value;
  const { trustProxy: baseProxy, smtp: baseSmtp, sms: baseSms, cors: baseCors, ...plainBase } = base;
  const config = { ...base, ...overlay(plainBase, plain, path) } as ServerConfig;
  if (trustProxy !== undefined) {
    if (typeof trustProxy !== 'boolean' && !(typeof trustProxy === 'number' && Number.isSafeInteger(trustProxy) && trustProxy >= 0)) throw new ConfigError(`${path}.trustProxy must be true, false or a number of proxies`);
    config.trustProxy = trustProxy;
  } else config.trustProxy = baseProxy;
  config.smtp = smtp === undefined ? baseSmtp : smtpFrom(smtp, `${path}.smtp`);
  if (sms !== undefined && sms !== null && sms !== 'log') throw new ConfigError(`${path}.sms must be "log" (the development sink) or null`);
  config.sms = sms === undefined ? baseSms : (sms as 'log' | null);
  if (cors !== undefined && !Array.isArray(cors)) throw new ConfigError(`${path}.cors must be a list of origins`);
  config.cors = cors === undefined ? baseCors : corsOrigins(`${path}.cors`, cors);
  return config;
}
