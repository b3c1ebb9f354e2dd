import { IdParamsSchema } from '../../../api/common.ts';
import {
  CancelPayoutSchema,
  PayoutOrderQuerySchema,
  PayoutSchema,
  RecordPayoutSchema,
} from '../../../api/payouts.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { App } from '../../http/app-types.ts';
import { requestLocale } from '../../i18n/locale.ts';
import { appointmentView } from '../appointments/service.ts';
import { payoutOrderFileName, renderPayoutOrderPdf } from './order-pdf.ts';
import { cancelPayoutOrder, payoutOf, recordPayout } from './service.ts';

export const payoutRoutes = async (app: App) => {
  const { ctx } = app;
  const tags = ['payouts'];

  app.get(
    '/api/appointments/:id/payout',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          "The payout of an ended appointment: what an order dated today would pay (hours, gross, INPS split at the year's rate, net, cost to the university), or what was paid",
        params: IdParamsSchema,
        response: { 200: PayoutSchema },
      },
    },
    async (request) => payoutOf(ctx, request.params.id),
  );

  app.post(
    '/api/appointments/:id/payout',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          'Record the payout order (dispositivo di liquidazione) of an ended appointment: number and Rome date (not before the ending, not in the future); paid once (409 after)',
        params: IdParamsSchema,
        body: RecordPayoutSchema,
        response: { 201: PayoutSchema },
      },
    },
    async (request, reply) => {
      const actorId = request.principal?.personId;
      if (!actorId) throw new DomainFailure({ kind: 'not-authenticated' });
      return reply.code(201).send(await recordPayout(ctx, request.params.id, request.body, actorId));
    },
  );

  app.post(
    '/api/appointments/:id/payout/cancel',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          'Cancel the payout order in force (a wrong number, date or figure), with a required reason: it stays on record, the appointment is due again',
        params: IdParamsSchema,
        body: CancelPayoutSchema,
        response: { 200: PayoutSchema },
      },
    },
    async (request) => {
      const actorId = request.principal?.personId;
      if (!actorId) throw new DomainFailure({ kind: 'not-authenticated' });
      return cancelPayoutOrder(ctx, request.params.id, request.body, actorId, requestLocale(request));
    },
  );

  app.get(
    '/api/appointments/:id/payout.pdf',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary:
          'The payout order (dispositivo di liquidazione) of a paid appointment as a PDF, in Italian (the act) unless ?lang=en asks for the English courtesy translation; 404 until the order is recorded',
        params: IdParamsSchema,
        querystring: PayoutOrderQuerySchema,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const payout = await payoutOf(ctx, request.params.id);
      if (payout.status !== 'paid') throw new DomainFailure({ kind: 'not-found', entity: 'payout' });
      const appointment = await appointmentView(ctx, request.params.id);
      const pdf = await renderPayoutOrderPdf(
        appointment,
        payout,
        { universityName: ctx.config.UNIVERSITY_NAME },
        ctx.clock.now(),
        request.query.lang ?? 'it',
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${payoutOrderFileName(appointment)}"`)
        .send(pdf);
    },
  );
};
