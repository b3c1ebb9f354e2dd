import { formatEuro } from '../../../domain/money/cents.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { queueEmail } from '../../mail/outbox.ts';
import { type OfferLetterData, offerLetterData } from './repository.ts';

export type OfferEmailKind = 'offer' | 'reminder';

const lastDayWords = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));

/** The offer and its reminder, in the candidate's language: what, how much, and by when (Rome time). */
export const offerEmailText = (
  data: OfferLetterData,
  kind: OfferEmailKind,
  site: { universityName: string; publicUrl: string },
): { subject: string; textBody: string } => {
  const locale: Locale = data.locale === 'en' ? 'en' : 'it';
  const name = `${data.givenName} ${data.familyName}`;
  const by = lastDayWords(data.offer.lastDay, locale);
  const amount = formatEuro(data.amountCents, locale);
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
        `Accept or refuse it in Affianco (${site.publicUrl}/offerte) by 23:59 on ${by} (Rome time).`,
        'Without an answer by then the offer expires and counts as a refusal where the regulation says so: you move to the end of the ranking, or out of it.',
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
      `Accetta o rifiuta in Affianco (${site.publicUrl}/offerte) entro le 23:59 di ${by} (ora di Roma).`,
      'Senza risposta entro quel termine l’offerta scade e, dove il regolamento lo prevede, vale come rinuncia: sarai collocato in fondo alla graduatoria o escluso.',
      '',
      site.universityName,
    ].join('\n'),
  };
};

/** Queues the offer's email (or its reminder) in the caller's transaction. */
export const queueOfferEmail = async (ctx: AppContext, tx: DbOrTx, offerId: string, kind: OfferEmailKind) => {
  const row = await offerLetterData(tx, offerId);
  if (!row) throw new Error(`offer ${offerId} not found`);
  const text = offerEmailText(row, kind, {
    universityName: ctx.config.UNIVERSITY_NAME,
    publicUrl: ctx.config.PUBLIC_URL,
  });
  return queueEmail(ctx, tx, {
    recipientId: row.offer.studentId,
    to: row.contactEmail ?? row.personEmail,
    ...text,
    attachments: [],
  });
};
