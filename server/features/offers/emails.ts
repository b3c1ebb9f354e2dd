import { formatEuro } from '../../../domain/money/cents.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { dayInWords } from '../../i18n/dates.ts';
import type { Locale } from '../../i18n/locale.ts';
import { queueEmail } from '../../mail/outbox.ts';
import { type OfferLetterData, offerLetterData } from './repository.ts';

export type OfferEmailKind = 'offer' | 'reminder' | 'withdrawn';

const lastDayWords = dayInWords;

/** The offer and its reminder, in the candidate's language: what, how much, and by when (Rome time). */
export const offerEmailText = (
  data: OfferLetterData,
  kind: OfferEmailKind,
  site: { universityName: string; publicUrl: string },
  withdrawalReason = '',
): { subject: string; textBody: string } => {
  const locale: Locale = data.locale === 'en' ? 'en' : 'it';
  const name = `${data.givenName} ${data.familyName}`;
  const by = lastDayWords(data.offer.lastDay, locale);
  const amount = formatEuro(data.amountCents, locale);
  if (kind === 'withdrawn') return withdrawnText(data, locale, name, withdrawalReason, site.universityName);
  const note = offerNote(data, locale);
  if (locale === 'en') {
    return {
      subject:
        kind === 'offer'
          ? `Offer of a tutoring grant – ${data.callCode}`
          : `Reminder: answer the offer by today – ${data.callCode}`,
      textBody: [
        `Dear ${name},`,
        '',
        kind === 'offer'
          ? `following the ranking of the call ${data.callCode} "${data.callTitle}", you are offered a grant: ${data.activityType}, ${data.unitName}, ${data.hours} hours, ${amount} gross.`
          : `you have not yet answered the offer of a grant of the call ${data.callCode}: ${data.activityType}, ${data.unitName}.`,
        '',
        ...note,
        `Accept or refuse it in Affianco (${site.publicUrl}/offerte) by 23:59 on ${by} (Rome time).`,
        data.offer.reason === 'winner' || data.offer.reason === 'draw-down'
          ? 'Without an answer by then the offer expires and counts as a refusal where the regulation says so: you move to the end of the ranking, or out of it.'
          : 'Without an answer by then the offer expires.',
        '',
        site.universityName,
      ].join('\n'),
    };
  }
  return {
    subject:
      kind === 'offer'
        ? `Offerta di un assegno di tutorato – ${data.callCode}`
        : `Promemoria: rispondi all'offerta entro oggi – ${data.callCode}`,
    textBody: [
      `Gentile ${name},`,
      '',
      kind === 'offer'
        ? `in base alla graduatoria del bando ${data.callCode} «${data.callTitle}» ti è offerto un assegno: ${data.activityType}, ${data.unitName}, ${data.hours} ore, ${amount} lordi.`
        : `non hai ancora risposto all'offerta di un assegno del bando ${data.callCode}: ${data.activityType}, ${data.unitName}.`,
      '',
      ...note,
      `Accetta o rifiuta in Affianco (${site.publicUrl}/offerte) entro le 23:59 di ${by} (ora di Roma).`,
      data.offer.reason === 'winner' || data.offer.reason === 'draw-down'
        ? 'Senza risposta entro quel termine l’offerta scade e, dove il regolamento lo prevede, vale come rinuncia: sarai collocato in fondo alla graduatoria o escluso.'
        : 'Senza risposta entro quel termine l’offerta scade.',
      '',
      site.universityName,
    ].join('\n'),
  };
};

/** What an offer from another ranking, or of returned hours, adds: what the answer means for the candidate. */
const offerNote = (data: OfferLetterData, locale: Locale): string[] => {
  if (data.offer.reason === 'other-ranking')
    return locale === 'en'
      ? [
          `The ranking of this grant is exhausted, and the office draws from your ranking ("${data.sourceRankingTitle ?? ''}") as the regulation allows, with your consent: accepting is your consent. Refusing does not move you in your own ranking nor exclude you from it.`,
          '',
        ]
      : [
          `La graduatoria di questo assegno è esaurita e l'ufficio attinge dalla tua graduatoria («${data.sourceRankingTitle ?? ''}»), come il regolamento consente, previa tua disponibilità: accettare vale come consenso. Se rifiuti, la tua posizione nella tua graduatoria non cambia e non ne sei escluso.`,
          '',
        ];
  if (data.offer.reason === 'returned-hours')
    return locale === 'en'
      ? [
          'These are hours another tutor gave back when their appointment ended early. Refusing them does not move you in the ranking.',
          '',
        ]
      : [
          'Sono ore restituite da un altro tutor il cui incarico è terminato in anticipo. Se le rifiuti, la tua posizione in graduatoria non cambia.',
          '',
        ];
  return [];
};

/** The office took the offer back: why, and that the candidate keeps their place in the ranking. */
const withdrawnText = (
  data: OfferLetterData,
  locale: Locale,
  name: string,
  reason: string,
  universityName: string,
) =>
  locale === 'en'
    ? {
        subject: `Offer withdrawn – ${data.callCode}`,
        textBody: [
          `Dear ${name},`,
          '',
          `the office has withdrawn the offer of a grant of the call ${data.callCode} "${data.callTitle}": ${data.activityType}, ${data.unitName}.`,
          `Reason: ${reason}`,
          '',
          'This is not a refusal on your part: you keep your place in the ranking.',
          '',
          universityName,
        ].join('\n'),
      }
    : {
        subject: `Offerta ritirata – ${data.callCode}`,
        textBody: [
          `Gentile ${name},`,
          '',
          `l'ufficio ha ritirato l'offerta di un assegno del bando ${data.callCode} «${data.callTitle}»: ${data.activityType}, ${data.unitName}.`,
          `Motivazione: ${reason}`,
          '',
          'Non si tratta di una tua rinuncia: conservi la tua posizione in graduatoria.',
          '',
          universityName,
        ].join('\n'),
      };

/** Queues the offer's email (or its reminder) in the caller's transaction. */
export const queueOfferEmail = async (
  ctx: AppContext,
  tx: DbOrTx,
  offerId: string,
  kind: OfferEmailKind,
  withdrawalReason = '',
) => {
  const row = await offerLetterData(tx, offerId);
  if (!row) throw new Error(`offer ${offerId} not found`);
  const text = offerEmailText(
    row,
    kind,
    {
      universityName: ctx.config.UNIVERSITY_NAME,
      publicUrl: ctx.config.PUBLIC_URL,
    },
    withdrawalReason,
  );
  return queueEmail(ctx, tx, {
    recipientId: row.offer.studentId,
    to: row.contactEmail ?? row.personEmail,
    ...text,
    attachments: [],
  });
};
