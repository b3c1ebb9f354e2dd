import type { FastifyRequest } from 'fastify';
import { IdParamsSchema } from '../../../api/common.ts';
import type { RankingView } from '../../../api/rankings.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { App } from '../../http/app-types.ts';
import { buildXlsx, romeCell, sendXlsx, type XlsxColumn } from '../../http/xlsx.ts';
import { type Locale, requestLocale } from '../../i18n/locale.ts';
import { rankingView } from './service.ts';

type Entry = RankingView['entries'][number];

const OUTCOMES: Record<Locale, Record<Entry['outcome'], string>> = {
  it: { winner: 'Vincitore', eligible: 'Idoneo', excluded: 'Escluso' },
  en: { winner: 'Winner', eligible: 'Eligible', excluded: 'Excluded' },
};

/** Why an entry is out of the ranking, as stored by the computation (the committee's note, or the rule's code). */
const exclusionText = (entry: Entry) => {
  const exclusions = (entry.detail.exclusions ?? []) as Array<{ code?: string; note?: string }>;
  return exclusions.map((e) => (e.note ? `${e.code}: ${e.note}` : (e.code ?? ''))).join('; ');
};

/**
 * The office's ranking with names: place, protocol number, student number, name, total (as the committee writes it,
 * and as a number for sums), outcome, ties and exclusions. Never public: the public list is pseudonymised.
 */
const exportColumns = (locale: Locale, ranking: RankingView): XlsxColumn<Entry>[] => {
  const it = locale === 'it';
  return [
    { header: it ? 'Posizione' : 'Place', width: 10, value: (e) => e.place },
    { header: it ? 'Protocollo' : 'Protocol number', width: 14, value: (e) => e.protocolNumber },
    { header: it ? 'Matricola' : 'Student number', width: 12, value: (e) => e.studentNumber },
    { header: it ? 'Cognome' : 'Family name', value: (e) => e.familyName },
    { header: it ? 'Nome' : 'Given name', value: (e) => e.givenName },
    { header: it ? 'Punteggio' : 'Score', width: 10, value: (e) => e.total },
    {
      header: it ? 'Punteggio (numero)' : 'Score (number)',
      width: 10,
      value: (e) => e.totalHundredths / 100,
    },
    { header: it ? 'Esito' : 'Outcome', width: 12, value: (e) => OUTCOMES[locale][e.outcome] },
    {
      header: it ? 'Ex aequo (gruppo)' : 'Tie (group)',
      width: 10,
      value: (e) => e.tieGroup,
    },
    {
      header: it ? 'In attesa di punteggi' : 'Awaiting scores',
      width: 10,
      value: (e) => (e.awaitingScores ? (it ? 'Sì' : 'Yes') : null),
    },
    { header: it ? 'Motivo dell’esclusione' : 'Reason for exclusion', width: 50, value: exclusionText },
    {
      header: it
        ? `Calcolata il (ora di Roma), versione ${ranking.version}`
        : `Computed (Rome time), version ${ranking.version}`,
      width: 22,
      value: () => (ranking.computedAt ? romeCell(ranking.computedAt) : null),
    },
  ];
};

const actorOf = (request: FastifyRequest) => {
  if (!request.principal) throw new DomainFailure({ kind: 'not-authenticated' });
  return request.principal.personId;
};

/** The office downloads one ranking, with names, as an XLSX file (audited as a data export). */
export const rankingExportRoutes = async (app: App) => {
  const { ctx } = app;
  app.get(
    '/api/rankings/:id/export.xlsx',
    {
      config: { access: 'rankings.manage' },
      schema: {
        tags: ['rankings'],
        summary: 'One ranking with names as an XLSX file, for the office',
        params: IdParamsSchema,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const actorId = actorOf(request);
      const locale = requestLocale(request);
      const ranking = await rankingView(ctx.database.db, request.params.id, locale);
      const body = await buildXlsx(
        locale === 'it' ? 'Graduatoria' : 'Ranking',
        exportColumns(locale, ranking),
        ranking.entries,
      );
      await writeAudit(ctx.database.db, {
        event: 'data-export.downloaded',
        actorId,
        entityType: 'ranking',
        entityId: ranking.id,
        data: { what: 'ranking', rows: ranking.entries.length, callId: ranking.callId },
        at: ctx.clock.now(),
      });
      return sendXlsx(reply, `graduatoria-${ranking.id}.xlsx`, body);
    },
  );
};
