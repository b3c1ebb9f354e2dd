import type {
  AppointmentAction,
  AppointmentRefusalReason,
  AppointmentTransitionRefused,
  InvalidAppointmentTerms,
  PauseTooLong,
  TermsProblem,
} from '../../domain/appointments/errors.ts';
import type { ChecklistItem } from '../../domain/appointments/types.ts';
import type { Locale } from './locale.ts';

const ACTIONS: Record<Locale, Record<AppointmentAction, string>> = {
  it: {
    sign: 'registrare la firma della lettera di incarico',
    acknowledge: 'prendere visione della lettera di incarico',
    activate: "avviare l'attività",
    amend: "modificare l'incarico",
    pause: "interrompere l'attività",
    resume: "riprendere l'attività",
    end: "chiudere l'incarico",
    'complete-checklist': 'registrare questo adempimento',
    'notify-withdrawal': "comunicare la rinuncia all'incarico",
    'retract-withdrawal': "ritirare la rinuncia all'incarico",
  },
  en: {
    sign: 'record the signature of the appointment letter',
    acknowledge: 'acknowledge the appointment letter',
    activate: 'start the activity',
    amend: 'amend the appointment',
    pause: 'pause the activity',
    resume: 'resume the activity',
    end: 'end the appointment',
    'complete-checklist': 'record this step',
    'notify-withdrawal': 'give notice of withdrawal from the appointment',
    'retract-withdrawal': 'take back the notice of withdrawal',
  },
};

const ITEMS: Record<Locale, Record<ChecklistItem, string>> = {
  it: {
    'inps-registration': "l'iscrizione alla Gestione Separata INPS",
    'safety-training': 'la formazione sulla sicurezza',
    'code-of-ethics': 'la presa visione del Codice etico',
    'regional-communication': 'la comunicazione obbligatoria alla Regione',
  },
  en: {
    'inps-registration': 'the INPS Gestione Separata registration',
    'safety-training': 'the safety training',
    'code-of-ethics': 'reading the code of ethics',
    'regional-communication': 'the mandatory communication to the region',
  },
};

const REASONS: Record<
  Locale,
  Record<AppointmentRefusalReason, (e: AppointmentTransitionRefused) => string>
> = {
  it: {
    'wrong-status': () => "l'incarico non è nello stato che lo consente",
    'protocol-missing': () => 'manca il numero di protocollo della lettera',
    'protocol-date-invalid': () => 'la data di protocollo non è valida o è nel futuro',
    'not-the-tutor': () => 'solo il tutor incaricato può prendere visione della propria lettera',
    'not-the-owner': () =>
      "questo adempimento è registrato da chi lo cura: l'iscrizione INPS e il Codice etico dal tutor, la formazione sulla sicurezza e la comunicazione alla Regione dall'ufficio",
    'communication-protocol-missing': () => 'manca il numero di protocollo della comunicazione alla Regione',
    'before-start': () => 'la data di inizio indicata nella lettera non è ancora arrivata',
    'checklist-incomplete': (e) => `mancano ${e.items.map((i) => ITEMS.it[i]).join(', ')}`,
    'nothing-changed': () => 'la modifica non cambia nessun elemento essenziale',
    'below-hours-done': () => 'le ore non possono scendere sotto quelle già svolte',
    'hours-invalid': () => 'le ore svolte non sono valide per questo incarico',
    'continuation-allowed': () => 'il regolamento consente al tutor che si laurea di completare l’incarico',
    'already-started': () => 'il tutor ha già svolto delle ore: non si tratta di mancato inizio',
    'date-invalid': () => 'la data non è valida rispetto alle date dell’incarico',
    'withdrawal-already-notified': () =>
      "la rinuncia è già stata comunicata; l'ufficio chiuderà l'incarico con le ore svolte",
    'withdrawal-not-notified': () => 'non c’è una rinuncia comunicata da ritirare',
  },
  en: {
    'wrong-status': () => 'the appointment is not in a state that allows it',
    'protocol-missing': () => "the letter's protocol number is missing",
    'protocol-date-invalid': () => 'the protocol date is not valid or is in the future',
    'not-the-tutor': () => 'only the appointed tutor can acknowledge their letter',
    'not-the-owner': () =>
      'this step is recorded by whoever sees to it: the INPS registration and the code of ethics by the tutor, the safety training and the communication to the region by the office',
    'communication-protocol-missing': () =>
      'the protocol number of the communication to the region is missing',
    'before-start': () => 'the start date in the letter has not come yet',
    'checklist-incomplete': (e) => `still missing: ${e.items.map((i) => ITEMS.en[i]).join(', ')}`,
    'nothing-changed': () => 'the amendment changes no essential element',
    'below-hours-done': () => 'the hours cannot fall below those already done',
    'hours-invalid': () => 'the hours done are not valid for this appointment',
    'continuation-allowed': () => 'the regulation lets a tutor who graduates finish the appointment',
    'already-started': () => 'the tutor has already done some hours: this is not a failure to start',
    'date-invalid': () => "the date does not fit the appointment's dates",
    'withdrawal-already-notified': () =>
      'the withdrawal was already notified; the office will close the appointment with the hours done',
    'withdrawal-not-notified': () => 'there is no withdrawal notice to take back',
  },
};

/** A refused step of an appointment's life, in the user's language. */
export const describeAppointmentRefusal = (error: AppointmentTransitionRefused, locale: Locale): string => {
  const action = ACTIONS[locale][error.action];
  const reason = REASONS[locale][error.reason](error);
  return locale === 'it' ? `Non è possibile ${action}: ${reason}.` : `You cannot ${action}: ${reason}.`;
};

export const describePauseTooLong = (error: PauseTooLong, locale: Locale): string =>
  locale === 'it'
    ? `L'attività può essere interrotta per non più di ${error.maxDays} giorni in tutto: con questa interruzione sarebbero ${error.days}.`
    : `The activity can be paused for at most ${error.maxDays} days in all: with this pause it would be ${error.days}.`;

export const describeAmendmentReasonRequired = (locale: Locale): string =>
  locale === 'it'
    ? 'Una lettera firmata si modifica nei suoi elementi essenziali (durata, importo, ore) solo per ragioni sopravvenute: indica la motivazione.'
    : 'The essential elements of a signed letter (duration, amount, hours) change only for new reasons: give the reason.';

const PROBLEMS: Record<Locale, Record<TermsProblem, string>> = {
  it: {
    'no-activity': 'indica almeno un tipo di attività con le sue ore',
    'duplicate-kind': 'ogni tipo di attività compare una sola volta',
    'hours-not-positive': 'le ore di ogni attività devono essere un numero intero maggiore di zero',
    'cost-not-valid': 'il costo di ogni attività deve essere un importo in euro non negativo',
    'dates-invalid': 'le date di inizio e fine non sono valide o la fine precede l’inizio',
    'training-not-valid': 'le ore di formazione devono essere un numero intero non negativo',
    'training-above-hours': 'le ore di formazione superano le ore dell’incarico, che le comprendono',
    'safety-training-missing': 'le ore di formazione non coprono la formazione obbligatoria sulla sicurezza',
  },
  en: {
    'no-activity': 'give at least one kind of activity with its hours',
    'duplicate-kind': 'each kind of activity appears once',
    'hours-not-positive': 'the hours of each activity must be a whole number above zero',
    'cost-not-valid': 'the cost of each activity must be a non-negative amount in euro',
    'dates-invalid': 'the start and end dates are not valid or the end comes before the start',
    'training-not-valid': 'the training hours must be a whole number, zero or more',
    'training-above-hours': "the training hours exceed the appointment's hours, which include them",
    'safety-training-missing': 'the training hours do not cover the mandatory safety training',
  },
};

export const describeInvalidTerms = (error: InvalidAppointmentTerms, locale: Locale): string => {
  const problems = error.problems.map((p) => PROBLEMS[locale][p]).join('; ');
  return locale === 'it'
    ? `Dati dell'incarico non validi: ${problems}.`
    : `Invalid appointment terms: ${problems}.`;
};

/**
 * The form field each problem of the terms belongs to, so the office's form shows it there (the form has one
 * activity, the first item). The problem's own words, capitalised, are the field's message.
 */
const PROBLEM_FIELDS: Record<TermsProblem, string> = {
  'no-activity': 'terms.items',
  'duplicate-kind': 'terms.items',
  'hours-not-positive': 'terms.items.0.hours',
  'cost-not-valid': 'terms.items.0.costCents',
  'dates-invalid': 'terms.endDate',
  'training-not-valid': 'terms.trainingHours',
  'training-above-hours': 'terms.trainingHours',
  'safety-training-missing': 'terms.trainingHours',
};

export const invalidTermsIssues = (error: InvalidAppointmentTerms, locale: Locale) =>
  error.problems.map((problem) => {
    const text = PROBLEMS[locale][problem];
    return {
      field: PROBLEM_FIELDS[problem],
      code: problem,
      message: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
    };
  });

/**
 * The field of the office's dialog a refused step is about (amend, pause, resume, end), so the dialog shows the
 * message there; a refusal about no one field (wrong status, nothing changed...) has none and shows on its own.
 */
const REFUSAL_FIELDS: Partial<Record<AppointmentAction, Partial<Record<AppointmentRefusalReason, string>>>> =
  {
    amend: { 'below-hours-done': 'terms.items.0.hours' },
    pause: { 'date-invalid': 'from' },
    resume: { 'date-invalid': 'on' },
    end: {
      'date-invalid': 'date',
      'hours-invalid': 'hoursDone',
      'already-started': 'hoursDone',
      'continuation-allowed': 'kind',
    },
  };

export const refusalIssues = (error: AppointmentTransitionRefused, locale: Locale) => {
  const field = REFUSAL_FIELDS[error.action]?.[error.reason];
  return field ? [{ field, code: error.reason, message: describeAppointmentRefusal(error, locale) }] : [];
};

/** A signed letter's amendment without a reason: the message at the reason's field. */
export const amendmentReasonIssues = (locale: Locale) => [
  { field: 'reason', code: 'amendment-reason-required', message: describeAmendmentReasonRequired(locale) },
];
