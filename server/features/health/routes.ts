import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';

const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number() }),
});

export const healthRoutes = async (app: App) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Readiness, including the database',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      const { database } = app.ctx;
      const ok = await database.db
        .execute(sql`select 1`)
        .then(() => true)
        .catch(() => false);
      const body = {
        status: ok ? ('ok' as const) : ('unavailable' as const),
        database: { kind: database.kind, ok, latencyMs: Math.round((performance.now() - started) * 10) / 10 },
      };
      return reply.code(ok ? 200 : 503).send(body);
    },
  );
};
