import type { Locale } from '../../i18n/locale.ts';
import { romeDateTimeSeconds } from './receipt-pdf.ts';
import type { ReceiptData } from './receipt-repository.ts';

/**
 * What the receipt email's words need. The confirm step has these from its own reads and queues the email in its
 * one write (confirm-repository.ts: writeConfirmation), in the confirming transaction.
 */
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
