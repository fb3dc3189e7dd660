import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * One log line per request, when it completes, holding what Fastify's two lines ("incoming request", "request
 * completed") hold: method, URL, client address, status and response time (never a body, so no identifier in
 * a check). The fields are flat strings and numbers: pino writes those without Fastify's request and reply
 * serialisers building and stringifying an object each. Errors are logged as Fastify logs them.
 */
export class AccessLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error || this.isLogDisabled(request)) return super.requestCompleted(error, request, reply);
    request.log.info({ method: request.method, url: request.url, remoteAddress: request.ip, statusCode: reply.statusCode, responseTime: reply.elapsedTime }, 'request completed');
  }
}
