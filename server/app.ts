import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sessionPlugin } from './auth/session-plugin.ts';
import type { AppContext } from './context.ts';
import { healthRoutes } from './features/health/routes.ts';
import { featureRoutes } from './features/index.ts';
import { sessionRoutes } from './features/session/routes.ts';
import type { App } from './http/app-types.ts';
import { errorHandler, sendDomainError } from './http/errors.ts';
import { httpServerOptions, requestArrivalPlugin } from './http/limits.ts';
import { rateLimitPlugin } from './http/rate-limit.ts';

export interface BuildOptions {
  logger?: boolean | object;
}

/**
 * Builds the HTTP application: external plugins, then our cross-cutting plugins (session, access, errors), then
 * one route module per feature. Nothing here listens or starts jobs; main.ts does that.
 */
export const buildApp = async (ctx: AppContext, options: BuildOptions = {}): Promise<App> => {
  const app = Fastify({
    logger: options.logger ?? false,
    // A slow client cannot hold a connection for ever: timeouts and body limits in http/limits.ts.
    ...httpServerOptions(ctx.config),
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  // First: the time each request arrived, before it waits for anything (deadlines are judged by it).
  await app.register(requestArrivalPlugin);
  await app.register(fastifyCookie);
  // The ceiling for any upload; each route then holds its own files to its own limit (imports, attachments).
  const uploadCeiling = Math.max(ctx.config.IMPORT_MAX_BYTES, ctx.config.ATTACHMENT_MAX_BYTES);
  await app.register(fastifyMultipart, { limits: { fileSize: uploadCeiling, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Affianco API', version: '0.1.0', description: 'Student tutoring, end to end.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'affianco_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(sessionPlugin);
  await app.register(rateLimitPlugin);
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  for (const register of featureRoutes) await app.register(register);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webDist = resolve(ctx.config.WEB_DIST);
  const hasWeb = existsSync(resolve(webDist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  // The React app owns every other GET path that is not the API; everything else is a 404 problem.
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return sendDomainError(reply, request, { kind: 'not-found', entity: request.url.split('?')[0] ?? '' });
  });
  return app;
};
