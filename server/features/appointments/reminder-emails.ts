import type { ChecklistReminder } from '../../../domain/appointments/reminders.ts';
import type { ChecklistItem } from '../../../domain/appointments/types.ts';
import { dayInWords } from '../../i18n/dates.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppointmentDetail } from './repository.ts';

const ITEM: Record<Locale, Record<ChecklistItem, string>> = {
  it: {
    'inps-registration': "l'iscrizione alla Gestione Separata INPS",
    'code-of-ethics': 'la presa visione del Codice etico',
    'safety-training': 'la formazione sulla sicurezza',
    'regional-communication': 'la comunicazione obbligatoria di avvio alla Regione',
  },
  en: {
    'inps-registration': 'the registration with the INPS Gestione Separata',
    'code-of-ethics': 'reading the code of ethics',
    'safety-training': 'the safety training',
    'regional-communication': 'the mandatory start communication to the region',
  },
};

const day = dayInWords;

/**
 * A checklist reminder in the recipient's language: the tutor's INPS registration before its deadline, the office's
 * regional communication before the 20th and once it is late (seed 003).
 */
export const reminderEmailText = (
  reminder: ChecklistReminder,
  detail: AppointmentDetail,
  locale: Locale,
  site: { universityName: string; publicUrl: string },
): { subject: string; textBody: string } => {
  const tutor = `${detail.tutorGivenName} ${detail.tutorFamilyName}`;
  const item = ITEM[locale][reminder.item];
  const by = day(reminder.dueDate, locale);
  const late = reminder.stage === 'overdue';
  const where =
    reminder.recipient === 'tutor' ? `${site.publicUrl}/incarichi` : `${site.publicUrl}/appointments`;
  if (locale === 'en')
    return {
      subject: late
        ? `Overdue: ${item} – ${tutor}, ${detail.callCode}`
        : `Reminder: ${item} by ${by} – ${detail.callCode}`,
      textBody: [
        reminder.recipient === 'tutor' ? `Dear ${tutor},` : 'Dear colleagues,',
        '',
        late
          ? `${item} for the appointment of ${tutor} (${detail.callCode}, ${detail.activityType}) was due by ${by} and has not been recorded.`
          : `${item} for the appointment ${reminder.recipient === 'tutor' ? 'of yours' : `of ${tutor}`} (${detail.callCode}, ${detail.activityType}) is due by ${by}.`,
        '',
        `Record it in Affianco: ${where}`,
        '',
        site.universityName,
      ].join('\n'),
    };
  return {
    subject: late
      ? `Scaduto: ${item} – ${tutor}, ${detail.callCode}`
      : `Promemoria: ${item} entro ${by} – ${detail.callCode}`,
    textBody: [
      reminder.recipient === 'tutor' ? `Gentile ${tutor},` : 'Gentili colleghi,',
      '',
      late
        ? `per l'incarico di ${tutor} (${detail.callCode}, ${detail.activityType}) ${item} era dovuta entro ${by} e non risulta registrata.`
        : `per ${reminder.recipient === 'tutor' ? 'il tuo incarico' : `l'incarico di ${tutor}`} (${detail.callCode}, ${detail.activityType}) ${item} è dovuta entro ${by}.`,
      '',
      `Registrala in Affianco: ${where}`,
      '',
      site.universityName,
    ].join('\n'),
  };
};
