import { describeFileProblem } from '../../domain/careers/import-issues.ts';
import type { DomainError, DomainErrorKind } from '../../domain/errors.ts';
import { describeIneligibility } from './applications.ts';
import {
  describeAmendmentReasonRequired,
  describeAppointmentRefusal,
  describeInvalidTerms,
  describePauseTooLong,
} from './appointment-messages.ts';
import { describeCapBreach, describeCapsExceeded } from './caps-messages.ts';
import { dayInWords } from './dates.ts';
import type { Locale } from './locale.ts';
import { describePayoutDateInvalid, describePayoutRefused } from './payout-messages.ts';
import { describeReturnedHoursAssignment } from './returned-hours-messages.ts';
import { describeInvalidScore, describeRankingRefusal } from './selection-messages.ts';

type Catalogue = { [K in DomainErrorKind]: (error: Extract<DomainError, { kind: K }>) => string };

const it: Catalogue = {
  'invalid-credentials': () => 'Nome utente o password non corretti.',
  'account-locked': (e) =>
    `Account bloccato per troppi tentativi falliti. Riprova dopo le ${formatTime(e.until, 'it')}.`,
  'too-many-attempts': (e) =>
    `Troppi tentativi di accesso da questo indirizzo. Riprova tra ${e.retryAfterSeconds} secondi.`,
  'not-authenticated': () => 'Devi accedere per continuare.',
  'session-expired': () => 'La sessione è scaduta. Accedi di nuovo.',
  'csrf-rejected': () =>
    'Richiesta rifiutata: il token di sicurezza (CSRF) manca o non è valido. Ricarica la pagina.',
  forbidden: () => 'Non hai i permessi per questa operazione.',
  'not-found': (e) => `${e.entity}: non trovato.`,
  'conflict-not-declared': () =>
    'Prima di vedere le domande dichiara di non trovarti in conflitto di interessi con i candidati.',
  conflict: (e) => `Conflitto: ${e.detail}`,
  'invalid-input': () => 'Alcuni dati non sono validi: correggi i campi indicati.',
  'import-rejected': (e) => `Importazione rifiutata: ${e.detail}`,
  'oidc-not-configured': () => "L'accesso con SPID/CIE non è configurato su questo server.",
  'oidc-failed': (e) => `Accesso con il fornitore di identità non riuscito: ${e.detail}`,
  'unknown-person': () =>
    "La tua identità è verificata, ma non risulti tra gli utenti di Affianco. Contatta l'ufficio tutorato.",
  'file-too-large': (e) =>
    `Il file supera la dimensione massima consentita (${formatMegabytes(e.maxBytes)} MB): dividilo in più file.`,
  'not-a-spreadsheet': (e) => describeFileProblem(e.problem, 'it'),
  'no-career': () => 'Non risulta una carriera universitaria associata al tuo profilo.',
  'window-closed': (e) =>
    e.notYetOpen
      ? `Le domande si possono confermare dalle ${formatFullTime(e.opensAt, 'it')} (ora di Roma).`
      : `Il termine per confermare la domanda è scaduto alle ${formatFullTime(e.closesAt, 'it')} (ora di Roma). La bozza resta salvata.`,
  'not-eligible': (e) =>
    `Non hai i requisiti per una delle posizioni scelte: ${e.reasons.map((r) => describeIneligibility(r, 'it')).join('; ')}.`,
  'no-positions-chosen': () => 'Scegli almeno una posizione prima di confermare.',
  'too-many-positions': (e) => `Puoi scegliere al massimo ${e.max} posizioni (ne hai scelte ${e.chosen}).`,
  'missing-attachment': (e) => `Mancano allegati obbligatori: ${e.codes.join(', ')}.`,
  'application-frozen': () => 'La domanda è già confermata o ritirata e non può essere modificata.',
  'already-applied': (e) =>
    `Hai già confermato una domanda per questo bando (protocollo ${e.protocolNumber ?? '-'}): per presentarne una nuova ritira prima quella.`,
  'application-not-confirmed': () =>
    'La domanda non è ancora confermata: la ricevuta si può scaricare solo dopo la conferma.',
  'unsupported-file-type': (e) =>
    `Il contenuto del file non è di un tipo ammesso (ammessi: ${e.allowed.join(', ')}), qualunque sia il suo nome.`,
  'invalid-score': (e) => describeInvalidScore(e, 'it'),
  'ranking-transition-refused': (e) => describeRankingRefusal(e, 'it'),
  'call-still-open': (e) =>
    `Il bando chiude il ${formatRomeDate(e.closesAt, 'it')} alle ${formatClock(e.closesAt, 'it')} (ora di Roma); la commissione lavora sulle domande solo dopo la chiusura.`,
  'caps-exceeded': (e) => describeCapsExceeded(e, 'it'),
  'appointment-transition-refused': (e) => describeAppointmentRefusal(e, 'it'),
  'amendment-reason-required': () => describeAmendmentReasonRequired('it'),
  'pause-too-long': (e) => describePauseTooLong(e, 'it'),
  'invalid-appointment-terms': (e) => describeInvalidTerms(e, 'it'),
  'offer-expired': (e) =>
    `Il termine per rispondere all'offerta è scaduto alle 23:59 del ${formatDay(e.lastDay, 'it')} (ora di Roma): l'offerta non può più essere accettata né rifiutata.`,
  'offer-not-pending': (e) =>
    `A questa offerta è già stata data una risposta o è chiusa (stato: ${OFFER_STATUS_WORDS.it[e.status] ?? e.status}): nulla è cambiato.`,
  'offer-not-accepted': (e) =>
    `L'incarico si conferisce solo da un'offerta accettata (stato dell'offerta: ${OFFER_STATUS_WORDS.it[e.status] ?? e.status}): nulla è cambiato.`,
  'appointment-exists': () => "Per questa offerta l'incarico è già stato conferito: nulla è cambiato.",
  'acceptance-blocked-by-caps': (e) =>
    `L'offerta non può essere accettata: ${e.breaches.map((b) => describeCapBreach(b, 'it')).join('; ')}. Puoi rifiutarla; nulla è cambiato.`,
  'returned-hours-unavailable': (e) =>
    ({
      'none-returned': 'Questo incarico non ha restituito ore da offrire: nulla è cambiato.',
      'already-offered': 'Le ore restituite da questo incarico sono già state offerte: nulla è cambiato.',
      'all-assigned':
        'Le ore restituite da questo incarico sono già state tutte assegnate ad altri tutor: nulla è cambiato.',
      'nobody-to-offer':
        'Nessun candidato della graduatoria può ricevere ora le ore restituite: nulla è cambiato.',
    })[e.reason],
  'other-ranking-refused': (e) =>
    ({
      'not-exhausted':
        "La graduatoria ha ancora candidati a cui offrire l'assegno, o le offerte non sono avviate: si può attingere da un'altra graduatoria solo quando è esaurita.",
      'no-vacant-grant': "Non c'è un assegno libero di questa posizione: nulla è cambiato.",
      'candidate-not-eligible':
        "Il candidato scelto non è (più) disponibile: non è idoneo, attende un'altra offerta, ha già un assegno o la sua graduatoria lo colloca ora.",
    })[e.reason],
  'payout-refused': (e) => describePayoutRefused(e, 'it'),
  'returned-hours-assignment-refused': (e) => describeReturnedHoursAssignment(e, 'it'),
  'payout-date-invalid': (e) => describePayoutDateInvalid(e, 'it'),
};

const en: Catalogue = {
  'invalid-credentials': () => 'Wrong username or password.',
  'account-locked': (e) =>
    `Account locked after too many failed attempts. Try again after ${formatTime(e.until, 'en')}.`,
  'too-many-attempts': (e) =>
    `Too many login attempts from this address. Try again in ${e.retryAfterSeconds} seconds.`,
  'not-authenticated': () => 'Please log in to continue.',
  'session-expired': () => 'Your session has expired. Please log in again.',
  'csrf-rejected': () => 'Request refused: the security (CSRF) token is missing or invalid. Reload the page.',
  forbidden: () => 'You are not allowed to do this.',
  'not-found': (e) => `${e.entity}: not found.`,
  'conflict-not-declared': () =>
    'Declare that you have no conflict of interest with the candidates before seeing the applications.',
  conflict: (e) => `Conflict: ${e.detail}`,
  'invalid-input': () => 'Some data is not valid: correct the fields shown.',
  'import-rejected': (e) => `Import refused: ${e.detail}`,
  'oidc-not-configured': () => 'Login with SPID/CIE is not configured on this server.',
  'oidc-failed': (e) => `Login with the identity provider failed: ${e.detail}`,
  'unknown-person': () =>
    'Your identity is verified, but you are not a user of Affianco. Contact the tutoring office.',
  'file-too-large': (e) =>
    `The file is larger than allowed (${formatMegabytes(e.maxBytes)} MB): split it into several files.`,
  'not-a-spreadsheet': (e) => describeFileProblem(e.problem, 'en'),
  'no-career': () => 'No university career is linked to your profile.',
  'window-closed': (e) =>
    e.notYetOpen
      ? `Applications can be confirmed from ${formatFullTime(e.opensAt, 'en')} (Rome time).`
      : `The deadline to confirm the application passed at ${formatFullTime(e.closesAt, 'en')} (Rome time). The draft stays saved.`,
  'not-eligible': (e) =>
    `You do not meet the requirements for one of the chosen positions: ${e.reasons.map((r) => describeIneligibility(r, 'en')).join('; ')}.`,
  'no-positions-chosen': () => 'Choose at least one position before confirming.',
  'too-many-positions': (e) => `You may choose at most ${e.max} positions (you chose ${e.chosen}).`,
  'missing-attachment': (e) => `Required attachments are missing: ${e.codes.join(', ')}.`,
  'application-frozen': () => 'The application is already confirmed or withdrawn and cannot be changed.',
  'already-applied': (e) =>
    `You have already confirmed an application to this call (protocol ${e.protocolNumber ?? '-'}): withdraw it first to submit a new one.`,
  'application-not-confirmed': () =>
    'The application is not confirmed yet: the receipt can be downloaded only once it is confirmed.',
  'unsupported-file-type': (e) =>
    `The file's content is not of an allowed type (allowed: ${e.allowed.join(', ')}), whatever its name.`,
  'invalid-score': (e) => describeInvalidScore(e, 'en'),
  'ranking-transition-refused': (e) => describeRankingRefusal(e, 'en'),
  'call-still-open': (e) =>
    `The call closes on ${formatRomeDate(e.closesAt, 'en')} at ${formatClock(e.closesAt, 'en')} (Rome time); the committee works on the applications once it is closed.`,
  'caps-exceeded': (e) => describeCapsExceeded(e, 'en'),
  'appointment-transition-refused': (e) => describeAppointmentRefusal(e, 'en'),
  'amendment-reason-required': () => describeAmendmentReasonRequired('en'),
  'pause-too-long': (e) => describePauseTooLong(e, 'en'),
  'invalid-appointment-terms': (e) => describeInvalidTerms(e, 'en'),
  'offer-expired': (e) =>
    `The deadline to answer the offer passed at 23:59 on ${formatDay(e.lastDay, 'en')} (Rome time): the offer can no longer be accepted or refused.`,
  'offer-not-pending': (e) =>
    `This offer has already been answered or is closed (status: ${OFFER_STATUS_WORDS.en[e.status] ?? e.status}): nothing was changed.`,
  'offer-not-accepted': (e) =>
    `An appointment is made only from an accepted offer (the offer is ${OFFER_STATUS_WORDS.en[e.status] ?? e.status}): nothing was changed.`,
  'appointment-exists': () => 'This offer already has its appointment: nothing was changed.',
  'acceptance-blocked-by-caps': (e) =>
    `The offer cannot be accepted: ${e.breaches.map((b) => describeCapBreach(b, 'en')).join('; ')}. You may refuse it; nothing was changed.`,
  'returned-hours-unavailable': (e) =>
    ({
      'none-returned': 'This appointment gave no hours back to offer: nothing was changed.',
      'already-offered':
        'The hours this appointment gave back have already been offered: nothing was changed.',
      'all-assigned': 'The hours this appointment gave back all went to other tutors: nothing was changed.',
      'nobody-to-offer':
        'No candidate of the ranking can be offered the returned hours now: nothing was changed.',
    })[e.reason],
  'other-ranking-refused': (e) =>
    ({
      'not-exhausted':
        'The ranking still has candidates to offer the grant to, or its offers have not started: another ranking may be drawn from only once it is exhausted.',
      'no-vacant-grant': 'No grant of this position is free: nothing was changed.',
      'candidate-not-eligible':
        'The chosen candidate is not (or no longer) available: not eligible, waiting on another offer, holding a grant, or placed by their own ranking now.',
    })[e.reason],
  'payout-refused': (e) => describePayoutRefused(e, 'en'),
  'returned-hours-assignment-refused': (e) => describeReturnedHoursAssignment(e, 'en'),
  'payout-date-invalid': (e) => describePayoutDateInvalid(e, 'en'),
};

const catalogues: Record<Locale, Catalogue> = { it, en };

const OFFER_STATUS_WORDS: Record<Locale, Record<string, string>> = {
  it: {
    accepted: 'accettata',
    refused: 'rifiutata',
    expired: 'scaduta',
    withdrawn: 'ritirata',
    pending: 'in attesa',
  },
  en: {
    accepted: 'accepted',
    refused: 'refused',
    expired: 'expired',
    withdrawn: 'withdrawn',
    pending: 'pending',
  },
};

const formatDay = dayInWords;

const formatMegabytes = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

const formatTime = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    timeZone: 'Europe/Rome',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
  }).format(new Date(iso));

/** The Rome calendar day of an instant, as written in a notice (02/03/2026). */
const formatRomeDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));

/** The Rome clock time of an instant (12:00). */
const formatClock = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    timeZone: 'Europe/Rome',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

const formatFullTime = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));

export const describeError = (error: DomainError, locale: Locale): string => {
  const render = catalogues[locale][error.kind] as (e: DomainError) => string;
  return render(error);
};
