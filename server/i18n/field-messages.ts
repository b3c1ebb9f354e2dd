import type { FastifyRequest } from 'fastify';
import { DomainFailure } from '../../domain/errors.ts';
import { type Locale, requestLocale } from './locale.ts';

type Params = Record<string, string | number>;

/** Messages about one field of the input that zod alone cannot know (they need the database). */
const FIELD_MESSAGES: Record<string, Record<Locale, (p: Params) => string>> = {
  'unit.parent-unknown': {
    it: () => "L'unità superiore non esiste.",
    en: () => 'The parent unit does not exist.',
  },
  'unit.code-taken': {
    it: (p) => `Esiste già un'unità con codice ${p.code}.`,
    en: (p) => `A unit with code ${p.code} already exists.`,
  },
  'role.unit-unknown': { it: () => "L'unità indicata non esiste.", en: () => 'The unit does not exist.' },
  'role.already-held': {
    it: () => 'La persona ha già questo ruolo con lo stesso ambito.',
    en: () => 'The person already holds this role with the same scope.',
  },
  'role.supervisor-needs-unit': {
    it: () => "Il ruolo di referente richiede un'unità.",
    en: () => 'The supervisor role needs a unit.',
  },
  'role.last-administrator': {
    it: () => "Non si può revocare l'ultimo amministratore.",
    en: () => 'The last administrator cannot be revoked.',
  },
  'application.unknown-position': {
    it: () => 'La posizione scelta non appartiene a questo bando o è ripetuta.',
    en: () => 'The chosen position is not in this call or is repeated.',
  },
  'application.unknown-title': {
    it: (p) => `"${p.key}" non è un titolo né una dichiarazione previsti dal bando.`,
    en: (p) => `"${p.key}" is neither a title nor a statement the call asks for.`,
  },
  'application.too-many-items': {
    it: (p) => `Sono valutati al massimo ${p.max} titoli di questo tipo (ne hai indicati ${p.count}).`,
    en: (p) => `At most ${p.max} titles of this kind are assessed (you gave ${p.count}).`,
  },
  'application.expected-items': {
    it: () => 'Indica i titoli come elenco, uno per riga.',
    en: () => 'Give the titles as a list, one per line.',
  },
  'application.expected-yes-no': {
    it: () => 'Questa dichiarazione vale sì o no.',
    en: () => 'This statement is yes or no.',
  },
  'application.email-not-institutional': {
    it: (p) => `Indica il tuo indirizzo e-mail istituzionale (dominio ${p.domains}).`,
    en: (p) => `Give your institutional email address (domain ${p.domains}).`,
  },
  'committee.too-few-members': {
    it: (p) => `La commissione ha almeno ${p.min} componenti (ne sono indicati ${p.count}).`,
    en: (p) => `The committee has at least ${p.min} members (${p.count} given).`,
  },
  'committee.one-president': {
    it: () => 'La commissione ha esattamente un presidente.',
    en: () => 'The committee has exactly one president.',
  },
  'committee.one-secretary': {
    it: () => 'La commissione ha esattamente un segretario.',
    en: () => 'The committee has exactly one secretary.',
  },
  'committee.duplicate-member': {
    it: () => 'Questa persona è già indicata tra i componenti.',
    en: () => 'This person is already listed among the members.',
  },
  'committee.person-unknown': {
    it: () => 'La persona indicata non esiste.',
    en: () => 'The person does not exist.',
  },
  'committee.member-is-candidate': {
    it: () => 'Questa persona ha presentato domanda al bando e non può esserne commissario.',
    en: () => 'This person applied to the call and cannot sit on its committee.',
  },
  'committee.scoring-started': {
    it: () => 'La valutazione delle domande è già iniziata: i componenti non possono più essere sostituiti.',
    en: () => 'Scoring of the applications has started: the members can no longer be replaced.',
  },
  'committee.session-ends-before-start': {
    it: () => "La fine della seduta precede l'inizio.",
    en: () => 'The sitting ends before it starts.',
  },
  'committee.present-not-member': {
    it: () => 'Tra i presenti c’è chi non è componente della commissione.',
    en: () => 'Someone among those present is not a member of the committee.',
  },
  'committee.not-named': {
    it: () => 'La commissione del bando non è stata ancora nominata.',
    en: () => "The call's committee has not been named yet.",
  },
  'appeal.reason-required': {
    it: () => 'Scrivi la motivazione della segnalazione (al massimo 10.000 caratteri).',
    en: () => 'Write the reasons for the appeal (at most 10,000 characters).',
  },
  'appeal.already-answered': {
    it: () => 'Alla segnalazione è già stata data una risposta: nulla è cambiato.',
    en: () => 'The appeal has already been answered: nothing was changed.',
  },
  'appeal.one-file': {
    it: () => 'Si può allegare un solo file per segnalazione.',
    en: () => 'Only one file can be attached to an appeal.',
  },
  'appointment.supervisor-required': {
    it: () => "Scegli il docente referente dell'incarico.",
    en: () => 'Choose the supervisor of the appointment.',
  },
  'appointment.supervisor-not-supervisor': {
    it: () => 'La persona scelta non ha il ruolo di docente referente: scegli un docente referente.',
    en: () => 'The person chosen does not hold the supervisor role: choose a supervisor.',
  },
  'appointment.communication-protocol-required': {
    it: () => 'Indica il numero di protocollo della comunicazione alla Regione.',
    en: () => 'Give the protocol number of the communication to the region.',
  },
  'payout.cancel-reason-required': {
    it: () => 'Scrivi perché il dispositivo viene annullato.',
    en: () => 'Write why the payout order is cancelled.',
  },
  'returned-hours.reason-required': {
    it: () => 'Scrivi la motivazione: chi ha indicato di assegnare le ore (il referente) e perché.',
    en: () => 'Write the reason: who asked for the hours to be assigned (the supervisor) and why.',
  },
  'appointment.unit-unknown': {
    it: () => "L'unità indicata non esiste.",
    en: () => 'The unit given does not exist.',
  },
  'appointment.withdrawal-before-start': {
    it: (p) => `L'ultimo giorno di attività non può precedere l'avvio dell'attività (${p.start}).`,
    en: (p) => `The last day of activity cannot come before the activity started (${p.start}).`,
  },
  'appointment.withdrawal-date-invalid': {
    it: () => 'Indica una data valida.',
    en: () => 'Give a valid date.',
  },
  'appointment.withdrawal-too-old': {
    it: (p) => `L'ultimo giorno di attività può risalire al massimo a ${p.days} giorni fa.`,
    en: (p) => `The last day of activity can be at most ${p.days} days ago.`,
  },
  'appeal.ranking-unknown': {
    it: () => 'La graduatoria indicata non è valida.',
    en: () => 'The ranking given is not valid.',
  },
};

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

export const fieldMessage = (locale: Locale, key: FieldMessageKey, params: Params = {}): string => {
  const entry = FIELD_MESSAGES[key];
  if (!entry) throw new Error(`no field message ${key}`);
  return entry[locale](params);
};

/** A 400 that names the field, in the given language (a service that knows the locale, not the request). */
export const fieldFailure = (field: string, key: FieldMessageKey, locale: Locale, params: Params = {}) =>
  new DomainFailure({
    kind: 'invalid-input',
    issues: [{ field, code: key, message: fieldMessage(locale, key, params) }],
  });

/** Fails the request with a 400 that names the field, in the requester's language. */
export const invalidField = (
  request: FastifyRequest,
  field: string,
  key: FieldMessageKey,
  params: Params = {},
) => fieldFailure(field, key, requestLocale(request), params);
