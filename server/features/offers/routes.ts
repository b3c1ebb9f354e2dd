import type { FastifyRequest } from 'fastify';
import { IdParamsSchema } from '../../../api/common.ts';
import {
  OtherRankingCandidateListSchema,
  OtherRankingOfferSchema,
  OwnOfferListSchema,
  OwnOfferSchema,
  type RankingOffers,
  RankingOffersSchema,
  ReturnedHoursOfferSchema,
  WithdrawOfferSchema,
} from '../../../api/offers.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { App } from '../../http/app-types.ts';
import { buildXlsx, romeCell, sendXlsx, type XlsxColumn } from '../../http/xlsx.ts';
import { type Locale, requestLocale } from '../../i18n/locale.ts';
import {
  offerFromOtherRanking,
  offerReturnedHours,
  otherRankingCandidates,
  withdrawOffer,
} from './office-actions.ts';
import { answerOffer, ownOffers, rankingOffers, startOffers } from './service.ts';

type OfficeOffer = RankingOffers['items'][number];

const STATUS_WORDS: Record<Locale, Record<OfficeOffer['status'], string>> = {
  it: {
    pending: 'In attesa',
    accepted: 'Accettata',
    refused: 'Rifiutata',
    expired: 'Scaduta',
    withdrawn: 'Ritirata',
  },
  en: {
    pending: 'Pending',
    accepted: 'Accepted',
    refused: 'Refused',
    expired: 'Expired',
    withdrawn: 'Withdrawn',
  },
};

const REASON_WORDS: Record<Locale, Record<OfficeOffer['reason'], string>> = {
  it: {
    winner: 'Vincitore',
    'draw-down': 'Scorrimento',
    'other-ranking': 'Da altra graduatoria',
    'returned-hours': 'Ore restituite',
  },
  en: {
    winner: 'Winner',
    'draw-down': 'Draw-down',
    'other-ranking': 'From another ranking',
    'returned-hours': 'Returned hours',
  },
};

const exportColumns = (locale: Locale): XlsxColumn<OfficeOffer>[] => {
  const it = locale === 'it';
  return [
    { header: it ? 'N.' : 'No.', width: 6, value: (o) => o.sequence },
    { header: it ? 'Protocollo' : 'Protocol', value: (o) => o.protocolNumber },
    { header: it ? 'Cognome' : 'Family name', value: (o) => o.familyName },
    { header: it ? 'Nome' : 'Given name', value: (o) => o.givenName },
    { header: it ? 'Posizione' : 'Position', width: 30, value: (o) => o.activityType },
    { header: it ? 'Assegno n.' : 'Grant no.', width: 10, value: (o) => o.grantNumber },
    {
      header: it ? 'Motivo' : 'Reason',
      value: (o) => REASON_WORDS[locale][o.reason],
    },
    { header: it ? 'Ore' : 'Hours', width: 8, value: (o) => o.hours },
    { header: it ? 'Stato' : 'Status', value: (o) => STATUS_WORDS[locale][o.status] },
    { header: it ? 'Offerta il (ora di Roma)' : 'Offered (Rome time)', value: (o) => romeCell(o.offeredAt) },
    { header: it ? 'Ultimo giorno' : 'Last day', value: (o) => o.lastDay },
    {
      header: it ? 'Chiusa il (ora di Roma)' : 'Closed (Rome time)',
      value: (o) => (o.closedAt ? romeCell(o.closedAt) : null),
    },
  ];
};

export const offerRoutes = async (app: App) => {
  const { ctx } = app;
  const tags = ['offers'];
  const personOf = (request: FastifyRequest) => {
    const id = request.principal?.personId;
    if (!id) throw new DomainFailure({ kind: 'not-authenticated' });
    return id;
  };

  app.post(
    '/api/rankings/:id/offers',
    {
      config: { access: 'offers.manage' },
      schema: {
        tags,
        summary:
          'Start the offers of a definitive ranking (it goes in use): the winners, then the draw-down, receive offers with their deadline; again: only the offers due',
        params: IdParamsSchema,
        response: { 200: RankingOffersSchema },
      },
    },
    async (request) => startOffers(ctx, request.params.id, personOf(request), requestLocale(request)),
  );

  app.post(
    '/api/offers/:id/withdraw',
    {
      config: { access: 'offers.manage' },
      schema: {
        tags,
        summary:
          'The office withdraws a pending offer with a reason: the candidate keeps their place, the grant goes to the next candidate',
        params: IdParamsSchema,
        body: WithdrawOfferSchema,
        response: { 200: RankingOffersSchema },
      },
    },
    async (request) =>
      withdrawOffer(ctx, request.params.id, personOf(request), request.body.reason, requestLocale(request)),
  );

  app.get(
    '/api/rankings/:id/other-rankings/candidates',
    {
      config: { access: 'offers.manage' },
      schema: {
        tags,
        summary:
          'Candidates of related rankings (same call, or same profile within validity) who could take a vacant grant of this exhausted ranking, best score first',
        params: IdParamsSchema,
        response: { 200: OtherRankingCandidateListSchema },
      },
    },
    async (request) => ({ items: await otherRankingCandidates(ctx, request.params.id) }),
  );

  app.post(
    '/api/rankings/:id/other-rankings/offers',
    {
      config: { access: 'offers.manage' },
      schema: {
        tags,
        summary:
          'Offer a vacant grant of this exhausted ranking to a candidate of a related ranking (their acceptance is their consent)',
        params: IdParamsSchema,
        body: OtherRankingOfferSchema,
        response: { 200: RankingOffersSchema },
      },
    },
    async (request) =>
      offerFromOtherRanking(ctx, request.params.id, request.body, personOf(request), requestLocale(request)),
  );

  app.post(
    '/api/rankings/:id/returned-hours',
    {
      config: { access: 'offers.manage' },
      schema: {
        tags,
        summary:
          'Offer the hours an appointment of this ranking gave back when it ended early to the next candidate',
        params: IdParamsSchema,
        body: ReturnedHoursOfferSchema,
        response: { 200: RankingOffersSchema },
      },
    },
    async (request) =>
      offerReturnedHours(
        ctx,
        request.params.id,
        request.body.appointmentId,
        personOf(request),
        requestLocale(request),
      ),
  );

  app.get(
    '/api/rankings/:id/offers',
    {
      config: { access: 'offers.manage' },
      schema: {
        tags,
        summary: "A ranking's offers and its draw-down: filled, waiting, exhausted or stopped at a tie",
        params: IdParamsSchema,
        response: { 200: RankingOffersSchema },
      },
    },
    async (request) => rankingOffers(ctx, request.params.id, requestLocale(request)),
  );

  app.get(
    '/api/rankings/:id/offers/export.xlsx',
    {
      config: { access: 'offers.manage' },
      schema: {
        tags,
        summary: "A ranking's offers as an XLSX file (times in Rome)",
        params: IdParamsSchema,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const locale = requestLocale(request);
      const view = await rankingOffers(ctx, request.params.id, locale);
      const body = await buildXlsx(locale === 'it' ? 'Offerte' : 'Offers', exportColumns(locale), view.items);
      await writeAudit(ctx.database.db, {
        event: 'data-export.downloaded',
        actorId: personOf(request),
        entityType: 'ranking',
        entityId: request.params.id,
        data: { what: 'offers', rows: view.items.length },
        at: ctx.clock.now(),
      });
      return sendXlsx(reply, `${locale === 'it' ? 'offerte' : 'offers'}-${request.params.id}.xlsx`, body);
    },
  );

  app.get(
    '/api/offers',
    {
      config: { access: 'offers.own' },
      schema: {
        tags,
        summary: 'My offers, with the last day to answer (Rome time)',
        response: { 200: OwnOfferListSchema },
      },
    },
    async (request) => ({ items: await ownOffers(ctx, personOf(request), requestLocale(request)) }),
  );

  for (const answer of ['accept', 'refuse'] as const) {
    app.post(
      `/api/offers/:id/${answer}`,
      {
        config: { access: 'offers.own' },
        schema: {
          tags,
          summary:
            answer === 'accept'
              ? 'Accept my offer before its deadline'
              : 'Refuse my offer (the ranking draws down to the next candidate at once)',
          params: IdParamsSchema,
          response: { 200: OwnOfferSchema },
        },
      },
      async (request) =>
        answerOffer(ctx, personOf(request), request.params.id, answer, requestLocale(request)),
    );
  }
};
