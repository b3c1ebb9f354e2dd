import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { people, roleAssignments } from '../../db/schema/index.ts';
import { dayInWords } from '../../i18n/dates.ts';
import type { Locale } from '../../i18n/locale.ts';
import { queueEmail } from '../../mail/outbox.ts';
import { type AppointmentDetail, listAppointmentDetails, personContact } from './repository.ts';

/** What the tutor wrote: the last day of activity and the reason. */
export interface WithdrawalNotice {
  lastDay: string;
  reason: string;
}

/** The tutor took the notice back: the activity goes on; the reason, when they gave one. */
export interface WithdrawalRetraction {
  retracted: true;
  lastDay: string;
  reason: string;
}

/** The email telling the office or the supervisor that a tutor withdraws, in the recipient's language. */
export const withdrawalNoticeText = (
  notice: WithdrawalNotice | WithdrawalRetraction,
  detail: AppointmentDetail,
  /** `office`: the tutoring office, sent to the appointment's page; the supervisor has no page of it. */
  recipient: { name: string; locale: Locale; office: boolean },
  site: { universityName: string; publicUrl: string },
): { subject: string; textBody: string } => {
  const { locale } = recipient;
  const tutor = `${detail.tutorGivenName} ${detail.tutorFamilyName}`;
  const what = `${detail.callCode}, ${detail.activityType}, ${detail.unitName}`;
  const day = dayInWords(notice.lastDay, locale);
  const link = (label: string) =>
    recipient.office ? [`${label}: ${site.publicUrl}/appointments/${detail.appointment.id}`, ''] : [];
  if ('retracted' in notice) {
    const en = locale === 'en';
    return {
      subject: `${en ? 'Withdrawal taken back' : 'Rinuncia ritirata'} – ${tutor}, ${detail.callCode}`,
      textBody: [
        en ? `Dear ${recipient.name},` : `Gentile ${recipient.name},`,
        '',
        en
          ? `${tutor} took back their notice of withdrawal from the appointment (${what}), which gave ${day} as the last day: the activity goes on.`
          : `${tutor} ha ritirato la rinuncia all'incarico (${what}), che indicava come ultimo giorno ${day}: l'attività prosegue.`,
        ...(notice.reason ? [`${en ? 'Reason' : 'Motivo'}: ${notice.reason}`] : []),
        '',
        ...link(en ? 'Details in Affianco' : 'I dettagli in Affianco'),
        site.universityName,
      ].join('\n'),
    };
  }
  if (locale === 'en')
    return {
      subject: `Withdrawal notified – ${tutor}, ${detail.callCode}`,
      textBody: [
        `Dear ${recipient.name},`,
        '',
        `${tutor} gave written notice of withdrawal from their appointment (${what}).`,
        `Last day of activity: ${day}.`,
        `Reason: ${notice.reason}`,
        '',
        'The appointment is not ended yet: the office ends it as a withdrawal with the hours done the supervisor confirms; those hours are paid.',
        '',
        ...link('Details in Affianco'),
        site.universityName,
      ].join('\n'),
    };
  return {
    subject: `Rinuncia comunicata – ${tutor}, ${detail.callCode}`,
    textBody: [
      `Gentile ${recipient.name},`,
      '',
      `${tutor} ha comunicato per iscritto la rinuncia all'incarico (${what}).`,
      `Ultimo giorno di attività: ${day}.`,
      `Motivo: ${notice.reason}`,
      '',
      "L'incarico non è ancora chiuso: l'ufficio lo chiude per rinuncia con le ore svolte confermate dal docente referente; quelle ore sono retribuite.",
      '',
      ...link('I dettagli in Affianco'),
      site.universityName,
    ].join('\n'),
  };
};

/** Everyone holding the tutoring-office role, once each. */
const officeContacts = async (tx: DbOrTx) =>
  tx
    .selectDistinct({
      id: people.id,
      email: people.email,
      givenName: people.givenName,
      familyName: people.familyName,
      locale: people.locale,
    })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(eq(roleAssignments.role, 'tutoring-office'));

/**
 * Queues the emails about a tutor's withdrawal to every person of the tutoring office and to the supervisor, in the
 * caller's transaction (the outbox, as ending-emails.ts does): they exist if and only if the notice is recorded.
 */
export const queueWithdrawalNotice = async (
  ctx: AppContext,
  tx: DbOrTx,
  appointmentId: string,
  notice: WithdrawalNotice | WithdrawalRetraction,
) => {
  const [detail] = await listAppointmentDetails(tx, { id: appointmentId });
  if (!detail) throw new Error(`appointment ${appointmentId} not found`);
  const recipients = new Map<
    string,
    { id: string; email: string; name: string; locale: string | null; office: boolean }
  >();
  for (const person of await officeContacts(tx))
    recipients.set(person.id, { ...person, name: `${person.givenName} ${person.familyName}`, office: true });
  const supervisor = await personContact(tx, detail.appointment.supervisorId);
  if (supervisor && !recipients.has(supervisor.id))
    recipients.set(supervisor.id, { ...supervisor, office: false });
  const site = { universityName: ctx.config.UNIVERSITY_NAME, publicUrl: ctx.config.PUBLIC_URL };
  for (const recipient of recipients.values()) {
    const locale: Locale = recipient.locale === 'en' ? 'en' : 'it';
    const text = withdrawalNoticeText(
      notice,
      detail,
      { name: recipient.name, locale, office: recipient.office },
      site,
    );
    await queueEmail(ctx, tx, { recipientId: recipient.id, to: recipient.email, ...text, attachments: [] });
  }
  return recipients.size;
};
