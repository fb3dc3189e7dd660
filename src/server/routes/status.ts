import type { FastifyInstance } from 'fastify';
import type { IdentifierKind } from '../../identity/kinds.js';
import { errorResponses } from '../schemas.js';

/** A store filled with synthetic records for a demonstration, and identifiers in it worth trying. */
export interface DemoInfo {
  examples: { identifier: string; kind: IdentifierKind; note: string }[];
}

export interface StatusDeps {
  backend: string;
  demo: DemoInfo | null;
  email: boolean;
  sms: boolean;
}

const statusSchema = {
  type: 'object',
  required: ['backend', 'demo', 'examples', 'verification'],
  properties: {
    backend: { type: 'string' },
    demo: { type: 'boolean', description: 'true when the store holds only synthetic demonstration data' },
    examples: {
      type: 'array',
      description: 'synthetic identifiers to try (demo only)',
      items: { type: 'object', required: ['identifier', 'kind', 'note'], properties: { identifier: { type: 'string' }, kind: { type: 'string' }, note: { type: 'string' } } },
    },
    verification: {
      type: 'object',
      required: ['email', 'sms'],
      properties: { email: { type: 'boolean' }, sms: { type: 'boolean' } },
      description: 'which kinds of one-time code this server can send',
    },
  },
} as const;

/** GET /api/v1/status: what this server holds and can do, so a page can say "demo data" and offer only what works. */
export function statusRoute(app: FastifyInstance, deps: StatusDeps): void {
  const answer = { backend: deps.backend, demo: deps.demo !== null, examples: deps.demo?.examples ?? [], verification: { email: deps.email, sms: deps.sms } };
  app.get('/api/v1/status', { schema: { summary: 'Whether the data is a demonstration, and which verification channels work', response: { 200: statusSchema, ...errorResponses } } }, () => answer);
}
