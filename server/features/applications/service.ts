import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Application, SaveDraftBody } from '../../../api/applications.ts';
import { confirmationError } from '../../../domain/applications/confirmation.ts';
import {
  declarableSituations,
  declaredSituations,
  declaredTitlesIssues,
  isInstitutionalEmail,
  titleCriteria,
} from '../../../domain/applications/declared-titles.ts';
import { eligibility } from '../../../domain/applications/eligibility.ts';
import { ATTACHMENT_TYPES, detectAttachmentType } from '../../../domain/applications/file-type.ts';
import { formatProtocolNumber } from '../../../domain/applications/protocol.ts';
import { windowState } from '../../../domain/applications/window.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import { DomainFailure, type FieldIssue } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { applicationAttachments, applicationPositions, applications } from '../../db/schema/index.ts';
import { type FieldMessageKey, fieldMessage } from '../../i18n/field-messages.ts';
import { isLocale, type Locale } from '../../i18n/locale.ts';
import {
  lockApplicationForConfirm,
  nextProtocolNumber,
  readConfirmContext,
  writeConfirmation,
} from './confirm-repository.ts';
import { receiptEmailText } from './receipt-email.ts';
import { receiptFileName } from './receipt-pdf.ts';
import {
  type ApplicationRow,
  applicationView,
  type CallForApplication,
  currentApplication,
  findApplication,
  findApplicationForUpdate,
  findCallForApplication,
} from './repository.ts';

const notFound = () => new DomainFailure({ kind: 'not-found', entity: 'application' });

/** The application if it is the student's own; another student's is "not found", never "forbidden". */
export const ownApplication = async (db: DbOrTx, studentId: string, id: string): Promise<ApplicationRow> => {
  const row = await findApplication(db, id);
  if (!row || row.studentId !== studentId) throw notFound();
  return row;
};

/**
 * The same, with the application's row locked for the rest of the transaction: every change to a draft (its
 * content, its attachments) takes it, as confirming does, so a change racing a confirmation either lands before
 * it or finds the application confirmed, never alters a confirmed application.
 */
const ownApplicationLocked = async (tx: DbOrTx, studentId: string, id: string): Promise<ApplicationRow> => {
  const row = await findApplicationForUpdate(tx, id);
  if (!row || row.studentId !== studentId) throw notFound();
  return row;
};

/**
 * Locks the student's row for the rest of the transaction: starting a draft and confirming serialise per student,
 * so two tabs (or two instances) cannot leave the student with two live applications to one call.
 */
const lockStudent = (tx: DbOrTx, studentId: string) =>
  tx.execute(sql`select id from people where id = ${studentId} for update`);

/**
 * Starts a draft, or returns the draft the student already has for the call (a second tab, a retried request);
 * a confirmed application must be withdrawn before a new one is started (seed 004: one application per call).
 */
export const createDraft = async (
  ctx: AppContext,
  studentId: string,
  callId: string,
): Promise<{ application: Application; created: boolean }> =>
  ctx.database.db.transaction(async (tx) => {
    const call = await findCallForApplication(tx, callId);
    if (call?.status !== 'published') throw new DomainFailure({ kind: 'not-found', entity: 'call' });
    await lockStudent(tx, studentId);
    const existing = await currentApplication(tx, studentId, callId);
    if (existing?.status === 'draft')
      return { application: await applicationView(tx, existing), created: false };
    if (existing)
      throw new DomainFailure({ kind: 'already-applied', protocolNumber: existing.protocolNumber });
    const [row] = await tx
      .insert(applications)
      .values({
        callId,
        studentId,
        declaredTitles: {},
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      })
      .returning();
    if (!row) throw new Error('application insert failed');
    await writeAudit(tx, {
      event: 'application.created',
      actorId: studentId,
      entityType: 'application',
      entityId: row.id,
      at: ctx.clock.now(),
    });
    return { application: await applicationView(tx, row), created: true };
  });

/** Every problem of a draft's content at once, each naming its field, in the user's language. */
const draftIssues = (
  call: CallForApplication,
  body: SaveDraftBody,
  emailDomains: readonly string[],
  locale: Locale,
): FieldIssue[] => {
  const known = new Set(call.positions.map((p) => p.id));
  const issue = (field: string, key: FieldMessageKey, params: Record<string, string | number> = {}) => ({
    field,
    code: key,
    message: fieldMessage(locale, key, params),
  });
  const positions = body.positionIds.flatMap((positionId, index) =>
    known.has(positionId) && body.positionIds.indexOf(positionId) === index
      ? []
      : [issue(`positionIds.${index}`, 'application.unknown-position')],
  );
  const titles = declaredTitlesIssues(
    body.declaredTitles,
    titleCriteria(call.rules.rubrics),
    declarableSituations(call.requiredAttachments),
  ).map((found) => issue(found.field, `application.${found.code}`, found.params));
  const email =
    body.contactEmail !== null && !isInstitutionalEmail(body.contactEmail, emailDomains)
      ? [issue('contactEmail', 'application.email-not-institutional', { domains: emailDomains.join(', ') })]
      : [];
  return [...positions, ...titles, ...email];
};

export const saveDraft = async (
  ctx: AppContext,
  studentId: string,
  id: string,
  body: SaveDraftBody,
  locale: Locale,
): Promise<Application> =>
  ctx.database.db.transaction(async (tx) => {
    const row = await ownApplicationLocked(tx, studentId, id);
    if (row.status !== 'draft') throw new DomainFailure({ kind: 'application-frozen', status: row.status });
    const call = await findCallForApplication(tx, row.callId);
    if (!call) throw notFound();
    const issues = draftIssues(call, body, ctx.config.INSTITUTIONAL_EMAIL_DOMAINS, locale);
    if (issues.length > 0) throw new DomainFailure({ kind: 'invalid-input', issues });
    await tx.delete(applicationPositions).where(eq(applicationPositions.applicationId, id));
    if (body.positionIds.length > 0) {
      await tx.insert(applicationPositions).values(
        body.positionIds.map((positionId, index) => ({
          applicationId: id,
          positionId,
          preference: index + 1,
        })),
      );
    }
    const [updated] = await tx
      .update(applications)
      .set({
        declaredTitles: body.declaredTitles,
        contactEmail: body.contactEmail,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(applications.id, id))
      .returning();
    await writeAudit(tx, {
      event: 'application.draft-saved',
      actorId: studentId,
      entityType: 'application',
      entityId: id,
      at: ctx.clock.now(),
    });
    return applicationView(tx, updated as ApplicationRow);
  });

/**
 * Confirms a draft in one transaction (decision 007): the student's and the application's rows are locked, the
 * rules re-checked, the next protocol number of the year taken from its counter row (insert .. on conflict do
 * update .. returning locks it until commit), the application frozen, the audit written and the receipt email
 * queued. The same Idempotency-Key again returns the confirmed application; another key gets 'application-frozen'.
 *
 * `receivedAt` is the time the request ARRIVED (read by the server's clock in the first onRequest hook,
 * server/http/limits.ts), not the time this transaction gets a connection or its locks: in the last second before
 * a call closes hundreds of confirmations queue for the pool and for the protocol counter, and one that arrived at
 * 11:59:59 must be accepted even if its turn comes at 12:00:01 (issue 6: the deadline holds to the second
 * whatever the queueing). It is also the confirmation's timestamp on the receipt.
 *
 * Four statements between BEGIN and COMMIT (confirm-repository.ts): lock, read, protocol number, write; the
 * protocol counter's row is held only for the last of them and the COMMIT.
 */
export const confirmApplication = async (
  ctx: AppContext,
  studentId: string,
  id: string,
  key: string,
  receivedAt: Date = ctx.clock.now(),
): Promise<Application> =>
  ctx.database.db.transaction(async (tx) => {
    const row = await lockApplicationForConfirm(tx, studentId, id);
    if (!row) throw notFound();
    if (row.status === 'confirmed' && row.confirmKey === key)
      return applicationView(tx, (await findApplication(tx, id)) as ApplicationRow);
    const context = await readConfirmContext(tx, studentId, id, row.callId);
    if (!context) throw notFound();
    const { call } = context;
    if (row.status === 'draft' && context.otherConfirmed)
      throw new DomainFailure({
        kind: 'already-applied',
        protocolNumber: context.otherConfirmed.protocolNumber,
      });
    const now = receivedAt;
    const career = { isStaff: row.person.isStaff, enrolment: context.enrolment };
    const positions = context.positionIds.map((positionId) => {
      const position = call.positions.find((p) => p.id === positionId);
      return {
        positionId,
        eligibility: eligibility({
          career,
          callAcademicYear: call.academicYear,
          admittedProgrammeTypes: position?.admittedProgrammeTypes ?? [],
          rules: call.rules.eligibility,
        }),
      };
    });
    const error = confirmationError({
      status: row.status,
      now,
      window: call,
      maxPositionsPerCandidate: call.rules.maxPositionsPerCandidate,
      positions,
      requiredAttachments: call.requiredAttachments,
      declaredSituations: declaredSituations(row.declaredTitles as Application['declaredTitles']),
      attachmentCodes: context.attachments.map((a) => a.code),
    });
    if (error) throw new DomainFailure(error);
    // Everything above only read; from here the year's counter row is locked until COMMIT.
    const year = Number(romeDate(now).slice(0, 4));
    const protocolNumber = formatProtocolNumber(year, await nextProtocolNumber(tx, year));
    const text = receiptEmailText(
      { call, candidate: row.person, protocolNumber, confirmedAt: now },
      isLocale(row.person.locale) ? row.person.locale : 'it',
      { universityName: ctx.config.UNIVERSITY_NAME, publicUrl: ctx.config.PUBLIC_URL },
    );
    const written = await writeConfirmation(tx, {
      applicationId: id,
      studentId,
      key,
      protocolNumber,
      at: now,
      callVersion: call.version,
      eligibilitySnapshot: { career, positions },
      email: {
        to: row.contactEmail ?? row.person.email,
        ...text,
        attachments: [
          {
            fileName: receiptFileName(protocolNumber),
            contentType: 'application/pdf',
            documentKind: 'application-receipt',
            documentId: id,
          },
        ],
      },
    });
    if (!written) throw new Error(`application ${id} was not a draft under its lock`);
    return {
      id,
      callId: row.callId,
      status: 'confirmed',
      positionIds: context.positionIds,
      declaredTitles: row.declaredTitles as Application['declaredTitles'],
      contactEmail: row.contactEmail,
      protocolNumber,
      confirmedAt: now.toISOString(),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      attachments: context.attachments,
    };
  });

/** A draft's attachment: its type read from the bytes (decision 007), its sha256 kept for the receipt. */
export const addAttachment = async (
  ctx: AppContext,
  studentId: string,
  id: string,
  upload: { code: string; fileName: string; bytes: Buffer },
) =>
  ctx.database.db.transaction(async (tx) => {
    const row = await ownApplicationLocked(tx, studentId, id);
    if (row.status !== 'draft') throw new DomainFailure({ kind: 'application-frozen', status: row.status });
    const contentType = detectAttachmentType(upload.bytes);
    if (!contentType) {
      throw new DomainFailure({
        kind: 'unsupported-file-type',
        detected: null,
        allowed: [...ATTACHMENT_TYPES],
      });
    }
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
    const [attachment] = await tx
      .insert(applicationAttachments)
      .values({
        applicationId: id,
        kind: upload.code,
        fileName: upload.fileName,
        contentType,
        sizeBytes: upload.bytes.length,
        sha256,
        content: upload.bytes,
        uploadedAt: ctx.clock.now(),
      })
      .returning({ id: applicationAttachments.id });
    if (!attachment) throw new Error('attachment insert failed');
    await writeAudit(tx, {
      event: 'attachment.uploaded',
      actorId: studentId,
      entityType: 'application',
      entityId: id,
      data: { attachmentId: attachment.id, code: upload.code, contentType, sha256 },
      at: ctx.clock.now(),
    });
    return {
      id: attachment.id,
      code: upload.code,
      fileName: upload.fileName,
      contentType,
      sizeBytes: upload.bytes.length,
      sha256,
    };
  });

export const deleteAttachment = async (
  ctx: AppContext,
  studentId: string,
  id: string,
  attachmentId: string,
) =>
  ctx.database.db.transaction(async (tx) => {
    const row = await ownApplicationLocked(tx, studentId, id);
    if (row.status !== 'draft') throw new DomainFailure({ kind: 'application-frozen', status: row.status });
    const deleted = await tx
      .delete(applicationAttachments)
      .where(and(eq(applicationAttachments.id, attachmentId), eq(applicationAttachments.applicationId, id)))
      .returning({ id: applicationAttachments.id });
    if (deleted.length === 0) throw new DomainFailure({ kind: 'not-found', entity: 'attachment' });
    await writeAudit(tx, {
      event: 'attachment.deleted',
      actorId: studentId,
      entityType: 'application',
      entityId: id,
      data: { attachmentId },
      at: ctx.clock.now(),
    });
  });

/**
 * Withdraws a draft or a confirmed application before the deadline; the student may then start a new one. Like a
 * confirmation, judged by the time the request arrived (`receivedAt`), not when its turn came.
 */
export const withdrawApplication = async (
  ctx: AppContext,
  studentId: string,
  id: string,
  receivedAt: Date = ctx.clock.now(),
): Promise<Application> =>
  ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`select id from applications where id = ${id} for update`);
    const row = await ownApplication(tx, studentId, id);
    if (row.status === 'withdrawn')
      throw new DomainFailure({ kind: 'application-frozen', status: row.status });
    const call = await findCallForApplication(tx, row.callId);
    if (!call) throw notFound();
    const now = receivedAt;
    if (windowState(call, now) === 'closed') {
      throw new DomainFailure({
        kind: 'window-closed',
        opensAt: call.opensAt.toISOString(),
        closesAt: call.closesAt.toISOString(),
        notYetOpen: false,
      });
    }
    const [withdrawn] = await tx
      .update(applications)
      .set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now })
      .where(eq(applications.id, id))
      .returning();
    await writeAudit(tx, {
      event: 'application.withdrawn',
      actorId: studentId,
      entityType: 'application',
      entityId: id,
      at: now,
    });
    return applicationView(tx, withdrawn as ApplicationRow);
  });
