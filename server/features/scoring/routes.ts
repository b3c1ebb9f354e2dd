import type { FastifyRequest } from 'fastify';
import { IdParamsSchema } from '../../../api/common.ts';
import {
  ApplicationScoresSchema,
  CallApplicationCriterionParamsSchema,
  CallApplicationParamsSchema,
  CommitteeScoreBodySchema,
  ComputeScoresResultSchema,
  ExclusionBodySchema,
  OwnApplicationScoresSchema,
} from '../../../api/scoring.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { App } from '../../http/app-types.ts';
import { requestLocale } from '../../i18n/locale.ts';
import { findCallForApplication } from '../applications/repository.ts';
import { requireDeclaredMember } from '../committees/membership.ts';
import { ownConfirmedApplication, rankingStatusesOf } from './repository.ts';
import {
  applicationScoresView,
  committeeScoresView,
  computeScores,
  isPublished,
  recordCommitteeScore,
  recordExclusion,
} from './service.ts';

const personOf = (request: FastifyRequest) => {
  if (!request.principal) throw new DomainFailure({ kind: 'not-authenticated' });
  return request.principal.personId;
};

/*
 * Scoring (issue 4): a committee member of the call, after declaring no conflict of interest, computes the career
 * criteria, scores the committee criteria with a note and excludes or readmits candidates; the candidate reads
 * their own scores once a ranking holding the application is published.
 */
export const scoringRoutes = async (app: App) => {
  const { ctx } = app;
  const { db } = ctx.database;
  const tags = ['scoring'];
  const committee = { access: 'committee.work' as const };

  app.post(
    '/api/committee/calls/:id/scores/compute',
    {
      config: committee,
      schema: {
        tags,
        summary:
          'Compute the career criteria of every confirmed application and re-check eligibility (idempotent)',
        params: IdParamsSchema,
        response: { 200: ComputeScoresResultSchema },
      },
    },
    async (request) => {
      const personId = personOf(request);
      await requireDeclaredMember(db, personId, request.params.id);
      return computeScores(ctx, personId, request.params.id);
    },
  );

  app.get(
    '/api/committee/calls/:id/applications/:applicationId/scores',
    {
      config: committee,
      schema: {
        tags,
        summary:
          "One application's criteria: points, source, note, how each was obtained; total and exclusion",
        params: CallApplicationParamsSchema,
        response: { 200: ApplicationScoresSchema },
      },
    },
    async (request) => {
      await requireDeclaredMember(db, personOf(request), request.params.id);
      return committeeScoresView(db, request.params.id, request.params.applicationId, requestLocale(request));
    },
  );

  app.put(
    '/api/committee/calls/:id/applications/:applicationId/scores/:criterionId',
    {
      config: committee,
      schema: {
        tags,
        summary: 'Score a committee criterion ("8,5" or 8.5, at most the maximum, two decimals) with a note',
        params: CallApplicationCriterionParamsSchema,
        body: CommitteeScoreBodySchema,
        response: { 200: ApplicationScoresSchema },
      },
    },
    async (request) => {
      const personId = personOf(request);
      const { id, applicationId, criterionId } = request.params;
      await requireDeclaredMember(db, personId, id);
      await recordCommitteeScore(ctx, personId, { callId: id, applicationId, criterionId }, request.body);
      return committeeScoresView(db, id, applicationId, requestLocale(request));
    },
  );

  app.post(
    '/api/committee/calls/:id/applications/:applicationId/exclusion',
    {
      config: committee,
      schema: {
        tags,
        summary: 'Exclude a candidate with the reason, or readmit one (a decision of the committee)',
        params: CallApplicationParamsSchema,
        body: ExclusionBodySchema,
        response: { 200: ApplicationScoresSchema },
      },
    },
    async (request) => {
      const personId = personOf(request);
      const { id, applicationId } = request.params;
      await requireDeclaredMember(db, personId, id);
      await recordExclusion(ctx, personId, { callId: id, applicationId }, request.body);
      return committeeScoresView(db, id, applicationId, requestLocale(request));
    },
  );

  app.get(
    '/api/applications/:id/scores',
    {
      config: { access: 'rankings.own' },
      schema: {
        tags,
        summary: "The candidate's own scores, in full, once a ranking holding the application is published",
        params: IdParamsSchema,
        response: { 200: OwnApplicationScoresSchema },
      },
    },
    async (request) => {
      const application = await ownConfirmedApplication(db, personOf(request), request.params.id);
      if (!application) throw new DomainFailure({ kind: 'not-found', entity: 'application' });
      if (!isPublished(await rankingStatusesOf(db, application.callId, application.id)))
        return { available: false, scores: null };
      const call = await findCallForApplication(db, application.callId);
      if (!call) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
      return {
        available: true,
        scores: await applicationScoresView(db, call, application, requestLocale(request)),
      };
    },
  );
};
