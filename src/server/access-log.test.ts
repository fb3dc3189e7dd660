import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { AccessLog } from './access-log.js';

describe('AccessLog', () => {
  it('logs one line per request when it completes, with method, URL, client, status and time', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({ write: (chunk, _enc, next) => (lines.push(JSON.parse(String(chunk))), next()) });
    const app = Fastify({ logger: { level: 'info', stream }, logController: new AccessLog() });
    app.post('/echo', async (request) => request.body);
    app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: 'no such route' })); // as the server's
    app.get('/fails', async () => {
      throw new Error('broken');
    });
    try {
      await app.inject({ method: 'POST', url: '/echo', payload: { identifier: '13800138000' } });
      await app.inject({ method: 'GET', url: '/nowhere' });
      const requests = lines.filter((line) => line.reqId !== undefined);
      assert.deepEqual(requests.map((line) => line.msg), ['request completed', 'request completed']);
      assert.deepEqual(requests.map((line) => [line.method, line.url, line.remoteAddress, line.statusCode]), [['POST', '/echo', '127.0.0.1', 200], ['GET', '/nowhere', '127.0.0.1', 404]]);
      assert.ok(requests.every((line) => typeof line.responseTime === 'number'));
      assert.ok(!JSON.stringify(lines).includes('13800138000'), 'a body was logged');
      lines.length = 0;
      await app.inject({ method: 'GET', url: '/fails' });
      assert.ok(lines.some((line) => line.level === 50 && (line.err as { message: string }).message === 'broken'), 'a server error is still logged as one');
    } finally {
      await app.close();
    }
  });
});
