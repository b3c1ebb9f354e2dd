import { contractedHours, grossCentsOf } from '../../../domain/appointments/terms.ts';
import type { Amendment, Ending, EndingKind } from '../../../domain/appointments/types.ts';
import { formatEuro } from '../../../domain/money/cents.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { dayInWords } from '../../i18n/dates.ts';
import type { Locale } from '../../i18n/locale.ts';
import { queueEmail } from '../../mail/outbox.ts';
import { type AppointmentDetail, listAppointmentDetails, personContact } from './repository.ts';

/** What happened to an appointment that its tutor and its docente referente are told about. */
export type AppointmentNotice =
  | { kind: 'ended'; ending: Ending; contractedHours: number }
  | { kind: 'paused'; from: string; until: string | null; reason: string }
  | { kind: 'resumed'; on: string }
  /** A signed letter's essential elements changed (seed 003): what changed, before and after, and why. */
  | { kind: 'amended'; amendment: Amendment };

export type NoticeRecipient = 'tutor' | 'supervisor';

/** How it ended, in the words of the regulations (seed 001 art. 11, seed 002 art. 9, seed 004 art. 9). */
const ENDING_WORDS: Record<Locale, Record<EndingKind, string>> = {
  it: {
    completed: 'conclusione delle attività',
    withdrawal: 'rinuncia del tutor',
    graduation: 'decadenza per conseguimento del titolo',
    'leaving-studies': 'decadenza per rinuncia agli studi',
    transfer: 'decadenza per trasferimento ad altro ateneo',
    'no-start': 'decadenza per mancato avvio dell’attività',
    'breach-of-duties': 'decadenza per inadempienza',
  },
  en: {
    completed: 'the activity was completed',
    withdrawal: "the tutor's withdrawal",
    graduation: 'forfeiture on graduation',
    'leaving-studies': 'forfeiture on leaving studies',
    transfer: 'forfeiture on transfer to another university',
    'no-start': 'forfeiture as the activity never started',
    'breach-of-duties': 'forfeiture for breach of duties',
  },
};

const SUBJECTS: Record<Locale, Record<AppointmentNotice['kind'], string>> = {
  it: {
    ended: 'Incarico terminato',
    paused: 'Attività sospesa',
    resumed: 'Attività ripresa',
    amended: 'Incarico modificato',
  },
  en: {
    ended: 'Appointment ended',
    paused: 'Activity paused',
    resumed: 'Activity resumed',
    amended: 'Appointment amended',
  },
};

/** Each essential element changed, after and before, then the reason (and where added hours came from). */
const amendmentLines = (amendment: Amendment, locale: Locale): string[] => {
  const it = locale === 'it';
  const day = (date: string) => dayInWords(date, locale);
  const period = (terms: Amendment['before']) =>
    it
      ? `da ${day(terms.startDate)} a ${day(terms.endDate)}`
      : `from ${day(terms.startDate)} to ${day(terms.endDate)}`;
  const was = it ? 'prima' : 'before';
  const lines: Record<Amendment['changed'][number], string> = {
    duration: `${it ? 'Periodo' : 'Period'}: ${period(amendment.after)} (${was}: ${period(amendment.before)}).`,
    hours: `${it ? 'Ore' : 'Hours'}: ${contractedHours(amendment.after)} (${was}: ${contractedHours(amendment.before)}).`,
    amount: `${it ? 'Importo lordo' : 'Gross amount'}: ${formatEuro(grossCentsOf(amendment.after), locale)} (${was}: ${formatEuro(grossCentsOf(amendment.before), locale)}).`,
  };
  return [
    ...amendment.changed.map((element) => lines[element]),
    `${it ? 'Motivo' : 'Reason'}: ${amendment.reason}`,
    ...(amendment.returnedHoursFrom
      ? [
          it
            ? 'Le ore in più sono ore restituite da un altro incarico dello stesso bando (Regolamento, art. 8 c. 4).'
            : 'The added hours were given back by another appointment of the same call.',
        ]
      : []),
  ];
};

/** The lines that say what happened, for the tutor ("your appointment") or the supervisor ("the appointment of"). */
const whatHappened = (
  notice: AppointmentNotice,
  detail: AppointmentDetail,
  recipient: NoticeRecipient,
  locale: Locale,
): string[] => {
  const tutor = `${detail.tutorGivenName} ${detail.tutorFamilyName}`;
  const what = `${detail.callCode}, ${detail.activityType}, ${detail.unitName}`;
  const day = (date: string) => dayInWords(date, locale);
  if (locale === 'en') {
    const whose =
      recipient === 'tutor' ? `your appointment (${what})` : `the appointment of ${tutor} (${what})`;
    if (notice.kind === 'ended') {
      const { ending } = notice;
      return [
        `${whose} ended on ${day(ending.date)}: ${ENDING_WORDS.en[ending.kind]}.`,
        '',
        `Hours done: ${ending.hoursDone} of ${notice.contractedHours}.`,
        `Hours returned to the position: ${ending.hoursReturned}.`,
        ...(ending.note ? [`Note: ${ending.note}`] : []),
      ];
    }
    if (notice.kind === 'amended')
      return [
        `${whose} was amended on ${day(notice.amendment.date)}.`,
        '',
        ...amendmentLines(notice.amendment, locale),
      ];
    if (notice.kind === 'paused')
      return [
        `the activity of ${whose} is paused from ${day(notice.from)}${notice.until ? ` until ${day(notice.until)}` : ''}.`,
        `Reason: ${notice.reason}`,
      ];
    return [`the activity of ${whose} resumes on ${day(notice.on)}.`];
  }
  const whose = recipient === 'tutor' ? `il tuo incarico (${what})` : `l'incarico di ${tutor} (${what})`;
  if (notice.kind === 'ended') {
    const { ending } = notice;
    return [
      `${whose} è terminato ${day(ending.date)} per ${ENDING_WORDS.it[ending.kind]}.`,
      '',
      `Ore svolte: ${ending.hoursDone} su ${notice.contractedHours}.`,
      `Ore restituite alla posizione: ${ending.hoursReturned}.`,
      ...(ending.note ? [`Nota: ${ending.note}`] : []),
    ];
  }
  if (notice.kind === 'amended')
    return [
      `${whose} è stato modificato ${day(notice.amendment.date)}.`,
      '',
      ...amendmentLines(notice.amendment, locale),
    ];
  const activity =
    recipient === 'tutor' ? `l'attività del tuo incarico (${what})` : `l'attività di ${tutor} (${what})`;
  if (notice.kind === 'paused')
    return [
      `${activity} è sospesa da ${day(notice.from)}${notice.until ? ` fino a ${day(notice.until)}` : ''}.`,
      `Motivo: ${notice.reason}`,
    ];
  return [`${activity} riprende ${day(notice.on)}.`];
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The email about a pause, a resumption or an ending, in the recipient's language. */
export const appointmentNoticeText = (
  notice: AppointmentNotice,
  detail: AppointmentDetail,
  recipient: { role: NoticeRecipient; name: string; locale: Locale },
  site: { universityName: string; publicUrl: string },
): { subject: string; textBody: string } => {
  const { locale } = recipient;
  const tutor = `${detail.tutorGivenName} ${detail.tutorFamilyName}`;
  const [first = '', ...rest] = whatHappened(notice, detail, recipient.role, locale);
  // The supervisor has no page of the appointment in Affianco (the office's is not theirs): no link to a refusal.
  const where = recipient.role === 'tutor' ? `${site.publicUrl}/incarichi` : null;
  return {
    subject: `${SUBJECTS[locale][notice.kind]} – ${tutor}, ${detail.callCode}`,
    textBody: [
      locale === 'en' ? `Dear ${recipient.name},` : `Gentile ${recipient.name},`,
      '',
      capitalised(first),
      ...rest,
      '',
      ...(where
        ? [locale === 'en' ? `Details in Affianco: ${where}` : `I dettagli in Affianco: ${where}`, '']
        : []),
      site.universityName,
    ].join('\n'),
  };
};

/**
 * Queues the emails to the tutor and the supervisor in the caller's transaction (the outbox): they exist if and only
 * if the change commits, and the SMTP server is reached later by the send-email job, so a failure to send never
 * undoes the pause or the ending.
 */
export const queueAppointmentNotice = async (
  ctx: AppContext,
  tx: DbOrTx,
  appointmentId: string,
  notice: AppointmentNotice,
) => {
  const [detail] = await listAppointmentDetails(tx, { id: appointmentId });
  if (!detail) throw new Error(`appointment ${appointmentId} not found`);
  const supervisor = await personContact(tx, detail.appointment.supervisorId);
  const recipients = [
    {
      id: detail.appointment.tutorId,
      email: detail.email,
      role: 'tutor' as const,
      name: `${detail.tutorGivenName} ${detail.tutorFamilyName}`,
      locale: detail.tutorLocale,
    },
    ...(supervisor ? [{ ...supervisor, role: 'supervisor' as const }] : []),
  ];
  const site = { universityName: ctx.config.UNIVERSITY_NAME, publicUrl: ctx.config.PUBLIC_URL };
  for (const recipient of recipients) {
    const locale: Locale = recipient.locale === 'en' ? 'en' : 'it';
    const text = appointmentNoticeText(notice, detail, { ...recipient, locale }, site);
    await queueEmail(ctx, tx, { recipientId: recipient.id, to: recipient.email, ...text, attachments: [] });
  }
  return recipients.length;
};
