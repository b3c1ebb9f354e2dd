import type {
  RankingAction,
  RankingRefusalReason,
  RankingTransitionRefused,
} from '../../domain/ranking/lifecycle.ts';
import type { InvalidScore, ScoreProblem } from '../../domain/scoring/committee-score.ts';
import type { Locale } from './locale.ts';

const points = (max: number | null, locale: Locale) =>
  max === null ? '' : String(max).replace('.', locale === 'it' ? ',' : '.');

const scoreWords: Record<Locale, Record<ScoreProblem, (e: InvalidScore) => string>> = {
  it: {
    'unknown-criterion': (e) => `il criterio «${e.criterionId}» non è nella griglia di valutazione`,
    'computed-criterion': () => 'questo criterio è calcolato dalla carriera e non si inserisce a mano',
    'not-a-number': () => 'il punteggio non è un numero',
    negative: () => 'il punteggio non può essere negativo',
    'too-many-decimals': () => 'il punteggio ha al massimo due decimali',
    'above-max': (e) => `il punteggio supera il massimo del criterio (${points(e.maxPoints, 'it')})`,
    'note-required': () => 'scrivi una motivazione per il punteggio',
  },
  en: {
    'unknown-criterion': (e) => `the criterion "${e.criterionId}" is not in the rubric`,
    'computed-criterion': () => 'this criterion is computed from the career and cannot be entered by hand',
    'not-a-number': () => 'the score is not a number',
    negative: () => 'the score cannot be negative',
    'too-many-decimals': () => 'the score has at most two decimals',
    'above-max': (e) => `the score is above the criterion's maximum (${points(e.maxPoints, 'en')})`,
    'note-required': () => 'write a note explaining the score',
  },
};

/** A refused committee score, in the user's language. */
export const describeInvalidScore = (error: InvalidScore, locale: Locale): string => {
  const reason = scoreWords[locale][error.problem](error);
  return locale === 'it' ? `Punteggio non valido: ${reason}.` : `Invalid score: ${reason}.`;
};

const actionWords: Record<Locale, Record<RankingAction, string>> = {
  it: {
    score: 'modificare i punteggi',
    publish: 'pubblicare la graduatoria provvisoria',
    appeal: 'presentare una segnalazione',
    'answer-appeal': 'rispondere alla segnalazione',
    approve: 'approvare la graduatoria definitiva',
    'put-in-use': 'utilizzare la graduatoria',
    draw: 'attingere dalla graduatoria',
  },
  en: {
    score: 'change the scores',
    publish: 'publish the provisional ranking',
    appeal: 'submit an appeal',
    'answer-appeal': 'answer the appeal',
    approve: 'approve the definitive ranking',
    'put-in-use': 'use the ranking',
    draw: 'draw from the ranking',
  },
};

const reasonWords: Record<Locale, Record<RankingRefusalReason, (until: string | null) => string>> = {
  it: {
    'wrong-status': () => 'la graduatoria non è nello stato che lo consente',
    'scores-final': () => 'la graduatoria è definitiva',
    'awaiting-scores': () => 'alcuni candidati ammessi non sono ancora valutati su tutti i criteri',
    'appeal-window-open': (u) =>
      `il termine per le segnalazioni è ancora aperto${u ? ` (fino al ${lastDay(u)} compreso)` : ''}`,
    'appeal-window-closed': (u) =>
      `il termine per le segnalazioni è scaduto${u ? ` (ultimo giorno: ${lastDay(u)})` : ''}`,
    'open-appeals': () => 'ci sono segnalazioni ancora senza risposta',
    'unresolved-ties': () => "ci sono parità non risolte che decidono l'assegnazione di un assegno",
    'invalid-decree': () =>
      'indica il numero del decreto e una data tra il giorno dopo la chiusura delle segnalazioni e oggi',
    expired: (u) => `la graduatoria è scaduta${u ? ` (valida fino al ${date(u, 'it')})` : ''}`,
  },
  en: {
    'wrong-status': () => 'the ranking is not in a state that allows it',
    'scores-final': () => 'the ranking is definitive',
    'awaiting-scores': () => 'some admitted candidates are not yet scored on every criterion',
    'appeal-window-open': (u) =>
      `the appeal window is still open${u ? ` (until ${lastDay(u)} inclusive)` : ''}`,
    'appeal-window-closed': (u) => `the appeal window has closed${u ? ` (last day: ${lastDay(u)})` : ''}`,
    'open-appeals': () => 'some appeals have not been answered',
    'unresolved-ties': () => 'unresolved ties decide who gets a grant',
    'invalid-decree': () =>
      'give the decree number and a date between the day after the appeal window and today',
    expired: (u) => `the ranking has expired${u ? ` (valid until ${date(u, 'en')})` : ''}`,
  },
};

/** A refused step of a ranking's lifecycle, in the user's language. */
export const describeRankingRefusal = (error: RankingTransitionRefused, locale: Locale): string => {
  const action = actionWords[locale][error.action];
  const reason = reasonWords[locale][error.reason](error.until);
  return locale === 'it' ? `Non è possibile ${action}: ${reason}.` : `You cannot ${action}: ${reason}.`;
};

/** The last Rome day of a window that ends (exclusive) at the instant `iso`: 21/03 00:00 -> 20/03/2026. */
const lastDay = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', {
    timeZone: 'Europe/Rome',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(new Date(iso).getTime() - 1));

/** A Rome calendar date as both languages write it here, 22/03/2027. */
const date = (isoDate: string, _locale: Locale) => isoDate.split('-').reverse().join('/');
