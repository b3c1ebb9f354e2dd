import type { FastifyRequest } from 'fastify';
import {
  CommitteeAnswerBodySchema,
  CommitteeAppealParamsSchema,
  CommitteeAppealSchema,
  CommitteeAppealsSchema,
} from '../../../api/committee-appeals.ts';
import { IdParamsSchema } from '../../../api/common.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { App } from '../../http/app-types.ts';
import { requestLocale } from '../../i18n/locale.ts';
import { sendAppealAttachment } from '../rankings/appeal-attachment.ts';
import { answerAppeal } from '../rankings/service.ts';
import { findCommitteeAppeal, listCommitteeAppeals } from './appeals.ts';
import { requireDeclaredMember } from './membership.ts';
import { findCommitteeCall } from './repository.ts';

/*
 * The committee answers the appeals against its call's published rankings (issue 4). Only a member of the call's
 * committee who declared no conflict of interest: anyone else is "not found" (the call's committee work is not
 * theirs to know about), an undeclared member is told to declare first. The answer is the one answerAppeal the
 * office uses, recorded in the audit log with the member as its author.
 */
export const committeeAppealRoutes = async (app: App) => {
  const { ctx } = app;
  const { db } = ctx.database;
  const tags = ['committees'];
  const work = { access: 'committee.work' as const };

  const declaredMember = async (request: FastifyRequest, callId: string) => {
    const personId = request.principal?.personId;
    if (!personId) throw new DomainFailure({ kind: 'not-authenticated' });
    const call = await findCommitteeCall(db, callId);
    if (!call) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
    const membership = await requireDeclaredMember(db, personId, call.id);
    return { personId, call, membership };
  };

  const appealOf = async (callId: string, appealId: string) => {
    const found = await findCommitteeAppeal(db, callId, appealId);
    if (!found) throw new DomainFailure({ kind: 'not-found', entity: 'appeal' });
    return found;
  };

  app.get(
    '/api/committee/calls/:id/appeals',
    {
      config: work,
      schema: {
        tags,
        summary:
          "The appeals against my call's published rankings: appellant (protocol number and name), reasons, attachment, status and answer",
        params: IdParamsSchema,
        response: { 200: CommitteeAppealsSchema },
      },
    },
    async (request) => {
      const { call } = await declaredMember(request, request.params.id);
      return { items: await listCommitteeAppeals(db, call.id, ctx.clock.now()) };
    },
  );

  app.get(
    '/api/committee/calls/:id/appeals/:appealId/attachment',
    {
      config: work,
      schema: {
        tags,
        summary: "Download an appeal's attachment (audited)",
        params: CommitteeAppealParamsSchema,
      },
    },
    async (request, reply) => {
      const { personId, call } = await declaredMember(request, request.params.id);
      const { row } = await appealOf(call.id, request.params.appealId);
      return sendAppealAttachment(db, reply, { appeal: row, actorId: personId, at: ctx.clock.now() });
    },
  );

  app.post(
    '/api/committee/calls/:id/appeals/:appealId/answer',
    {
      config: work,
      schema: {
        tags,
        summary:
          'Answer an appeal for the committee (accepted or rejected, with the reasons) while the ranking is provisional; an accepted one is followed by correcting the scores',
        params: CommitteeAppealParamsSchema,
        body: CommitteeAnswerBodySchema,
        response: { 200: CommitteeAppealSchema },
      },
    },
    async (request) => {
      const { personId, call, membership } = await declaredMember(request, request.params.id);
      const { row, view } = await appealOf(call.id, request.params.appealId);
      const answered = await answerAppeal(
        { ctx, actorId: personId, locale: requestLocale(request) },
        row.rankingId,
        row.id,
        request.body,
        membership.role,
      );
      return { ...answered, givenName: view.givenName, familyName: view.familyName };
    },
  );
};
