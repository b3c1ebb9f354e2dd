import type {
  AppointmentDefaults,
  Appointment as AppointmentView,
  CreateAppointment,
} from '../../../api/appointments.ts';
import { declaredSituations } from '../../../domain/applications/declared-titles.ts';
import { amendAppointment } from '../../../domain/appointments/amendments.ts';
import {
  CHECKLIST_OWNERS,
  type ChecklistOwner,
  checklistOf,
} from '../../../domain/appointments/checklist.ts';
import { capViewOf, endAppointment, graduationOutcome } from '../../../domain/appointments/endings.ts';
import {
  advanceLetter,
  completeChecklistItem,
  generateAppointment,
  type LetterEvent,
} from '../../../domain/appointments/lifecycle.ts';
import { pauseAppointment, resumeAppointment, totalPauseDays } from '../../../domain/appointments/pauses.ts';
import { contractedHours, grossCentsOf } from '../../../domain/appointments/terms.ts';
import type {
  ActivityKind,
  Appointment,
  AppointmentTerms,
  ChecklistItem,
  EndingKind,
} from '../../../domain/appointments/types.ts';
import type { AuditEvent } from '../../../domain/audit/events.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import { checkAppointmentCaps } from '../../../domain/caps/check.ts';
import { decideCaps } from '../../../domain/caps/decision.ts';
import type { CapStudent } from '../../../domain/caps/types.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import { formatAcademicYear } from '../../../domain/careers/types.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import {
  INCOMPATIBLE_SITUATIONS,
  type IncompatibleSituation,
  type RegulationProfile,
} from '../../../domain/profiles/types.ts';
import type { Result } from '../../../domain/result.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { fieldFailure } from '../../i18n/field-messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { offeredGrantOf } from '../offers/offered-grant.ts';
import { type CallRow, findCall, profileOfCall } from '../offers/repository.ts';
import { payoutViewOf } from '../payouts/view.ts';
import { queueAppointmentNotice } from './ending-emails.ts';
import { scheduleChecklistReminders } from './reminders.ts';
import {
  type AppointmentDetail,
  type AppointmentRow,
  appointmentOfRow,
  findAppointment,
  findAppointmentOfOffer,
  holdsRole,
  insertAppointment,
  listAppointmentDetails,
  lockAppointment,
  lockStudent,
  offerForAppointment,
  personExists,
  programmeTypeOf,
  projectResponsibleOf,
  saveAppointment,
  studentAppointments,
  unitExists,
} from './repository.ts';

const notFound = (entity: string) => new DomainFailure({ kind: 'not-found', entity });

const unwrap = <T>(result: Result<T, ConstructorParameters<typeof DomainFailure>[0]>): T => {
  if (!result.ok) throw new DomainFailure(result.error);
  return result.value;
};

/** The duties the letter names, from the call's own words for the position and the ministry's kind of activity. */
const defaultDuties = (activityType: string, kind: ActivityKind) =>
  kind === 'supplementary-teaching'
    ? `${activityType}: attività didattico-integrative (esercitazioni in presenza e on-line, laboratori didattici) a integrazione degli insegnamenti curriculari, concordate con il docente referente.`
    : `${activityType}: attività di tutorato (orientamento e sostegno alle scelte didattiche, accoglienza degli studenti, supporto allo studio), concordate con il docente referente.`;

type OfferFacts = NonNullable<Awaited<ReturnType<typeof offerForAppointment>>>;

/** The terms the office starts from: the position's hours and amount, the call's activity period, the profile. */
const defaultTerms = (facts: OfferFacts, profile: RegulationProfile, today: string): AppointmentTerms => {
  facts = offeredGrantOf(facts); // returned hours: the offer's hours and amount, not the whole grant (decision 013)
  const end = facts.call.activitiesEndDate;
  return {
    startDate: today <= end ? today : end,
    endDate: end,
    items: [
      {
        kind: facts.position.activityKind as ActivityKind,
        hours: facts.position.hoursPerGrant,
        costCents: facts.position.amountPerGrantCents,
      },
    ],
    trainingHours: profile.activity.safetyTrainingHours.value ?? 0,
  };
};

const loadOffer = async (ctx: AppContext, offerId: string) => {
  const facts = await offerForAppointment(ctx.database.db, offerId);
  if (!facts) throw notFound('offer');
  return facts;
};

/**
 * The docente referente the form proposes: the responsible of the position's tutoring project, else the call's
 * responsible person, whoever of them holds the supervisor role (the responsabile del procedimento is often office
 * staff, who cannot be named in the letter); else none, and the office chooses.
 */
const defaultSupervisor = async (db: DbOrTx, facts: OfferFacts): Promise<string | null> => {
  const candidates = [await projectResponsibleOf(db, facts.position.projectId), facts.call.responsibleId];
  for (const id of candidates) if (id && (await holdsRole(db, id, 'supervisor'))) return id;
  return null;
};

/** What the office's form starts from for an offer. */
export const appointmentDefaults = async (ctx: AppContext, offerId: string): Promise<AppointmentDefaults> => {
  const facts = await loadOffer(ctx, offerId);
  const profile = await profileOfCall(ctx.database.db, facts.call);
  const existing = await findAppointmentOfOffer(ctx.database.db, offerId);
  return {
    offerId,
    tutorName: facts.tutorName,
    callTitle: facts.call.title,
    activityType: facts.position.activityType,
    supervisorId: await defaultSupervisor(ctx.database.db, facts),
    unitId: facts.position.unitId,
    terms: defaultTerms(facts, profile, romeDate(ctx.clock.now())),
    duties: defaultDuties(facts.position.activityType, facts.position.activityKind as ActivityKind),
    appointmentId: existing?.id ?? null,
  };
};

/** The student as the caps see them: programme type, staff, and the benefits declared (application + office). */
const capStudentOf = async (
  tx: Tx,
  facts: OfferFacts,
  extra: readonly IncompatibleSituation[],
): Promise<CapStudent> => {
  const fromApplication = declaredSituations(facts.declaredTitles).filter((s): s is IncompatibleSituation =>
    (INCOMPATIBLE_SITUATIONS as readonly string[]).includes(s),
  );
  const type = await programmeTypeOf(tx, facts.offer.studentId, facts.call.academicYear);
  return {
    programmeType: (type ?? 'LM') as ProgrammeType,
    isStaff: facts.isStaff,
    declaredSituations: [...new Set([...fromApplication, ...extra])],
  };
};

/**
 * Checks the caps of `proposed` against the student's other appointments, read in the caller's transaction under the
 * student's row lock, and throws caps-exceeded unless clear (or overridden where the profile allows, with a reason).
 */
const clearCaps = async (
  tx: Tx,
  profile: RegulationProfile,
  student: CapStudent,
  proposed: Appointment,
  overrideReason: string | null,
) => {
  const others = (await studentAppointments(tx, proposed.tutorId)).map((row) =>
    capViewOf(appointmentOfRow(row), profile),
  );
  const breaches = checkAppointmentCaps(profile, student, others, capViewOf(proposed, profile));
  return unwrap(decideCaps(breaches, overrideReason ? { reason: overrideReason } : null));
};

/**
 * The office makes the appointment of an accepted offer, its letter generated. Under the student's row lock, so that
 * two offices appointing the same student at once cannot together exceed a cap: the second waits, then counts the
 * first's appointment. Nothing is written when a cap is exceeded, unless every breach is overridable and the office
 * gave a reason (kept on the appointment and in the audit log).
 */
export const createAppointment = async (
  ctx: AppContext,
  offerId: string,
  input: CreateAppointment,
  actorId: string,
  locale: Locale,
): Promise<AppointmentView> => {
  const db = ctx.database.db;
  const seen = await loadOffer(ctx, offerId);
  const profile = await profileOfCall(db, seen.call);
  const supervisorId = input.supervisorId ?? (await defaultSupervisor(db, seen));
  // The form's own fields, named: a missing supervisor is the office's to fill in, not a missing page.
  if (!supervisorId || !(await personExists(db, supervisorId)))
    throw fieldFailure('supervisorId', 'appointment.supervisor-required', locale);
  // The letter names a docente referente: someone holding the supervisor role, not any person.
  if (!(await holdsRole(db, supervisorId, 'supervisor')))
    throw fieldFailure('supervisorId', 'appointment.supervisor-not-supervisor', locale);
  const unitId = input.unitId ?? seen.position.unitId;
  if (!(await unitExists(db, unitId))) throw fieldFailure('unitId', 'appointment.unit-unknown', locale);
  const now = ctx.clock.now();
  const today = romeDate(now);
  const id = await db.transaction(async (tx) => {
    await lockStudent(tx, seen.offer.studentId);
    const facts = await offerForAppointment(tx, offerId);
    if (!facts) throw notFound('offer');
    if (facts.offer.status !== 'accepted')
      throw new DomainFailure({ kind: 'offer-not-accepted', status: facts.offer.status });
    const existing = await findAppointmentOfOffer(tx, offerId);
    if (existing) throw new DomainFailure({ kind: 'appointment-exists', appointmentId: existing.id });
    const terms = { ...defaultTerms(facts, profile, today), ...input.terms };
    const draft = unwrap(
      generateAppointment(
        {
          id: crypto.randomUUID(),
          tutorId: facts.offer.studentId,
          callId: facts.call.id,
          positionId: facts.position.id,
          supervisorId,
          unitId,
          academicYear: formatAcademicYear(facts.call.academicYear),
          complexProject: input.complexProject ?? false,
          terms,
        },
        profile,
      ),
    );
    const student = await capStudentOf(tx, facts, input.declaredSituations ?? []);
    const cleared = await clearCaps(tx, profile, student, draft, input.overrideReason ?? null);
    const row = await insertAppointment(tx, {
      id: draft.id,
      offerId,
      tutorId: draft.tutorId,
      callId: draft.callId,
      positionId: draft.positionId,
      supervisorId,
      unitId,
      academicYear: draft.academicYear,
      complexProject: draft.complexProject,
      status: draft.status,
      terms: draft.terms,
      duties:
        input.duties ??
        defaultDuties(facts.position.activityType, facts.position.activityKind as ActivityKind),
      declaredSituations: student.declaredSituations,
      capOverride: cleared.reason === null ? null : { reason: cleared.reason, breaches: cleared.overridden },
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    });
    await writeAudit(tx, {
      event: 'appointment.created',
      actorId,
      entityType: 'appointment',
      entityId: row.id,
      data: {
        offerId,
        tutorId: row.tutorId,
        callId: row.callId,
        positionId: row.positionId,
        supervisorId,
        unitId,
        terms: row.terms,
        hours: contractedHours(row.terms),
        grossCents: grossCentsOf(row.terms),
      },
      at: now,
    });
    await scheduleChecklistReminders(tx, draft, profile, now, ['inps-registration']);
    if (cleared.reason !== null)
      await writeAudit(tx, {
        event: 'appointment.caps-overridden',
        actorId,
        entityType: 'appointment',
        entityId: row.id,
        reason: cleared.reason,
        data: { breaches: cleared.overridden },
        at: now,
      });
    return row.id;
  });
  return appointmentView(ctx, id);
};

/** One appointment as the office and the tutor read it. */
export const appointmentView = async (ctx: AppContext, id: string): Promise<AppointmentView> => {
  const [detail] = await listAppointmentDetails(ctx.database.db, { id });
  if (!detail) throw notFound('appointment');
  const profile = await profileOfCode(ctx.database.db, detail.profileCode);
  return viewOf(detail, profile, romeDate(ctx.clock.now()));
};

export const viewOf = (
  detail: AppointmentDetail,
  profile: RegulationProfile,
  today: string,
): AppointmentView => {
  const row = detail.appointment;
  const appointment = appointmentOfRow(row);
  return {
    id: row.id,
    offerId: row.offerId,
    tutorId: row.tutorId,
    tutorName: `${detail.tutorGivenName} ${detail.tutorFamilyName}`,
    studentNumber: detail.studentNumber,
    fiscalCode: detail.fiscalCode,
    email: detail.email,
    callId: row.callId,
    callTitle: detail.callTitle,
    callCode: detail.callCode,
    positionId: row.positionId,
    activityType: detail.activityType,
    supervisorId: row.supervisorId,
    supervisorName: detail.supervisorName,
    unitId: row.unitId,
    unitName: detail.unitName,
    academicYear: row.academicYear,
    complexProject: row.complexProject,
    status: appointment.status,
    terms: row.terms,
    hours: contractedHours(row.terms),
    grossCents: grossCentsOf(row.terms),
    duties: row.duties,
    protocol: appointment.protocol,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    startedOn: row.startedOn,
    hoursDone: row.hoursDone,
    pauses: row.pauses,
    amendments: row.amendments,
    checklist: checklistOf(appointment, profile, today),
    ending: row.ending ?? null,
    capOverride: row.capOverride
      ? { reason: row.capOverride.reason, caps: row.capOverride.breaches.map((b) => b.cap) }
      : null,
    createdAt: row.createdAt.toISOString(),
    payout: payoutViewOf(appointment, detail.payout, profile, today),
    rules: {
      maxPauseDays: profile.activity.maxPauseDays.value,
      pauseDaysUsed: totalPauseDays(appointment, today),
      payoutMinimumHours: profile.payout.minimumHours.value,
      graduation: graduationOutcome(appointment, profile),
    },
    withdrawalNotice: row.withdrawalNotice ?? null,
  };
};

/** The tutors' register (seed 003, "Dati tutor"): every appointment, filtered by call, unit, year, status or a search. */
export const appointmentRegister = async (
  ctx: AppContext,
  filter: Parameters<typeof listAppointmentDetails>[1],
): Promise<AppointmentView[]> => {
  const details = await listAppointmentDetails(ctx.database.db, filter);
  const today = romeDate(ctx.clock.now());
  const profiles = new Map<string, RegulationProfile>();
  const views: AppointmentView[] = [];
  for (const detail of details) {
    let profile = profiles.get(detail.profileCode);
    if (!profile) {
      profile = await profileOfCode(ctx.database.db, detail.profileCode);
      profiles.set(detail.profileCode, profile);
    }
    views.push(viewOf(detail, profile, today));
  }
  return views;
};

/** A change to one appointment: what the domain rule makes of it, and how it is audited. */
export type Change = (
  appointment: Appointment,
  context: { profile: RegulationProfile; today: string; now: Date; tx: Tx; row: AppointmentRow },
) => Promise<{ next: Appointment; event: AuditEvent; reason?: string | null; data: Record<string, unknown> }>;

/**
 * Runs one change of an appointment's life in a transaction: the student's lock (the caps may be checked again),
 * the appointment's row, the rule, the new state and its audit row. `owner` limits it to the tutor's own appointment
 * (someone else's is "not found").
 */
export const changeAppointment = async (
  ctx: AppContext,
  id: string,
  actorId: string,
  change: Change,
  owner: string | null = null,
  /** Locks taken before the student's, in the order every other path takes them (a call's before a person's). */
  lockFirst: ((tx: Tx, seen: AppointmentRow) => Promise<void>) | null = null,
): Promise<AppointmentView> => {
  const db = ctx.database.db;
  const seen = await findAppointment(db, id);
  if (!seen || (owner !== null && seen.tutorId !== owner)) throw notFound('appointment');
  await db.transaction(async (tx) => {
    await lockFirst?.(tx, seen);
    await lockStudent(tx, seen.tutorId);
    const row = await lockAppointment(tx, id);
    if (!row) throw notFound('appointment');
    const call = await findCall(tx, row.callId);
    if (!call) throw notFound('call');
    const profile = await profileOfCall(tx, call);
    const now = ctx.clock.now();
    const today = romeDate(now);
    const { next, event, reason, data } = await change(appointmentOfRow(row), {
      profile,
      today,
      now,
      tx,
      row,
    });
    await saveAppointment(tx, next, now);
    await writeAudit(tx, {
      event,
      actorId,
      entityType: 'appointment',
      entityId: id,
      reason: reason ?? null,
      data: { before: row.status, after: next.status, ...data },
      at: now,
    });
  });
  return appointmentView(ctx, id);
};

/** The profile the appointment's call was drafted under. */
const profileOfCode = (db: DbOrTx, profileCode: string) => profileOfCall(db, { profileCode } as CallRow);

const letterStep =
  (event: AuditEvent, make: (today: string, now: Date) => LetterEvent): Change =>
  async (appointment, { profile, today, now }) => {
    const step = make(today, now);
    const next = unwrap(advanceLetter(appointment, step, profile));
    return { next, event, data: step.type === 'sign' ? { protocol: next.protocol } : {} };
  };

/** The director signed the letter; the office records its protocol number and date. */
export const signLetter = (
  ctx: AppContext,
  id: string,
  actorId: string,
  input: { protocolNumber: string; protocolDate: string },
) =>
  changeAppointment(ctx, id, actorId, async (appointment, context) => {
    const step = await letterStep('appointment.signed', (today) => ({ type: 'sign', ...input, today }))(
      appointment,
      context,
    );
    // The protocol date fixes the regional communication's due date: its reminders can be planned now.
    await scheduleChecklistReminders(context.tx, step.next, context.profile, context.now, [
      'regional-communication',
    ]);
    return step;
  });

/** The tutor acknowledges their own signed letter; someone else's is not found. */
export const acknowledgeLetter = (ctx: AppContext, id: string, personId: string) =>
  changeAppointment(
    ctx,
    id,
    personId,
    letterStep('appointment.acknowledged', (_today, now) => ({ type: 'acknowledge', personId, at: now })),
    personId,
  );

/** The activity starts (on or after the start date, with the blocking checklist items done). */
export const activateAppointment = (ctx: AppContext, id: string, actorId: string) =>
  changeAppointment(
    ctx,
    id,
    actorId,
    letterStep('appointment.activated', (today) => ({ type: 'activate', today })),
  );

/**
 * Records a checklist item done, by its owner: the tutor from their own appointments (INPS registration, code of
 * ethics), the office from the register (safety training, the regional communication with its protocol number).
 * The date is a Rome date not after today; someone else's appointment is not found.
 */
export const completeChecklist = async (
  ctx: AppContext,
  id: string,
  actorId: string,
  input: { item: ChecklistItem; on: string; protocolNumber?: string | undefined },
  by: ChecklistOwner,
  locale: Locale,
) => {
  if (
    input.item === 'regional-communication' &&
    CHECKLIST_OWNERS[input.item] === by &&
    !input.protocolNumber?.trim()
  )
    throw fieldFailure('protocolNumber', 'appointment.communication-protocol-required', locale);
  return changeAppointment(
    ctx,
    id,
    actorId,
    async (appointment, { today }) => {
      if (input.on > today)
        throw new DomainFailure({
          kind: 'appointment-transition-refused',
          status: appointment.status,
          action: 'complete-checklist',
          reason: 'date-invalid',
          items: [],
        });
      const record = {
        on: input.on,
        ...(input.protocolNumber ? { protocolNumber: input.protocolNumber } : {}),
      };
      const next = unwrap(completeChecklistItem(appointment, input.item, record, by));
      return {
        next,
        event: 'appointment.checklist-completed',
        data: { item: input.item, ...next.checklist[input.item], by },
      };
    },
    by === 'tutor' ? actorId : null,
  );
};

/**
 * Amends the terms: before signing a correction, after it an amendment with a required reason (before/after kept).
 * The caps are checked again on the new terms under the student's lock.
 */
export const amendTerms = (
  ctx: AppContext,
  id: string,
  actorId: string,
  input: { terms: AppointmentTerms; reason: string },
) => changeAppointment(ctx, id, actorId, amendment(ctx, input));

/**
 * The change of an amendment: the rule, the caps checked again on the new terms (under the student's lock the
 * change runs in), the INPS reminder moved with a new start. `data` adds to what the audit row records.
 */
export const amendment =
  (
    ctx: AppContext,
    input: { terms: AppointmentTerms; reason: string; returnedHoursFrom?: string },
    data: Record<string, unknown> = {},
  ): Change =>
  async (appointment, { profile, today, tx, row }) => {
    const next = unwrap(amendAppointment(appointment, { ...input, date: today }, profile));
    const facts = await offerForAppointment(tx, row.offerId);
    if (!facts) throw notFound('offer');
    const student = await capStudentOf(tx, facts, row.declaredSituations as IncompatibleSituation[]);
    await clearCaps(tx, profile, student, next, null);
    // A new start moves the INPS registration's deadline, and its reminder with it.
    if (next.terms.startDate !== appointment.terms.startDate)
      await scheduleChecklistReminders(tx, next, profile, ctx.clock.now(), ['inps-registration']);
    const made = next.amendments.length > appointment.amendments.length ? next.amendments.at(-1) : null;
    // A signed letter changed: the tutor and the supervisor are told (outbox, same transaction). A correction
    // before signing tells nobody: the letter they will sign is the corrected one.
    if (made) await queueAppointmentNotice(ctx, tx, appointment.id, { kind: 'amended', amendment: made });
    return {
      next,
      event: 'appointment.amended',
      reason: made?.reason ?? null,
      data: { before: appointment.terms, after: next.terms, changed: made?.changed ?? [], ...data },
    };
  };

export const pauseActivity = (
  ctx: AppContext,
  id: string,
  actorId: string,
  input: { from: string; until: string | null; reason: string },
) =>
  changeAppointment(ctx, id, actorId, async (appointment, { profile, today, tx }) => {
    const next = unwrap(pauseAppointment(appointment, input, profile, today));
    await queueAppointmentNotice(ctx, tx, id, { kind: 'paused', ...input });
    return {
      next,
      event: 'appointment.paused',
      reason: input.reason,
      data: { from: input.from, until: input.until },
    };
  });

export const resumeActivity = (ctx: AppContext, id: string, actorId: string, input: { on: string }) =>
  changeAppointment(ctx, id, actorId, async (appointment, { profile, today, tx }) => {
    const next = unwrap(resumeAppointment(appointment, input.on, profile, today));
    await queueAppointmentNotice(ctx, tx, id, { kind: 'resumed', on: input.on });
    return { next, event: 'appointment.resumed', data: input };
  });

/** Completion, withdrawal or forfeiture: the hours not done go back to the position (recorded and audited). */
export const endActivity = (
  ctx: AppContext,
  id: string,
  actorId: string,
  input: { kind: EndingKind; date: string; hoursDone: number; note: string },
) =>
  changeAppointment(ctx, id, actorId, async (appointment, { profile, tx }) => {
    const next = unwrap(endAppointment(appointment, input, profile));
    // The tutor and the supervisor are told how and when it ended (outbox, same transaction).
    if (next.ending)
      await queueAppointmentNotice(ctx, tx, id, {
        kind: 'ended',
        ending: next.ending,
        contractedHours: contractedHours(next.terms),
      });
    return {
      next,
      event: 'appointment.ended',
      reason: input.note.trim() || null,
      data: {
        kind: input.kind,
        date: input.date,
        hoursDone: input.hoursDone,
        hoursReturned: next.ending?.hoursReturned ?? 0,
        positionId: appointment.positionId,
      },
    };
  });
