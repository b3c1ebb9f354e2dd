import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { IdParamsSchema } from '../../../api/common.ts';
import {
  AnswerBodySchema,
  AppealBodySchema,
  AppealListSchema,
  AppealParamsSchema,
  AppealSchema,
  ApproveBodySchema,
  OwnRankingListSchema,
  PublicRankingListSchema,
  PublicRankingQuerySchema,
  PublicRankingSchema,
  RankingListSchema,
  RankingSchema,
  TieResolutionBodySchema,
} from '../../../api/rankings.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { appeals } from '../../db/schema/index.ts';
import type { App } from '../../http/app-types.ts';
import { invalidField } from '../../i18n/field-messages.ts';
import { requestLocale } from '../../i18n/locale.ts';
import { sendAppealAttachment } from './appeal-attachment.ts';
import { listOwnAppeals, listOwnRankings } from './own.ts';
import { findPublicRanking, listPublicRankings } from './public.ts';
import { renderRankingPdf } from './ranking-pdf.ts';
import {
  answerAppeal,
  approve,
  computeCallRankings,
  listAppeals,
  listCallRankings,
  publish,
  type RankingRequest,
  rankingView,
  resolveTie,
  submitAppeal,
} from './service.ts';

const errorCode = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** An appeal as JSON {reason, rankingId?} or multipart (reason, rankingId, one optional file). */
const readAppeal = async (request: FastifyRequest, maxBytes: number) => {
  if (!request.isMultipart()) {
    const parsed = AppealBodySchema.safeParse(request.body);
    if (!parsed.success) throw invalidField(request, 'reason', 'appeal.reason-required');
    const rankingId = (request.body as { rankingId?: unknown }).rankingId;
    return {
      reason: parsed.data.reason,
      rankingId: typeof rankingId === 'string' ? rankingId : null,
      attachment: null,
    };
  }
  let reason = '';
  let rankingId: string | null = null;
  let attachment: { fileName: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (attachment) throw invalidField(request, 'file', 'appeal.one-file');
        attachment = { fileName: part.filename.slice(0, 200) || 'allegato', bytes: await part.toBuffer() };
      } else if (part.fieldname === 'reason' && typeof part.value === 'string') reason = part.value.trim();
      else if (part.fieldname === 'rankingId' && typeof part.value === 'string') rankingId = part.value;
    }
  } catch (error) {
    if (errorCode(error) === 'FST_REQ_FILE_TOO_LARGE')
      throw new DomainFailure({ kind: 'file-too-large', maxBytes });
    throw error;
  }
  if (reason.length === 0 || reason.length > 10_000)
    throw invalidField(request, 'reason', 'appeal.reason-required');
  if (attachment && attachment.bytes.length > maxBytes)
    throw new DomainFailure({ kind: 'file-too-large', maxBytes });
  if (attachment && attachment.bytes.length === 0) attachment = null;
  if (rankingId !== null && !/^[0-9a-f-]{36}$/i.test(rankingId))
    throw invalidField(request, 'rankingId', 'appeal.ranking-unknown');
  return { reason, rankingId, attachment };
};

export const rankingRoutes = async (app: App) => {
  const { ctx } = app;
  const tags = ['rankings'];
  const asker = (request: FastifyRequest): RankingRequest => ({
    ctx,
    actorId: request.principal?.personId ?? null,
    locale: requestLocale(request),
  });

  app.post(
    '/api/calls/:id/rankings/compute',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary:
          'Compute the rankings of a call from the stored scores and assign the winners; ties no rule breaks are returned, never broken',
        params: IdParamsSchema,
        response: { 200: RankingListSchema },
      },
    },
    async (request) => ({ items: await computeCallRankings(asker(request), request.params.id) }),
  );

  app.get(
    '/api/calls/:id/rankings',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary: 'The rankings of a call with names, for the office',
        params: IdParamsSchema,
        response: { 200: RankingListSchema },
      },
    },
    async (request) => ({
      items: await listCallRankings(ctx.database.db, request.params.id, requestLocale(request)),
    }),
  );

  app.get(
    '/api/rankings/:id',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary: 'One ranking with names',
        params: IdParamsSchema,
        response: { 200: RankingSchema },
      },
    },
    async (request) => rankingView(ctx.database.db, request.params.id, requestLocale(request)),
  );

  app.post(
    '/api/rankings/:id/tie-resolutions',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary:
          'Record the office’s order for one tie group (a draw or the committee’s reasoned order), audited',
        params: IdParamsSchema,
        body: TieResolutionBodySchema,
        response: { 200: RankingSchema },
      },
    },
    async (request) => resolveTie(asker(request), request.params.id, request.body),
  );

  app.post(
    '/api/rankings/:id/publish',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary: 'Publish the provisional ranking: the appeal window opens for the profile’s days',
        params: IdParamsSchema,
        response: { 200: RankingSchema },
      },
    },
    async (request) => publish(asker(request), request.params.id),
  );

  app.post(
    '/api/rankings/:id/approve',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary:
          'Approve the definitive ranking by decree and commit the winners’ grants against the call’s funding',
        params: IdParamsSchema,
        body: ApproveBodySchema,
        response: { 200: RankingSchema },
      },
    },
    async (request) => approve(asker(request), request.params.id, request.body),
  );

  app.post(
    '/api/applications/:id/appeals',
    {
      config: { access: 'rankings.own' },
      schema: {
        tags,
        summary:
          'Appeal against the provisional ranking of my application during the window (JSON {reason} or multipart reason + file)',
        params: IdParamsSchema,
        response: { 201: AppealSchema },
      },
    },
    async (request, reply) => {
      const studentId = request.principal?.personId;
      if (!studentId) throw new DomainFailure({ kind: 'not-authenticated' });
      const input = await readAppeal(request, ctx.config.ATTACHMENT_MAX_BYTES);
      return reply.code(201).send(await submitAppeal(asker(request), studentId, request.params.id, input));
    },
  );

  app.get(
    '/api/applications/:id/rankings',
    {
      config: { access: 'rankings.own' },
      schema: {
        tags,
        summary:
          'The published rankings holding my application: stage, appeal window, decree and my own place, score and outcome only',
        params: IdParamsSchema,
        response: { 200: OwnRankingListSchema },
      },
    },
    async (request) => {
      const studentId = request.principal?.personId;
      if (!studentId) throw new DomainFailure({ kind: 'not-authenticated' });
      return {
        items: await listOwnRankings(
          ctx.database.db,
          studentId,
          request.params.id,
          requestLocale(request),
          ctx.clock.now(),
        ),
      };
    },
  );

  app.get(
    '/api/applications/:id/appeals',
    {
      config: { access: 'rankings.own' },
      schema: {
        tags,
        summary: 'My appeals against the rankings of my application, with status and the committee’s answer',
        params: IdParamsSchema,
        response: { 200: AppealListSchema },
      },
    },
    async (request) => {
      const studentId = request.principal?.personId;
      if (!studentId) throw new DomainFailure({ kind: 'not-authenticated' });
      return { items: await listOwnAppeals(ctx.database.db, studentId, request.params.id) };
    },
  );

  app.get(
    '/api/rankings/:id/appeals',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary: 'The appeals against a ranking',
        params: IdParamsSchema,
        response: { 200: AppealListSchema },
      },
    },
    async (request) => ({ items: await listAppeals(ctx.database.db, request.params.id) }),
  );

  app.get(
    '/api/rankings/:id/appeals/:appealId/attachment',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary: "Download an appeal's attachment (audited)",
        params: AppealParamsSchema,
      },
    },
    async (request, reply) => {
      const [appeal] = await ctx.database.db
        .select()
        .from(appeals)
        .where(and(eq(appeals.id, request.params.appealId), eq(appeals.rankingId, request.params.id)));
      if (!appeal) throw new DomainFailure({ kind: 'not-found', entity: 'appeal' });
      return sendAppealAttachment(ctx.database.db, reply, {
        appeal,
        actorId: asker(request).actorId,
        at: ctx.clock.now(),
      });
    },
  );

  app.post(
    '/api/rankings/:id/appeals/:appealId/answer',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags,
        summary:
          'Record the committee’s answer to an appeal; an accepted one lets the ranking be computed again',
        params: AppealParamsSchema,
        body: AnswerBodySchema,
        response: { 200: AppealSchema },
      },
    },
    async (request) => answerAppeal(asker(request), request.params.id, request.params.appealId, request.body),
  );

  app.get(
    '/api/public/rankings',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The published rankings of a call, pseudonymised (no login)',
        querystring: PublicRankingQuerySchema,
        response: { 200: PublicRankingListSchema },
      },
    },
    async (request) => ({
      items: await listPublicRankings(ctx.database.db, request.query.callId, requestLocale(request)),
    }),
  );

  app.get(
    '/api/public/rankings/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One published ranking, pseudonymised (no login)',
        params: IdParamsSchema,
        response: { 200: PublicRankingSchema },
      },
    },
    async (request) => findPublicRanking(ctx.database.db, request.params.id, requestLocale(request)),
  );

  app.get(
    '/api/public/rankings/:id/pdf',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One published ranking as a PDF, pseudonymised (no login)',
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      const ranking = await findPublicRanking(ctx.database.db, request.params.id, 'it');
      const pdf = await renderRankingPdf(ranking, ctx.config.UNIVERSITY_NAME, ctx.clock.now());
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="graduatoria-${ranking.id}.pdf"`)
        .send(pdf);
    },
  );
};
