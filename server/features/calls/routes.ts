import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CallAmendmentBodySchema,
  CallDetailSchema,
  CallDraftBodySchema,
  CallListSchema,
  PublicCallListSchema,
  PublicCallSchema,
} from '../../../api/calls.ts';
import { IdParamsSchema } from '../../../api/common.ts';
import type { App } from '../../http/app-types.ts';
import { buildXlsx, romeCell, sendXlsx } from '../../http/xlsx.ts';
import { requestLocale } from '../../i18n/locale.ts';
import { renderCallPdf } from './call-pdf.ts';
import {
  amendCall,
  type CallRequest,
  draftCall,
  findCall,
  listCalls,
  listPublicCalls,
  publishCall,
  updateDraft,
} from './service.ts';

const withoutFunding = <T extends { fundingAssignmentId: unknown }>({ fundingAssignmentId: _, ...rest }: T) =>
  rest;

export const callRoutes = async (app: App) => {
  const asker = (request: FastifyRequest): CallRequest => ({
    ctx: app.ctx,
    actorId: request.principal?.personId ?? null,
    locale: requestLocale(request),
  });

  app.get(
    '/api/public/calls',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calls'],
        summary: 'Published calls with their positions and dates, and whether each is open now (no login)',
        response: { 200: PublicCallListSchema },
      },
    },
    async () => ({ items: (await listPublicCalls(app.ctx)).map(withoutFunding) }),
  );

  app.get(
    '/api/public/calls/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calls'],
        summary: 'One published call (no login)',
        params: IdParamsSchema,
        response: { 200: PublicCallSchema },
      },
    },
    async (request) => withoutFunding(await findCall(app.ctx, request.params.id, true)),
  );

  app.get(
    '/api/public/calls/:id/pdf',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calls'],
        summary: 'The call as a PDF generated from its data (no login)',
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      const call = await findCall(app.ctx, request.params.id, true);
      const pdf = await renderCallPdf(call, app.ctx.config.UNIVERSITY_NAME, app.ctx.clock.now());
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${call.code}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/calls',
    {
      config: { access: 'calls.read' },
      schema: { tags: ['calls'], summary: 'Every call, drafts included', response: { 200: CallListSchema } },
    },
    async () => ({ items: await listCalls(app.ctx, false) }),
  );

  app.get(
    '/api/calls/export.xlsx',
    {
      config: { access: 'calls.read' },
      schema: { tags: ['calls'], summary: 'Every call as a spreadsheet' },
    },
    async (request, reply) => {
      const en = requestLocale(request) === 'en';
      const calls = await listCalls(app.ctx, false);
      const body = await buildXlsx(
        en ? 'Calls' : 'Bandi',
        [
          { header: en ? 'Code' : 'Codice', value: (c) => c.code },
          { header: en ? 'Title' : 'Titolo', width: 50, value: (c) => c.title },
          { header: en ? 'Academic year' : 'Anno accademico', value: (c) => c.academicYear },
          { header: en ? 'Status' : 'Stato', value: (c) => c.status },
          { header: en ? 'Opens (Rome time)' : 'Apertura (ora di Roma)', value: (c) => romeCell(c.opensAt) },
          {
            header: en ? 'Closes (Rome time)' : 'Chiusura (ora di Roma)',
            value: (c) => romeCell(c.closesAt),
          },
          { header: en ? 'Grants' : 'Assegni', value: (c) => c.grants },
          { header: en ? 'Total (EUR)' : 'Totale (EUR)', value: (c) => c.totalCents / 100 },
          { header: en ? 'Version' : 'Versione', value: (c) => c.version },
        ],
        calls,
      );
      return sendXlsx(reply, 'bandi.xlsx', body);
    },
  );

  app.get(
    '/api/calls/:id',
    {
      config: { access: 'calls.read' },
      schema: {
        tags: ['calls'],
        summary: 'One call with its rules and amendments',
        params: IdParamsSchema,
        response: { 200: CallDetailSchema },
      },
    },
    async (request) => findCall(app.ctx, request.params.id),
  );

  app.post(
    '/api/calls',
    {
      config: { access: 'calls.manage' },
      schema: {
        tags: ['calls'],
        summary: 'Draft a call; the active profile’s rules are copied into it unless given',
        body: CallDraftBodySchema,
        response: { 201: CallDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await draftCall(asker(request), request.body)),
  );

  app.put(
    '/api/calls/:id',
    {
      config: { access: 'calls.manage' },
      schema: {
        tags: ['calls'],
        summary: 'Edit a draft call',
        params: IdParamsSchema,
        body: CallDraftBodySchema,
        response: { 200: CallDetailSchema },
      },
    },
    async (request) => updateDraft(asker(request), request.params.id, request.body),
  );

  app.post(
    '/api/calls/:id/publish',
    {
      config: { access: 'calls.manage' },
      schema: {
        tags: ['calls'],
        summary: 'Publish a draft call (validated, window ahead)',
        params: IdParamsSchema,
        body: z.object({}).optional(),
        response: { 200: CallDetailSchema },
      },
    },
    async (request) => publishCall(asker(request), request.params.id),
  );

  app.post(
    '/api/calls/:id/amendments',
    {
      config: { access: 'calls.manage' },
      schema: {
        tags: ['calls'],
        summary: 'Amend a published call (recorded; harmful changes refused once applications are confirmed)',
        params: IdParamsSchema,
        body: CallAmendmentBodySchema,
        response: { 200: CallDetailSchema },
      },
    },
    async (request) => amendCall(asker(request), request.params.id, request.body),
  );
};
