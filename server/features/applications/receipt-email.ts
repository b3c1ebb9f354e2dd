import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { queueEmail } from '../../mail/outbox.ts';
import { receiptFileName, romeDateTimeSeconds } from './receipt-pdf.ts';
import { loadReceiptData, type ReceiptData } from './receipt-repository.ts';

type Confirmed = ReceiptData & { protocolNumber: string; confirmedAt: Date };

/** What the receipt email's words need (the confirm step has these without reading the whole receipt). */
export type ReceiptEmailFacts = Pick<ReceiptData, 'call'> & {
  candidate: Pick<ReceiptData['candidate'], 'givenName' | 'familyName'>;
  protocolNumber: string;
  confirmedAt: Date;
};

/** The receipt email in the candidate's language (issue 3: "the student receives a PDF receipt ... by email"). */
export const receiptEmailText = (
  data: ReceiptEmailFacts,
  locale: Locale,
  site: { universityName: string; publicUrl: string },
): { subject: string; textBody: string } => {
  const name = `${data.candidate.givenName} ${data.candidate.familyName}`;
  const at = romeDateTimeSeconds(data.confirmedAt);
  if (locale === 'en')
    return {
      subject: `Receipt of your application ${data.protocolNumber} – ${data.call.code}`,
      textBody: [
        `Dear ${name},`,
        '',
        `your application to the call ${data.call.code} "${data.call.title}" was confirmed on ${at} (Rome time) with protocol number ${data.protocolNumber}.`,
        '',
        `The receipt is attached as a PDF; you can also download it from Affianco: ${site.publicUrl}`,
        '',
        'A confirmed application is final and cannot be corrected; you may withdraw it before the deadline of the call and submit a new one.',
        '',
        site.universityName,
      ].join('\n'),
    };
  return {
    subject: `Ricevuta della domanda ${data.protocolNumber} – ${data.call.code}`,
    textBody: [
      `Gentile ${name},`,
      '',
      `la tua domanda per il bando ${data.call.code} «${data.call.title}» è stata confermata il ${at} (ora di Roma) con numero di protocollo ${data.protocolNumber}.`,
      '',
      `In allegato trovi la ricevuta in PDF; puoi scaricarla anche da Affianco: ${site.publicUrl}`,
      '',
      'La domanda confermata è definitiva e non può essere corretta; puoi ritirarla entro la scadenza del bando e presentarne una nuova.',
      '',
      site.universityName,
    ].join('\n'),
  };
};

/**
 * Queues the receipt of a just-confirmed application in the confirming transaction: to the application's contact
 * email (else the person's), in the language the student saved, with the PDF rendered when the email is sent.
 */
export const queueReceiptEmail = async (ctx: AppContext, tx: DbOrTx, applicationId: string) => {
  const data = await loadReceiptData(tx, applicationId);
  if (!data || data.protocolNumber === null || data.confirmedAt === null)
    throw new Error(`application ${applicationId} is not confirmed: no receipt to send`);
  const confirmed: Confirmed = {
    ...data,
    protocolNumber: data.protocolNumber,
    confirmedAt: data.confirmedAt,
  };
  const text = receiptEmailText(confirmed, data.candidate.locale, {
    universityName: ctx.config.UNIVERSITY_NAME,
    publicUrl: ctx.config.PUBLIC_URL,
  });
  return queueEmail(ctx, tx, {
    recipientId: data.studentId,
    to: data.contactEmail,
    ...text,
    attachments: [
      {
        fileName: receiptFileName(confirmed.protocolNumber),
        contentType: 'application/pdf',
        documentKind: 'application-receipt',
        documentId: applicationId,
      },
    ],
  });
};
