import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IdParamsSchema } from '../../../api/common.ts';
import {
  AllocationBodySchema,
  FundingBodySchema,
  FundingListSchema,
  FundingSchema,
  ProjectBodySchema,
  ProjectDecisionBodySchema,
  ProjectListSchema,
  ProjectSchema,
} from '../../../api/funding.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { App } from '../../http/app-types.ts';
import { requestLocale } from '../../i18n/locale.ts';
import {
  allocateFunding,
  createFunding,
  decideProject,
  type FundingRequest,
  listFundingWithAmounts,
  projectsFor,
  proposeProject,
  submitProject,
} from './service.ts';

export const fundingRoutes = async (app: App) => {
  const asker = (request: FastifyRequest): FundingRequest => {
    if (!request.principal) throw new DomainFailure({ kind: 'not-authenticated' });
    return { ctx: app.ctx, principal: request.principal, locale: requestLocale(request) };
  };

  app.get(
    '/api/funding',
    {
      config: { access: 'funding.read' },
      schema: {
        tags: ['funding'],
        summary: 'Funding assignments with their split, committed and remaining amounts',
        response: { 200: FundingListSchema },
      },
    },
    async () => ({ items: await listFundingWithAmounts(app.ctx) }),
  );

  app.post(
    '/api/funding',
    {
      config: { access: 'funding.manage' },
      schema: {
        tags: ['funding'],
        summary: 'Record a funding assignment',
        body: FundingBodySchema,
        response: { 201: FundingSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createFunding(asker(request), request.body)),
  );

  app.put(
    '/api/funding/:id/allocations',
    {
      config: { access: 'funding.manage' },
      schema: {
        tags: ['funding'],
        summary: 'Split an assignment across units, by hand or by enrolled students',
        params: IdParamsSchema,
        body: AllocationBodySchema,
        response: { 200: FundingSchema },
      },
    },
    async (request) => allocateFunding(asker(request), request.params.id, request.body),
  );

  app.get(
    '/api/projects',
    {
      config: { access: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: 'Tutoring projects (a supervisor sees their units)',
        response: { 200: ProjectListSchema },
      },
    },
    async (request) => ({ items: await projectsFor(app.ctx, asker(request).principal) }),
  );

  app.post(
    '/api/projects',
    {
      config: { access: 'projects.propose' },
      schema: {
        tags: ['projects'],
        summary: 'Draft a tutoring project for one’s own unit',
        body: ProjectBodySchema,
        response: { 201: ProjectSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await proposeProject(asker(request), request.body)),
  );

  app.post(
    '/api/projects/:id/submit',
    {
      config: { access: 'projects.propose' },
      schema: {
        tags: ['projects'],
        summary: 'Submit a drafted project to the university commission',
        params: IdParamsSchema,
        body: z.object({}).optional(),
        response: { 200: ProjectSchema },
      },
    },
    async (request) => submitProject(asker(request), request.params.id),
  );

  app.post(
    '/api/projects/:id/decision',
    {
      config: { access: 'projects.decide' },
      schema: {
        tags: ['projects'],
        summary: 'Approve or reject a submitted project, with a note',
        params: IdParamsSchema,
        body: ProjectDecisionBodySchema,
        response: { 200: ProjectSchema },
      },
    },
    async (request) =>
      decideProject(asker(request), request.params.id, request.body.decision, request.body.note),
  );
};
