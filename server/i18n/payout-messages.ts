import type { PayoutDateInvalid, PayoutRefused } from '../../domain/payouts/payout.ts';
import { dayInWords } from './dates.ts';
import type { Locale } from './locale.ts';

/** Why a payout order was refused, in the person's language; nothing changed. */
export const describePayoutRefused = (e: PayoutRefused, locale: Locale): string => {
  const it = locale === 'it';
  switch (e.reason) {
    case 'not-ended':
      return it
        ? "L'incarico non è ancora concluso: la liquidazione si dispone a fine attività, sulle ore svolte."
        : 'The appointment has not ended yet: the payout is ordered at the end of the activity, on the hours done.';
    case 'nothing-due':
      return it
        ? 'Per questo incarico non c’è nulla da liquidare (nessuna ora svolta o meno delle ore minime previste dal regolamento): nulla è cambiato.'
        : 'Nothing is due for this appointment (no hours done, or fewer than the minimum the regulation sets): nothing was changed.';
    case 'not-paid':
      return it
        ? "L'incarico non ha un dispositivo di liquidazione in vigore da annullare: nulla è cambiato."
        : 'The appointment has no payout order in force to cancel: nothing was changed.';
    case 'already-paid':
      return it
        ? `L'incarico è già stato liquidato${e.paidOn ? ` il ${dayInWords(e.paidOn, 'it')}` : ''}: nulla è cambiato.`
        : `The appointment was already paid${e.paidOn ? ` on ${dayInWords(e.paidOn, 'en')}` : ''}: nothing was changed.`;
  }
};

/** Why the order date cannot be used, shown at the date field. */
export const describePayoutDateInvalid = (e: PayoutDateInvalid, locale: Locale): string => {
  const it = locale === 'it';
  switch (e.problem) {
    case 'before-ending':
      return it
        ? `La data del dispositivo non può precedere la conclusione dell'incarico (${e.endedOn ? dayInWords(e.endedOn, 'it') : ''}).`
        : `The order date cannot be before the appointment ended (${e.endedOn ? dayInWords(e.endedOn, 'en') : ''}).`;
    case 'in-future':
      return it
        ? 'La data del dispositivo non può essere nel futuro.'
        : 'The order date cannot be in the future.';
    case 'no-inps-rate':
      return it
        ? `Il profilo di regolamento non ha l'aliquota INPS Gestione Separata per il ${e.year}: aggiungila al profilo prima di liquidare.`
        : `The regulation profile has no INPS Gestione Separata rate for ${e.year}: add it to the profile before paying.`;
  }
};
