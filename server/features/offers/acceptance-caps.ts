import type { CapsNotice } from '../../../api/offers.ts';
import { declaredSituations } from '../../../domain/applications/declared-titles.ts';
import { capViewOf } from '../../../domain/appointments/endings.ts';
import { romeDate } from '../../../domain/calendar/rome-time.ts';
import { checkAppointmentCaps } from '../../../domain/caps/check.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import { formatAcademicYear } from '../../../domain/careers/types.ts';
import {
  type AcceptanceCaps,
  capsAtAcceptance,
  offerCapView,
} from '../../../domain/offers/acceptance-caps.ts';
import {
  INCOMPATIBLE_SITUATIONS,
  type IncompatibleSituation,
  type RegulationProfile,
} from '../../../domain/profiles/types.ts';
import type { DbOrTx } from '../../db/client.ts';
import { describeCapBreach } from '../../i18n/caps-messages.ts';
import type { Locale } from '../../i18n/locale.ts';
// Read-only use of the appointments feature's queries: the caps count the student's appointments as it stores them.
import {
  appointmentOfRow,
  offerForAppointment,
  programmeTypeOf,
  studentAppointments,
} from '../appointments/repository.ts';
import { profileOfCall } from './repository.ts';

/**
 * What the caps of the grant's profile say about accepting an offer now (decision 013): the offer counted as the
 * appointment it would become (its hours and amount, to the end of the call's activities) against the student's
 * appointments, with the benefits they declared in their application.
 */
export const acceptanceCapsOf = async (db: DbOrTx, offerId: string, now: Date): Promise<AcceptanceCaps> => {
  const facts = await offerForAppointment(db, offerId);
  if (!facts) return capsAtAcceptance([]);
  const profile: RegulationProfile = await profileOfCall(db, facts.call);
  const situations = declaredSituations(facts.declaredTitles).filter((s): s is IncompatibleSituation =>
    (INCOMPATIBLE_SITUATIONS as readonly string[]).includes(s),
  );
  const type = await programmeTypeOf(db, facts.offer.studentId, facts.call.academicYear);
  const others = (await studentAppointments(db, facts.offer.studentId)).map((row) =>
    capViewOf(appointmentOfRow(row), profile),
  );
  const proposed = offerCapView({
    offerId,
    callId: facts.call.id,
    academicYear: formatAcademicYear(facts.call.academicYear),
    hours: facts.offer.hours ?? facts.position.hoursPerGrant,
    grossCents: facts.offer.amountCents ?? facts.position.amountPerGrantCents,
    today: romeDate(now),
    activitiesStartDate: null,
    activitiesEndDate: facts.call.activitiesEndDate,
  });
  const breaches = checkAppointmentCaps(
    profile,
    {
      programmeType: (type ?? 'LM') as ProgrammeType,
      isStaff: facts.isStaff,
      declaredSituations: situations,
    },
    others,
    proposed,
  );
  return capsAtAcceptance(breaches);
};

/** The notice a reader sees beside a pending offer, in their language; null when the caps are clear. */
export const capsNoticeOf = (caps: AcceptanceCaps, locale: Locale): CapsNotice | null =>
  caps.verdict === 'clear'
    ? null
    : { verdict: caps.verdict, messages: caps.breaches.map((b) => describeCapBreach(b, locale)) };
