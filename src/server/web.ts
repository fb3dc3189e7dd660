import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Vite names assets by content hash, so they never change; the page itself must be asked for again. */
function cacheHeaders(res: { setHeader(name: string, value: string): void }, path: string): void {
  res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** The built web app (`dist/web`) at `/`, false when it is not built. */
export async function webRoutes(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: true, index: 'index.html', cacheControl: false, setHeaders: cacheHeaders });
  return true;
}

/**
 * The app's own paths (`/breaches/…`, `/stats`, …) are routes of the page, not files: a browser asking for one
 * gets the page. Everything else unknown is the API's 404.
 */
/** The page's own files are not API calls: the per-client API limit does not count them. */
export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

export function wantsPage(request: FastifyRequest): boolean {
  return request.method === 'GET' && !isApiRequest(request) && (request.headers.accept ?? '').includes('text/html');
}

export function sendPage(reply: FastifyReply): FastifyReply {
  return reply.type('text/html; charset=utf-8').sendFile('index.html');
}
