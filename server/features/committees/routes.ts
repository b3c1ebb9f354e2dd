import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import {
  CallApplicationParamsSchema,
  CallApplicationsQuerySchema,
} from '../../../api/applications-office.ts';
import {
  CommitteeApplicationSchema,
  CommitteeApplicationsPageSchema,
  CommitteeSchema,
  CommitteeSessionSchema,
  CommitteeSessionsSchema,
  DeclarationBodySchema,
  MyCommitteeCallSchema,
  MyCommitteeCallsSchema,
  NameCommitteeBodySchema,
  type SessionBody,
  SessionBodySchema,
} from '../../../api/committees.ts';
import { IdParamsSchema } from '../../../api/common.ts';
import { type DeclaredTitles, titleCriteria } from '../../../domain/applications/declared-titles.ts';
import type { CallRules } from '../../../domain/calls/types.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import { committeeMembers, committeeSessions, committees, roleAssignments } from '../../db/schema/index.ts';
import type { App } from '../../http/app-types.ts';
import { fieldMessage, invalidField } from '../../i18n/field-messages.ts';
import { requestLocale } from '../../i18n/locale.ts';
import {
  findOfficeCall,
  findSubmittedApplication,
  listCallApplications,
} from '../applications/office-repository.ts';
import { attachmentsOf } from '../applications/repository.ts';
import { membershipOf, requireDeclaredMember } from './membership.ts';
import {
  type CommitteeCall,
  callScopedMemberRoles,
  candidatesAmong,
  existingPeople,
  findCommittee,
  findCommitteeCall,
  membersOf,
  minMembersOf,
  myCommitteeCalls,
  scoringStarted,
  sessionsOf,
} from './repository.ts';

/*
 * The selection committee (issue 4). The office ('committees.manage') names it and records its sittings; a
 * member ('committee.work') works under /api/committee/calls/:id, and only on a call whose committee they sit on:
 * any other call is "not found". The applications open only after the member declared no conflict of interest.
 * Every route names one permission, so what both the office and the secretary may do has a route for each.
 */

const actorOf = (request: FastifyRequest) => {
  if (!request.principal) throw new DomainFailure({ kind: 'not-authenticated' });
  return request.principal.personId;
};

const callOr404 = async (db: DbOrTx, callId: string) => {
  const call = await findCommitteeCall(db, callId);
  if (!call) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
  return call;
};

const committeeView = async (db: DbOrTx, call: CommitteeCall) => {
  const committee = await findCommittee(db, call.id);
  return {
    callId: call.id,
    callCode: call.code,
    callTitle: call.title,
    minMembers: await minMembersOf(db, call.profileCode),
    committee: committee
      ? {
          id: committee.id,
          appointmentAct: committee.appointmentAct,
          namedAt: committee.namedAt.toISOString(),
          members: await membersOf(db, committee.id),
        }
      : null,
    scoringStarted: await scoringStarted(db, call.id),
  };
};

export const committeeRoutes = async (app: App) => {
  const { ctx } = app;
  const { db } = ctx.database;
  const tags = ['committees'];
  const manage = { access: 'committees.manage' as const };
  const work = { access: 'committee.work' as const };

  /** A member's call: 404 unless they sit on its committee. */
  const memberCall = async (request: FastifyRequest, callId: string) => {
    const call = await callOr404(db, callId);
    const membership = await membershipOf(db, actorOf(request), call.id);
    if (!membership) throw new DomainFailure({ kind: 'not-found', entity: 'committee' });
    return { call, membership };
  };

  const recordSession = async (request: FastifyRequest, call: CommitteeCall, body: SessionBody) => {
    const committee = await findCommittee(db, call.id);
    if (!committee)
      throw new DomainFailure({
        kind: 'conflict',
        detail: fieldMessage(requestLocale(request), 'committee.not-named'),
      });
    if (body.endedAt && Date.parse(body.endedAt) < Date.parse(body.startedAt))
      throw invalidField(request, 'endedAt', 'committee.session-ends-before-start');
    const memberIds = new Set((await membersOf(db, committee.id)).map((m) => m.personId));
    const present = [...new Set(body.present)];
    const stranger = present.findIndex((id) => !memberIds.has(id));
    if (stranger >= 0) throw invalidField(request, `present.${stranger}`, 'committee.present-not-member');
    const actorId = actorOf(request);
    return db.transaction(async (tx) => {
      const [row] = await tx
        .insert(committeeSessions)
        .values({
          committeeId: committee.id,
          startedAt: new Date(body.startedAt),
          endedAt: body.endedAt ? new Date(body.endedAt) : null,
          place: body.place,
          present,
          notes: body.notes,
        })
        .returning();
      if (!row) throw new Error('session insert failed');
      await writeAudit(tx, {
        event: 'committee.session-recorded',
        actorId,
        entityType: 'call',
        entityId: call.id,
        data: { sessionId: row.id, startedAt: body.startedAt, endedAt: body.endedAt, present },
        at: ctx.clock.now(),
      });
      return {
        id: row.id,
        startedAt: row.startedAt.toISOString(),
        endedAt: row.endedAt?.toISOString() ?? null,
        place: row.place,
        present: row.present,
        notes: row.notes,
      };
    });
  };

  const sessionsOfCall = async (call: CommitteeCall) => {
    const committee = await findCommittee(db, call.id);
    return committee ? sessionsOf(db, committee.id) : [];
  };

  // --- The office -------------------------------------------------------------------------------------------

  app.get(
    '/api/calls/:id/committee',
    {
      config: manage,
      schema: {
        tags,
        summary: "The call's committee: act, members with their role and declaration",
        params: IdParamsSchema,
        response: { 200: CommitteeSchema },
      },
    },
    async (request) => committeeView(db, await callOr404(db, request.params.id)),
  );

  app.put(
    '/api/calls/:id/committee',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Name (or rename) the committee: its act and members; grants each member the committee-member role for the call',
        params: IdParamsSchema,
        body: NameCommitteeBodySchema,
        response: { 200: CommitteeSchema },
      },
    },
    async (request) => {
      const call = await callOr404(db, request.params.id);
      const { appointmentAct, members } = request.body;
      const min = await minMembersOf(db, call.profileCode);
      if (members.length < min)
        throw invalidField(request, 'members', 'committee.too-few-members', { min, count: members.length });
      const seen = new Set<string>();
      for (const [index, member] of members.entries()) {
        if (seen.has(member.personId))
          throw invalidField(request, `members.${index}.personId`, 'committee.duplicate-member');
        seen.add(member.personId);
      }
      for (const role of ['president', 'secretary'] as const) {
        const indexes = members.flatMap((m, i) => (m.role === role ? [i] : []));
        const key = role === 'president' ? 'committee.one-president' : 'committee.one-secretary';
        if (indexes.length === 0) throw invalidField(request, 'members', key);
        if (indexes.length > 1) throw invalidField(request, `members.${indexes[1]}.role`, key);
      }
      const ids = members.map((m) => m.personId);
      const known = await existingPeople(db, ids);
      const unknown = ids.findIndex((id) => !known.has(id));
      if (unknown >= 0)
        throw invalidField(request, `members.${unknown}.personId`, 'committee.person-unknown');
      const candidates = await candidatesAmong(db, call.id, ids);
      const candidate = ids.findIndex((id) => candidates.has(id));
      if (candidate >= 0)
        throw invalidField(request, `members.${candidate}.personId`, 'committee.member-is-candidate');

      const actorId = actorOf(request);
      const now = ctx.clock.now();
      await db.transaction(async (tx) => {
        if (await scoringStarted(tx, call.id))
          throw new DomainFailure({
            kind: 'conflict',
            detail: fieldMessage(requestLocale(request), 'committee.scoring-started'),
          });
        const existing = await findCommittee(tx, call.id);
        let committeeId: string;
        const kept = new Map<string, { conflictDeclaredAt: Date | null; conflictStatement: string | null }>();
        if (existing) {
          committeeId = existing.id;
          await tx
            .update(committees)
            .set({ appointmentAct, namedBy: actorId, namedAt: now })
            .where(eq(committees.id, existing.id));
          // A member who stays keeps the declaration they already made.
          const previous = await tx
            .select()
            .from(committeeMembers)
            .where(eq(committeeMembers.committeeId, existing.id));
          for (const row of previous) kept.set(row.personId, row);
          await tx.delete(committeeMembers).where(eq(committeeMembers.committeeId, existing.id));
        } else {
          const [row] = await tx
            .insert(committees)
            .values({ callId: call.id, appointmentAct, namedBy: actorId, namedAt: now })
            .returning({ id: committees.id });
          if (!row) throw new Error('committee insert failed');
          committeeId = row.id;
        }
        await tx.insert(committeeMembers).values(
          members.map((m) => ({
            committeeId,
            personId: m.personId,
            role: m.role,
            conflictDeclaredAt: kept.get(m.personId)?.conflictDeclaredAt ?? null,
            conflictStatement: kept.get(m.personId)?.conflictStatement ?? null,
          })),
        );

        const held = await callScopedMemberRoles(tx, call.id);
        const heldBy = new Set(held.map((h) => h.personId));
        for (const assignment of held.filter((h) => !seen.has(h.personId))) {
          await tx.delete(roleAssignments).where(eq(roleAssignments.id, assignment.id));
          await writeAudit(tx, {
            event: 'role.revoked',
            actorId,
            entityType: 'person',
            entityId: assignment.personId,
            data: { role: 'committee-member', unitId: null, callId: call.id, assignmentId: assignment.id },
            at: now,
          });
        }
        for (const personId of ids.filter((id) => !heldBy.has(id))) {
          const [created] = await tx
            .insert(roleAssignments)
            .values({ personId, role: 'committee-member', unitId: null, callId: call.id, grantedBy: actorId })
            .returning({ id: roleAssignments.id });
          await writeAudit(tx, {
            event: 'role.granted',
            actorId,
            entityType: 'person',
            entityId: personId,
            data: { role: 'committee-member', unitId: null, callId: call.id, assignmentId: created?.id },
            at: now,
          });
        }
        await writeAudit(tx, {
          event: 'committee.named',
          actorId,
          entityType: 'call',
          entityId: call.id,
          data: { committeeId, appointmentAct, members },
          at: now,
        });
      });
      return committeeView(db, call);
    },
  );

  app.get(
    '/api/calls/:id/committee/sessions',
    {
      config: manage,
      schema: {
        tags,
        summary: "The committee's sittings, for the minutes",
        params: IdParamsSchema,
        response: { 200: CommitteeSessionsSchema },
      },
    },
    async (request) => sessionsOfCall(await callOr404(db, request.params.id)),
  );

  app.post(
    '/api/calls/:id/committee/sessions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a sitting of the committee: when, where, who was present, notes',
        params: IdParamsSchema,
        body: SessionBodySchema,
        response: { 201: CommitteeSessionSchema },
      },
    },
    async (request, reply) => {
      const call = await callOr404(db, request.params.id);
      return reply.code(201).send(await recordSession(request, call, request.body));
    },
  );

  // --- A member of the committee ----------------------------------------------------------------------------

  app.get(
    '/api/committee/calls',
    {
      config: work,
      schema: {
        tags,
        summary: 'The calls whose committee I sit on, my role and whether I declared no conflict',
        response: { 200: MyCommitteeCallsSchema },
      },
    },
    async (request) => myCommitteeCalls(db, actorOf(request)),
  );

  app.get(
    '/api/committee/calls/:id',
    {
      config: work,
      schema: {
        tags,
        summary: 'My place on the committee of the call (404 when I am not on it)',
        params: IdParamsSchema,
        response: { 200: MyCommitteeCallSchema },
      },
    },
    async (request) => {
      const { call } = await memberCall(request, request.params.id);
      const mine = (await myCommitteeCalls(db, actorOf(request))).find((c) => c.callId === call.id);
      if (!mine) throw new DomainFailure({ kind: 'not-found', entity: 'committee' });
      return mine;
    },
  );

  app.get(
    '/api/committee/calls/:id/committee',
    {
      config: work,
      schema: {
        tags,
        summary: 'The committee of a call I sit on: act and members',
        params: IdParamsSchema,
        response: { 200: CommitteeSchema },
      },
    },
    async (request) => {
      const { call } = await memberCall(request, request.params.id);
      return committeeView(db, call);
    },
  );

  app.post(
    '/api/committee/calls/:id/declaration',
    {
      config: work,
      schema: {
        tags,
        summary:
          'Declare no conflict of interest with the candidates (recorded once, by the server clock; repeating it changes nothing)',
        params: IdParamsSchema,
        body: DeclarationBodySchema,
        response: { 200: MyCommitteeCallSchema },
      },
    },
    async (request) => {
      const { call, membership } = await memberCall(request, request.params.id);
      const personId = actorOf(request);
      if (!membership.conflictDeclaredAt) {
        const now = ctx.clock.now();
        await db.transaction(async (tx) => {
          await tx
            .update(committeeMembers)
            .set({ conflictDeclaredAt: now, conflictStatement: request.body.statement })
            .where(
              and(
                eq(committeeMembers.committeeId, membership.committeeId),
                eq(committeeMembers.personId, personId),
              ),
            );
          await writeAudit(tx, {
            event: 'committee.conflict-declared',
            actorId: personId,
            entityType: 'call',
            entityId: call.id,
            data: { committeeId: membership.committeeId, statement: request.body.statement },
            at: now,
          });
        });
      }
      const mine = (await myCommitteeCalls(db, personId)).find((c) => c.callId === call.id);
      if (!mine) throw new DomainFailure({ kind: 'not-found', entity: 'committee' });
      return mine;
    },
  );

  app.get(
    '/api/committee/calls/:id/applications',
    {
      config: work,
      schema: {
        tags,
        summary: "The call's confirmed applications, read-only, once I declared no conflict",
        params: IdParamsSchema,
        querystring: CallApplicationsQuerySchema.omit({ status: true }),
        response: { 200: CommitteeApplicationsPageSchema },
      },
    },
    async (request) => {
      const call = await callOr404(db, request.params.id);
      await requireDeclaredMember(db, actorOf(request), call.id);
      const officeCall = await findOfficeCall(db, call.id);
      if (!officeCall) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
      const { page, pageSize, ...filter } = request.query;
      const { items, total } = await listCallApplications(
        db,
        officeCall,
        { ...filter, status: 'confirmed' },
        { page, pageSize },
      );
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/api/committee/calls/:id/applications/:applicationId',
    {
      config: work,
      schema: {
        tags,
        summary: 'One confirmed application of the call, read-only, once I declared no conflict',
        params: CallApplicationParamsSchema,
        response: { 200: CommitteeApplicationSchema },
      },
    },
    async (request) => {
      const call = await callOr404(db, request.params.id);
      await requireDeclaredMember(db, actorOf(request), call.id);
      const officeCall = await findOfficeCall(db, call.id);
      if (!officeCall) throw new DomainFailure({ kind: 'not-found', entity: 'call' });
      const application = await findSubmittedApplication(db, officeCall, request.params.applicationId);
      if (application?.status !== 'confirmed')
        throw new DomainFailure({ kind: 'not-found', entity: 'application' });
      const rules = officeCall.rules as unknown as CallRules;
      return {
        ...application,
        declaredTitles: application.declaredTitles as DeclaredTitles,
        callId: call.id,
        callCode: call.code,
        callTitle: call.title,
        titleCriteria: titleCriteria(rules.rubrics).map(({ id, label }) => ({ id, label })),
        attachments: await attachmentsOf(db, application.id),
      };
    },
  );

  app.get(
    '/api/committee/calls/:id/sessions',
    {
      config: work,
      schema: {
        tags,
        summary: "The sittings of my call's committee",
        params: IdParamsSchema,
        response: { 200: CommitteeSessionsSchema },
      },
    },
    async (request) => {
      const { call } = await memberCall(request, request.params.id);
      return sessionsOfCall(call);
    },
  );

  app.post(
    '/api/committee/calls/:id/sessions',
    {
      config: work,
      schema: {
        tags,
        summary: 'The secretary records a sitting of the committee',
        params: IdParamsSchema,
        body: SessionBodySchema,
        response: { 201: CommitteeSessionSchema },
      },
    },
    async (request, reply) => {
      const call = await callOr404(db, request.params.id);
      const membership = await requireDeclaredMember(db, actorOf(request), call.id);
      if (membership.role !== 'secretary') throw new DomainFailure({ kind: 'forbidden' });
      return reply.code(201).send(await recordSession(request, call, request.body));
    },
  );
};
