import type { FastifyRequest } from 'fastify';
import {
  ApplicationSchema,
  AttachmentParamsSchema,
  AttachmentSchema,
  ConfirmHeadersSchema,
  CreateApplicationBodySchema,
  MyApplicationsSchema,
  OpenCallsSchema,
  SaveDraftBodySchema,
} from '../../../api/applications.ts';
import { IdParamsSchema } from '../../../api/common.ts';
import { titleCriteria } from '../../../domain/applications/declared-titles.ts';
import { eligibility } from '../../../domain/applications/eligibility.ts';
import type { CallRules, RequiredAttachment } from '../../../domain/calls/types.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { candidateKindOf } from '../../../domain/profiles/accessors.ts';
import type { App } from '../../http/app-types.ts';
import { BODY_LIMITS } from '../../http/limits.ts';
import { describeIneligibility } from '../../i18n/applications.ts';
import { requestLocale } from '../../i18n/locale.ts';
import {
  applicationView,
  careerFactsFor,
  currentApplication,
  listMyApplications,
  listOpenCalls,
} from './repository.ts';
import {
  addAttachment,
  confirmApplication,
  createDraft,
  deleteAttachment,
  ownApplication,
  saveDraft,
  withdrawApplication,
} from './service.ts';

const invalid = (field: string, code: string, message: string) =>
  new DomainFailure({ kind: 'invalid-input', issues: [{ field, code, message }] });

const errorCode = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** Reads one file and its "code" field (the required attachment it satisfies) from a multipart upload. */
const readAttachment = async (request: FastifyRequest, maxBytes: number) => {
  if (!request.isMultipart()) throw invalid('file', 'not-multipart', 'multipart/form-data: code, file');
  let code: string | null = null;
  let file: { fileName: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (file) throw invalid('file', 'too-many-files', 'one file per upload');
        file = { fileName: part.filename.slice(0, 200) || 'allegato', bytes: await part.toBuffer() };
      } else if (part.fieldname === 'code' && typeof part.value === 'string') code = part.value.slice(0, 80);
    }
  } catch (error) {
    if (errorCode(error) === 'FST_REQ_FILE_TOO_LARGE')
      throw new DomainFailure({ kind: 'file-too-large', maxBytes });
    throw error;
  }
  if (!file) throw invalid('file', 'required', 'file');
  if (!code) throw invalid('code', 'required', 'code');
  if (file.bytes.length > maxBytes) throw new DomainFailure({ kind: 'file-too-large', maxBytes });
  return { code, ...file };
};

const studentOf = (request: FastifyRequest): string => {
  const principal = request.principal;
  if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
  return principal.personId;
};

export const applicationRoutes = async (app: App) => {
  const { ctx } = app;
  const tags = ['applications'];

  app.get(
    '/api/applications/calls',
    {
      config: { access: 'applications.own' },
      schema: {
        tags,
        summary: 'Open calls, and for each position whether I may apply and why not, in my language',
        response: { 200: OpenCallsSchema },
      },
    },
    async (request) => {
      const studentId = studentOf(request);
      const locale = requestLocale(request);
      const db = ctx.database.db;
      const open = await listOpenCalls(db, ctx.clock.now());
      return Promise.all(
        open.map(async ({ call, positions }) => {
          const rules = call.rules as unknown as CallRules;
          const career = await careerFactsFor(db, studentId, call.academicYear);
          const kind = career.enrolment ? candidateKindOf(career.enrolment.programmeType) : null;
          const rubrics = rules.rubrics.filter(
            (rubric) => kind !== null && rubric.candidateKinds.includes(kind),
          );
          const mine = await currentApplication(db, studentId, call.id);
          return {
            id: call.id,
            code: call.code,
            title: call.title,
            academicYear: call.academicYear,
            opensAt: call.opensAt.toISOString(),
            closesAt: call.closesAt.toISOString(),
            maxPositionsPerCandidate: rules.maxPositionsPerCandidate,
            titleCriteria: titleCriteria(rubrics),
            requiredAttachments: call.requiredAttachments as RequiredAttachment[],
            myApplication: mine
              ? {
                  id: mine.id,
                  status: mine.status as 'draft' | 'confirmed',
                  protocolNumber: mine.protocolNumber,
                }
              : null,
            positions: positions.map((position) => {
              const result = eligibility({
                career,
                callAcademicYear: call.academicYear,
                admittedProgrammeTypes: position.admitted as ProgrammeType[],
                rules: rules.eligibility,
              });
              return {
                id: position.id,
                ordinal: position.ordinal,
                activityType: position.activityType,
                activityKind: position.activityKind,
                unitName: position.unitName,
                grants: position.grants,
                hoursPerGrant: position.hoursPerGrant,
                amountPerGrantCents: position.amountPerGrantCents,
                admittedProgrammeTypes: position.admitted,
                eligible: result.eligible,
                reasons: result.eligible
                  ? []
                  : result.reasons.map((reason) => ({
                      code: reason.code,
                      message: describeIneligibility(reason, locale),
                    })),
              };
            }),
          };
        }),
      );
    },
  );

  app.post(
    '/api/applications',
    {
      config: { access: 'applications.own' },
      schema: {
        tags,
        summary: 'Start a draft application to a published call (200 with my draft if I already have one)',
        body: CreateApplicationBodySchema,
        response: { 200: ApplicationSchema, 201: ApplicationSchema },
      },
    },
    async (request, reply) => {
      const { application, created } = await createDraft(ctx, studentOf(request), request.body.callId);
      return reply.status(created ? 201 : 200).send(application);
    },
  );

  app.get(
    '/api/applications',
    {
      config: { access: 'applications.own' },
      schema: { tags, summary: 'My applications, newest first', response: { 200: MyApplicationsSchema } },
    },
    async (request) => ({
      items: (await listMyApplications(ctx.database.db, studentOf(request))).map((row) => ({
        ...row,
        status: row.status as 'draft' | 'confirmed' | 'withdrawn',
        closesAt: row.closesAt.toISOString(),
        confirmedAt: row.confirmedAt?.toISOString() ?? null,
        withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
        updatedAt: row.updatedAt.toISOString(),
      })),
    }),
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
      config: { access: 'applications.own', rateLimit: 'draft-save' },
      bodyLimit: BODY_LIMITS.draft,
      schema: {
        tags,
        summary: 'Save a draft: positions in order of preference, declared titles, contact email',
        params: IdParamsSchema,
        body: SaveDraftBodySchema,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) =>
      saveDraft(ctx, studentOf(request), request.params.id, request.body, requestLocale(request)),
  );

  app.post(
    '/api/applications/:id/confirm',
    {
      config: { access: 'applications.own', rateLimit: 'confirm' },
      bodyLimit: BODY_LIMITS.none,
      schema: {
        tags,
        summary: 'Confirm a draft (final): protocol number, timestamp, receipt. Idempotency-Key required',
        params: IdParamsSchema,
        headers: ConfirmHeadersSchema,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) =>
      // Judged by the time the request arrived, not the time its transaction gets its turn (see the service).
      confirmApplication(
        ctx,
        studentOf(request),
        request.params.id,
        request.headers['idempotency-key'],
        request.receivedAt,
      ),
  );

  app.post(
    '/api/applications/:id/attachments',
    {
      config: { access: 'applications.own' },
      schema: {
        tags,
        summary: 'Attach a file to a draft (multipart: code + file; PDF, JPEG or PNG read from the bytes)',
        params: IdParamsSchema,
        consumes: ['multipart/form-data'],
        response: { 201: AttachmentSchema },
      },
    },
    async (request, reply) => {
      const studentId = studentOf(request);
      const upload = await readAttachment(request, ctx.config.ATTACHMENT_MAX_BYTES);
      return reply.status(201).send(await addAttachment(ctx, studentId, request.params.id, upload));
    },
  );

  app.delete(
    '/api/applications/:id/attachments/:attachmentId',
    {
      config: { access: 'applications.own' },
      schema: { tags, summary: 'Remove an attachment from a draft', params: AttachmentParamsSchema },
    },
    async (request, reply) => {
      await deleteAttachment(ctx, studentOf(request), request.params.id, request.params.attachmentId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/applications/:id/withdraw',
    {
      config: { access: 'applications.own' },
      bodyLimit: BODY_LIMITS.none,
      schema: {
        tags,
        summary: 'Withdraw an application before the deadline',
        params: IdParamsSchema,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) => withdrawApplication(ctx, studentOf(request), request.params.id, request.receivedAt),
  );
};
