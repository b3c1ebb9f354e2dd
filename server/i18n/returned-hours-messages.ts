import type { ReturnedHoursAssignmentRefused } from '../../domain/offers/returned-hours-assignment.ts';
import type { Locale } from './locale.ts';

/** Why returned hours could not be given to another tutor, in the person's language; nothing changed. */
export const describeReturnedHoursAssignment = (
  e: ReturnedHoursAssignmentRefused,
  locale: Locale,
): string => {
  const it = locale === 'it';
  const left = e.left.hours;
  switch (e.problem) {
    case 'none-returned':
      return it
        ? 'Questo incarico non ha restituito ore da assegnare: nulla è cambiato.'
        : 'This appointment gave no hours back to assign: nothing was changed.';
    case 'offered':
      return it
        ? 'Le ore restituite sono state offerte al prossimo candidato della graduatoria: finché l’offerta è in attesa o accettata non si possono assegnare ad altri tutor.'
        : 'The returned hours were offered to the next candidate of the ranking: while that offer is pending or accepted they cannot be given to other tutors.';
    case 'none-left':
      return it
        ? 'Tutte le ore restituite sono già state assegnate: nulla è cambiato.'
        : 'Every returned hour has already been assigned: nothing was changed.';
    case 'too-many-hours':
      return it
        ? `Restano da assegnare ${left} ${left === 1 ? 'ora' : 'ore'}: indica al massimo ${left} ${left === 1 ? 'ora' : 'ore'}.`
        : `${left} ${left === 1 ? 'hour is' : 'hours are'} left to assign: give at most ${left}.`;
    case 'hours-invalid':
      return it
        ? 'Indica un numero intero di ore maggiore di zero.'
        : 'Give a whole number of hours above zero.';
    case 'same-appointment':
      return it
        ? 'Scegli un altro tutor: l’incarico concluso non riprende le proprie ore.'
        : 'Choose another tutor: the ended appointment does not take its own hours back.';
    case 'other-call':
      return it
        ? 'Le ore restituite vanno a un tutor dello stesso bando, che le finanzia.'
        : 'Returned hours go to a tutor of the same call, whose funding pays for them.';
    case 'target-ended':
      return it
        ? 'L’incarico del tutor scelto è concluso: non può ricevere altre ore.'
        : 'The chosen tutor’s appointment has ended: it cannot take more hours.';
  }
};
