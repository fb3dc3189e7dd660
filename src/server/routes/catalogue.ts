import type { FastifyInstance } from 'fastify';
import type { ExposureStore } from '../../store/types.js';
import { HttpError } from '../errors.js';
import { breachSchema, errorResponses, statsSchema } from '../schemas.js';

/** GET /api/v1/breaches, /api/v1/breaches/{name} and /api/v1/stats: the catalogue and its totals. */
export function catalogueRoutes(app: FastifyInstance, store: ExposureStore): void {
  app.get('/api/v1/breaches', { schema: { summary: 'The breach catalogue', response: { 200: { type: 'array', items: breachSchema }, ...errorResponses } } }, () => store.breaches());
  app.get<{ Params: { name: string } }>(
    '/api/v1/breaches/:name',
    { schema: { summary: 'One breach', params: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 200 } } }, response: { 200: breachSchema, 404: errorResponses[400], ...errorResponses } } },
    async (request) => {
      const breach = await store.breach(request.params.name);
      if (breach === null) throw new HttpError(404, 'NO_SUCH_BREACH', 'no breach by that name');
      return breach;
    },
  );
  app.get('/api/v1/stats', { schema: { summary: 'Totals by sector, data class and year; unique identifiers per kind', response: { 200: statsSchema, ...errorResponses } } }, () => store.stats());
}
