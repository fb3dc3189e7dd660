// The page's side of the HTTP API (/api/v1). The server owns the shapes; these types mirror its answers.
import type { Breach, Stats } from '../../src/store/types.js';

export type { Breach, Stats };
export type Kind = 'phone' | 'id' | 'email' | 'username' | 'card';
export const KINDS: readonly Kind[] = ['phone', 'id', 'email', 'username', 'card'];

export interface BreachSummary {
  name: string;
  date: string | null;
  sector: string;
  dataClasses: string[];
}

export interface CheckAnswer {
  kind: Kind;
  breaches: BreachSummary[];
  sensitiveCount: number;
  verified?: boolean;
}

export interface Status {
  backend: string;
  demo: boolean;
  examples: { identifier: string; kind: Kind; note: string }[];
  verification: { email: boolean; sms: boolean };
}

/** An answer that is not a success: the API's code (or NETWORK), its message, and Retry-After in seconds. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: { body?: unknown; token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let res: Response;
  try {
    res = await fetch(path, { method: init.body === undefined ? 'GET' : 'POST', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'the server cannot be reached');
  }
  const data = await res.json().catch(() => null);
  if (res.ok && data !== null) return data as T;
  const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
  const retry = Number(res.headers.get('retry-after'));
  throw new ApiError(res.status, error?.code ?? `HTTP_${res.status}`, error?.message ?? res.statusText, Number.isFinite(retry) && retry > 0 ? retry : null);
}

export const api = {
  status: () => call<Status>('/api/v1/status'),
  check: (identifier: string, kind: Kind | undefined, token?: string) => call<CheckAnswer>('/api/v1/check', { body: { identifier, ...(kind ? { kind } : {}) }, token }),
  verifyStart: (identifier: string, kind: Kind) => call<{ sent: boolean; expiresIn: number }>('/api/v1/verify/start', { body: { identifier, kind } }),
  verifyConfirm: (identifier: string, kind: Kind, code: string) => call<{ token: string; expiresIn: number }>('/api/v1/verify/confirm', { body: { identifier, kind, code } }),
  breaches: () => call<Breach[]>('/api/v1/breaches'),
  breach: (name: string) => call<Breach>(`/api/v1/breaches/${encodeURIComponent(name)}`),
  stats: () => call<Stats>('/api/v1/stats'),
};
