import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AmendAppointmentSchema,
  type Appointment,
  AppointmentDefaultsSchema,
  AppointmentListSchema,
  type AppointmentRegisterQuery,
  AppointmentRegisterQuerySchema,
  AppointmentSchema,
  AssignReturnedHoursSchema,
  AwaitingOfferListSchema,
  ChecklistDoneSchema,
  CreateAppointmentSchema,
  EndAppointmentSchema,
  LetterQuerySchema,
  PauseAppointmentSchema,
  ResumeAppointmentSchema,
  RetractWithdrawalSchema,
  ReturnedHoursSchema,
  SignLetterSchema,
  TutorChecklistDoneSchema,
  WithdrawalNoticeInputSchema,
} from '../../../api/appointments.ts';
import { IdParamsSchema } from '../../../api/common.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { App } from '../../http/app-types.ts';
import { fileNameSlug } from '../../http/file-reply.ts';
import { buildXlsx, sendXlsx } from '../../http/xlsx.ts';
import { requestLocale } from '../../i18n/locale.ts';
import { letterFileName, renderLetterPdf } from './letter-pdf.ts';
import { registerColumns } from './register-xlsx.ts';
import { offersAwaitingAppointment, personLocale } from './repository.ts';
import { assignReturnedHours, returnedHoursView } from './returned-hours.ts';
import {
  acknowledgeLetter,
  activateAppointment,
  amendTerms,
  appointmentDefaults,
  appointmentRegister,
  appointmentView,
  completeChecklist,
  createAppointment,
  endActivity,
  pauseActivity,
  resumeActivity,
  signLetter,
} from './service.ts';
import { notifyWithdrawal, retractWithdrawal } from './withdrawal.ts';

/** The register's file name says what it holds: dati-tutor-DEI-2025-2025-26-ended.xlsx (letters, digits, dashes). */
const registerFileName = (locale: 'it' | 'en', filter: AppointmentRegisterQuery, items: Appointment[]) => {
  const parts = [
    locale === 'it' ? 'dati-tutor' : 'tutors',
    filter.callId ? items[0]?.callCode : undefined,
    filter.unitId ? items[0]?.unitName : undefined,
    filter.academicYear,
    filter.status,
    filter.q ? (locale === 'it' ? 'ricerca' : 'search') : undefined,
  ];
  return `${fileNameSlug(...parts.map((part) => part?.slice(0, 40)))}.xlsx`;
};

export const appointmentRoutes = async (app: App) => {
  const { ctx } = app;
  const tags = ['appointments'];
  const personOf = (request: FastifyRequest) => {
    const id = request.principal?.personId;
    if (!id) throw new DomainFailure({ kind: 'not-authenticated' });
    return id;
  };
  /** The letter in the language asked for, else in the tutor's saved language (it or en). */
  const sendLetter = async (reply: FastifyReply, appointment: Appointment, lang: 'it' | 'en' | undefined) => {
    const language = lang ?? (await personLocale(ctx.database.db, appointment.tutorId));
    const pdf = await renderLetterPdf(
      appointment,
      { universityName: ctx.config.UNIVERSITY_NAME },
      ctx.clock.now(),
      language,
    );
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${letterFileName(appointment)}"`)
      .send(pdf);
  };

  app.get(
    '/api/offers/:id/appointment',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          "What the appointment of an accepted offer starts from: the position's hours and amount, the call's dates and responsible person",
        params: IdParamsSchema,
        response: { 200: AppointmentDefaultsSchema },
      },
    },
    async (request) => appointmentDefaults(ctx, request.params.id),
  );

  app.post(
    '/api/offers/:id/appointment',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          'Make the appointment of an accepted offer (letter generated) after checking the caps under the student’s lock; 409 caps-exceeded names each cap and the excess',
        params: IdParamsSchema,
        body: CreateAppointmentSchema,
        response: { 201: AppointmentSchema },
      },
    },
    async (request, reply) => {
      const created = await createAppointment(
        ctx,
        request.params.id,
        request.body,
        personOf(request),
        requestLocale(request),
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/appointments',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary: "The tutors' register (Dati tutor): every appointment, by call, unit or status",
        querystring: AppointmentRegisterQuerySchema,
        response: { 200: AppointmentListSchema },
      },
    },
    async (request) => ({ items: await appointmentRegister(ctx, request.query) }),
  );

  app.get(
    '/api/appointments/awaiting',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary: 'Accepted offers still waiting for their appointment',
        response: { 200: AwaitingOfferListSchema },
      },
    },
    async () => ({
      items: (await offersAwaitingAppointment(ctx.database.db)).map(({ closedAt, ...o }) => ({
        ...o,
        acceptedAt: closedAt?.toISOString() ?? null,
      })),
    }),
  );

  app.get(
    '/api/appointments/export.xlsx',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary: "The tutors' register as an XLSX file, with the same filters",
        querystring: AppointmentRegisterQuerySchema,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const locale = requestLocale(request);
      const items = await appointmentRegister(ctx, request.query);
      const body = await buildXlsx(locale === 'it' ? 'Dati tutor' : 'Tutors', registerColumns(locale), items);
      await writeAudit(ctx.database.db, {
        event: 'data-export.downloaded',
        actorId: personOf(request),
        entityType: 'appointment',
        entityId: null,
        data: { what: 'appointments', rows: items.length, filter: request.query },
        at: ctx.clock.now(),
      });
      return sendXlsx(reply, registerFileName(locale, request.query, items), body);
    },
  );

  app.get(
    '/api/appointments/:id',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary: 'One appointment with its letter, amendments, pauses, checklist and ending',
        params: IdParamsSchema,
        response: { 200: AppointmentSchema },
      },
    },
    async (request) => appointmentView(ctx, request.params.id),
  );

  app.get(
    '/api/appointments/:id/letter.pdf',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary: "The appointment letter as a PDF, in the tutor's language unless ?lang= says otherwise",
        params: IdParamsSchema,
        querystring: LetterQuerySchema,
      },
    },
    async (request, reply) =>
      sendLetter(reply, await appointmentView(ctx, request.params.id), request.query.lang),
  );

  const office = <B>(
    path: string,
    summary: string,
    body: z.ZodType<B>,
    run: (id: string, actorId: string, input: B) => Promise<Appointment>,
  ) =>
    app.post(
      `/api/appointments/:id/${path}`,
      {
        config: { access: 'appointments.manage' },
        schema: { tags, summary, params: IdParamsSchema, body, response: { 200: AppointmentSchema } },
      },
      async (request) => run((request.params as { id: string }).id, personOf(request), request.body as B),
    );

  office(
    'sign',
    'The director signed the letter: record the protocol number and date (not in the future)',
    SignLetterSchema,
    (id, actor, input) => signLetter(ctx, id, actor, input),
  );
  office(
    'activate',
    'The activity starts: on or after the start date, with the blocking checklist items done',
    z.object({}).default({}),
    (id, actor) => activateAppointment(ctx, id, actor),
  );
  app.post(
    '/api/appointments/:id/checklist',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          "Record the office's checklist items done on a Rome date: safety training, the regional communication (with its protocol number); the tutor's items are refused (409)",
        params: IdParamsSchema,
        body: ChecklistDoneSchema,
        response: { 200: AppointmentSchema },
      },
    },
    async (request) =>
      completeChecklist(
        ctx,
        request.params.id,
        personOf(request),
        request.body,
        'office',
        requestLocale(request),
      ),
  );
  office(
    'amend',
    'Change the terms: a correction before signing, after it an amendment with a required reason; caps checked again',
    AmendAppointmentSchema,
    (id, actor, input) => amendTerms(ctx, id, actor, input),
  );
  office(
    'pause',
    "Pause the activity, within the profile's limit on all pauses together",
    PauseAppointmentSchema,
    (id, actor, input) => pauseActivity(ctx, id, actor, input),
  );
  office('resume', 'Resume a paused activity', ResumeAppointmentSchema, (id, actor, input) =>
    resumeActivity(ctx, id, actor, input),
  );
  office(
    'end',
    'End the appointment: completed, withdrawal or forfeiture; the hours not done go back to the position',
    EndAppointmentSchema,
    (id, actor, input) => endActivity(ctx, id, actor, input),
  );

  app.get(
    '/api/appointments/:id/returned-hours',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          "The hours an ended appointment gave back: what is left, the offer of them to a candidate, the parts given to the call's other tutors, and who may take them",
        params: IdParamsSchema,
        response: { 200: ReturnedHoursSchema },
      },
    },
    async (request) => returnedHoursView(ctx.database.db, request.params.id),
  );
  app.post(
    '/api/appointments/:id/returned-hours/assignments',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          "Give part of an ended appointment's returned hours to another tutor of the call, on the supervisor's indication (seed 001 art. 8 c.4): the tutor's appointment is amended, caps checked again",
        params: IdParamsSchema,
        body: AssignReturnedHoursSchema,
        response: { 200: ReturnedHoursSchema },
      },
    },
    async (request) =>
      assignReturnedHours(ctx, request.params.id, personOf(request), request.body, requestLocale(request)),
  );

  app.get(
    '/api/me/appointments',
    {
      config: { access: 'appointments.own' },
      schema: {
        tags,
        summary: 'My appointments with their letters and checklists',
        response: { 200: AppointmentListSchema },
      },
    },
    async (request) => ({ items: await appointmentRegister(ctx, { tutorId: personOf(request) }) }),
  );

  app.get(
    '/api/me/appointments/:id/letter.pdf',
    {
      config: { access: 'appointments.own' },
      schema: {
        tags,
        summary: 'My appointment letter as a PDF, in my language unless ?lang= says otherwise',
        params: IdParamsSchema,
        querystring: LetterQuerySchema,
      },
    },
    async (request, reply) => {
      const appointment = await appointmentView(ctx, request.params.id);
      if (appointment.tutorId !== personOf(request))
        throw new DomainFailure({ kind: 'not-found', entity: 'appointment' });
      return sendLetter(reply, appointment, request.query.lang);
    },
  );

  app.post(
    '/api/me/appointments/:id/checklist',
    {
      config: { access: 'appointments.own' },
      schema: {
        tags,
        summary:
          'Declare my INPS Gestione Separata registration or that I read the code of ethics, on a Rome date not after today',
        params: IdParamsSchema,
        body: TutorChecklistDoneSchema,
        response: { 200: AppointmentSchema },
      },
    },
    async (request) =>
      completeChecklist(
        ctx,
        request.params.id,
        personOf(request),
        request.body,
        'tutor',
        requestLocale(request),
      ),
  );

  app.post(
    '/api/me/appointments/:id/acknowledge',
    {
      config: { access: 'appointments.own' },
      schema: {
        tags,
        summary: 'Acknowledge my signed letter (firma per presa visione); someone else’s is not found',
        params: IdParamsSchema,
        response: { 200: AppointmentSchema },
      },
    },
    async (request) => acknowledgeLetter(ctx, request.params.id, personOf(request)),
  );

  app.post(
    '/api/me/appointments/:id/withdrawal',
    {
      config: { access: 'appointments.own' },
      schema: {
        tags,
        summary:
          'Give written notice of my withdrawal (rinuncia): the last day of activity and the reason, once; the office and the supervisor are told and the office ends the appointment with the hours done',
        params: IdParamsSchema,
        body: WithdrawalNoticeInputSchema,
        response: { 200: AppointmentSchema },
      },
    },
    async (request) =>
      notifyWithdrawal(ctx, request.params.id, personOf(request), request.body, requestLocale(request)),
  );

  app.post(
    '/api/me/appointments/:id/withdrawal/retract',
    {
      config: { access: 'appointments.own' },
      schema: {
        tags,
        summary:
          'Take back my withdrawal notice before the office ends the appointment: the activity goes on; the office and the supervisor are told',
        params: IdParamsSchema,
        body: RetractWithdrawalSchema,
        response: { 200: AppointmentSchema },
      },
    },
    async (request) => retractWithdrawal(ctx, request.params.id, personOf(request), request.body),
  );
};
