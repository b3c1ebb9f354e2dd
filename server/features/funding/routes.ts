import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IdParamsSchema } from '../../../api/common.ts';
import {
  AllocationBodySchema,
  AllocationPreviewSchema,
  FundingBodySchema,
  FundingListSchema,
  FundingSchema,
  ProjectBodySchema,
  ProjectDecisionBodySchema,
  ProjectListQuerySchema,
  ProjectListSchema,
  ProjectSchema,
} from '../../../api/funding.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { App } from '../../http/app-types.ts';
import { buildXlsx, sendXlsx } from '../../http/xlsx.ts';
import { requestLocale } from '../../i18n/locale.ts';
import {
  allocateFunding,
  createFunding,
  decideProject,
  type FundingRequest,
  fundingFor,
  previewAllocation,
  projectFor,
  projectsFor,
  proposeProject,
  submitProject,
} from './service.ts';

const STATUS_TEXT = {
  it: { draft: 'Bozza', submitted: 'Presentato', approved: 'Approvato', rejected: 'Respinto' },
  en: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', rejected: 'Rejected' },
} as const;

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
        summary:
          'Funding assignments with their split, committed and remaining amounts (a supervisor: their units’ shares)',
        response: { 200: FundingListSchema },
      },
    },
    async (request) => ({ items: await fundingFor(app.ctx, asker(request).principal) }),
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

  app.post(
    '/api/funding/:id/allocations/preview',
    {
      config: { access: 'funding.manage' },
      schema: {
        tags: ['funding'],
        summary: 'What a split would give, saving nothing',
        params: IdParamsSchema,
        body: AllocationBodySchema,
        response: { 200: AllocationPreviewSchema },
      },
    },
    async (request) => ({ shares: await previewAllocation(asker(request), request.params.id, request.body) }),
  );

  app.get(
    '/api/projects',
    {
      config: { access: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: 'Tutoring projects (a supervisor sees their units), optionally in one status',
        querystring: ProjectListQuerySchema,
        response: { 200: ProjectListSchema },
      },
    },
    async (request) => ({
      items: await projectsFor(app.ctx, asker(request).principal, request.query.status),
    }),
  );

  app.get(
    '/api/projects/export.xlsx',
    {
      config: { access: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: 'The projects listed (same filter) as a spreadsheet',
        querystring: ProjectListQuerySchema,
      },
    },
    async (request, reply) => {
      const locale = requestLocale(request);
      const en = locale === 'en';
      const projects = await projectsFor(app.ctx, asker(request).principal, request.query.status);
      const body = await buildXlsx(
        en ? 'Projects' : 'Progetti',
        [
          { header: en ? 'Title' : 'Titolo', width: 40, value: (p) => p.title },
          { header: en ? 'Unit' : 'Struttura', value: (p) => p.unitCode },
          { header: en ? 'Responsible' : 'Responsabile', width: 24, value: (p) => p.responsibleName },
          { header: en ? 'Status' : 'Stato', value: (p) => STATUS_TEXT[locale][p.status] },
          { header: en ? 'Tutors requested' : 'Tutor richiesti', value: (p) => p.tutorsRequested },
          { header: en ? 'Hours requested' : 'Ore richieste', value: (p) => p.hoursRequested },
          { header: en ? 'From' : 'Dal', value: (p) => p.periodStart },
          { header: en ? 'To' : 'Al', value: (p) => p.periodEnd },
          { header: en ? 'Students expected' : 'Studenti previsti', value: (p) => p.expectedStudents },
          {
            header: en ? 'Indicators (target)' : 'Indicatori (obiettivo)',
            width: 50,
            value: (p) => p.indicators.map((i) => `${i.name}: ${i.target} ${i.unit}`.trim()).join('; '),
          },
          { header: en ? 'Decision note' : 'Motivazione', width: 40, value: (p) => p.decisionNote },
        ],
        projects,
      );
      return sendXlsx(reply, en ? 'projects.xlsx' : 'progetti.xlsx', body);
    },
  );

  app.get(
    '/api/projects/:id',
    {
      config: { access: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: 'One tutoring project (a supervisor: of their units only)',
        params: IdParamsSchema,
        response: { 200: ProjectSchema },
      },
    },
    async (request) => projectFor(app.ctx, asker(request).principal, request.params.id),
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
