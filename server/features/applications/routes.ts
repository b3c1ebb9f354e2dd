import type { FastifyRequest } from 'fastify';
import {
  ApplicationSchema,
  ConfirmHeadersSchema,
  CreateApplicationBodySchema,
  SaveDraftBodySchema,
} from '../../../api/applications.ts';
import { IdParamsSchema } from '../../../api/common.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { App } from '../../http/app-types.ts';
import { applicationView } from './repository.ts';
import { confirmApplication, createDraft, ownApplication, saveDraft } from './service.ts';

const studentOf = (request: FastifyRequest): string => {
  const principal = request.principal;
  if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
  return principal.personId;
};

export const applicationRoutes = async (app: App) => {
  const { ctx } = app;
  const tags = ['applications'];

  app.post(
    '/api/applications',
    {
      config: { access: 'applications.own' },
      schema: {
        tags,
        summary: 'Start a draft application to a published call',
        body: CreateApplicationBodySchema,
        response: { 201: ApplicationSchema },
      },
    },
    async (request, reply) => {
      const created = await createDraft(ctx, studentOf(request), request.body.callId);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/applications/:id',
    {
      config: { access: 'applications.own' },
      schema: {
        tags,
        summary: 'One of my applications',
        params: IdParamsSchema,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) => {
      const db = ctx.database.db;
      return applicationView(db, await ownApplication(db, studentOf(request), request.params.id));
    },
  );

  app.put(
    '/api/applications/:id',
    {
      config: { access: 'applications.own' },
      schema: {
        tags,
        summary: 'Save a draft: positions in order of preference, declared titles, contact email',
        params: IdParamsSchema,
        body: SaveDraftBodySchema,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) => saveDraft(ctx, studentOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/applications/:id/confirm',
    {
      config: { access: 'applications.own' },
      schema: {
        tags,
        summary: 'Confirm a draft (final): protocol number, timestamp, receipt. Idempotency-Key required',
        params: IdParamsSchema,
        headers: ConfirmHeadersSchema,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) =>
      confirmApplication(ctx, studentOf(request), request.params.id, request.headers['idempotency-key']),
  );
};
