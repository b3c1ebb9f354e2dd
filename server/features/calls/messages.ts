import type { CallIssue, CallIssueCode } from '../../../domain/calls/validate.ts';
import type { FieldIssue } from '../../../domain/errors.ts';
import { formatEuro } from '../../../domain/money/cents.ts';
import type { Locale } from '../../i18n/locale.ts';

type Params = Record<string, string | number>;
const euro = (params: Params, key: string, locale: Locale) => formatEuro(Number(params[key] ?? 0), locale);

const TEXTS: Record<CallIssueCode, Record<Locale, (p: Params, l: Locale) => string>> = {
  required: { it: () => 'Campo obbligatorio.', en: () => 'This field is required.' },
  'not-positive': { it: () => 'Deve essere maggiore di zero.', en: () => 'Must be greater than zero.' },
  'amount-above-cap': {
    it: (p, l) => `L'importo supera il massimo annuo del regolamento (${euro(p, 'cap', l)}).`,
    en: (p, l) => `The amount is above the yearly cap of the regulation (${euro(p, 'cap', l)}).`,
  },
  'hours-above-cap': {
    it: (p) => `Le ore superano il massimo annuo del regolamento (${p.cap} ore).`,
    en: (p) => `The hours are above the yearly cap of the regulation (${p.cap} hours).`,
  },
  'hours-below-contract-minimum': {
    it: (p) => `Le ore sono sotto il minimo per incarico (${p.min} ore).`,
    en: (p) => `The hours are below the minimum per contract (${p.min} hours).`,
  },
  'hours-above-contract-maximum': {
    it: (p) => `Le ore superano il massimo per incarico (${p.max} ore).`,
    en: (p) => `The hours are above the maximum per contract (${p.max} hours).`,
  },
  'phd-hours-above-cap': {
    it: (p) => `Le ore superano il massimo per i dottorandi (${p.cap} ore).`,
    en: (p) => `The hours are above the cap for PhD students (${p.cap} hours).`,
  },
  'hourly-rate-inconsistent': {
    it: (p, l) =>
      `Ore e importo non sono coerenti con la tariffa oraria del bando (${euro(p, 'rateCents', l)}/ora).`,
    en: (p, l) => `Hours and amount do not match the call's hourly rate (${euro(p, 'rateCents', l)}/hour).`,
  },
  'programme-type-not-admitted': {
    it: (p) => `Il titolo di accesso ${p.type} non è ammesso dai requisiti del bando.`,
    en: (p) => `The access title ${p.type} is not admitted by the call's eligibility.`,
  },
  'above-funding': {
    it: (p, l) =>
      `Il totale delle posizioni (${euro(p, 'total', l)}) supera la disponibilità del finanziamento (${euro(p, 'remaining', l)}).`,
    en: (p, l) =>
      `The positions total ${euro(p, 'total', l)}, more than the funding has left (${euro(p, 'remaining', l)}).`,
  },
  'window-order': {
    it: () => "La chiusura deve essere successiva all'apertura.",
    en: () => 'The window must close after it opens.',
  },
  'closes-in-past': {
    it: () => 'La scadenza è già passata: un bando si pubblica con la scadenza nel futuro.',
    en: () => 'The closing time has passed: a call is published with its closing time in the future.',
  },
  'activities-end-before-window': {
    it: () => 'Le attività devono terminare dopo la chiusura delle domande.',
    en: () => 'The activities must end after applications close.',
  },
};

export const callFieldIssues = (issues: CallIssue[], locale: Locale): FieldIssue[] =>
  issues.map((issue) => ({
    field: issue.field,
    code: issue.code,
    message: TEXTS[issue.code][locale](issue.params ?? {}, locale),
  }));

const ROUTE_TEXTS = {
  'no-active-profile': {
    it: 'Nessun regolamento è in vigore: l’amministratore deve attivarne uno prima di redigere un bando.',
    en: 'No regulation profile is in force: the administrator must activate one before a call is drafted.',
  },
  'not-a-draft': {
    it: 'Il bando è già pubblicato: si modifica solo con una rettifica motivata.',
    en: 'The call is already published: it changes only through a recorded amendment.',
  },
  'not-published': {
    it: 'Solo un bando pubblicato si rettifica; una bozza si modifica direttamente.',
    en: 'Only a published call is amended; a draft is edited directly.',
  },
  'harmful-after-applications': {
    it: 'La rettifica peggiora le condizioni per i candidati (scadenza anticipata, requisiti più severi, meno posti o nuovi allegati) e il bando ha già domande confermate: non è ammessa.',
    en: 'The amendment worsens the terms for applicants (earlier close, stricter requirements, fewer grants or new attachments) and the call already has confirmed applications: it is refused.',
  },
  'no-changes': { it: 'La rettifica non cambia nulla.', en: 'The amendment changes nothing.' },
  'code-taken': { it: 'Esiste già un bando con questo codice.', en: 'A call with this code already exists.' },
  'unknown-funding': { it: 'Finanziamento inesistente.', en: 'Unknown funding assignment.' },
} as const;

export const callRouteMessage = (key: keyof typeof ROUTE_TEXTS, locale: Locale): string =>
  ROUTE_TEXTS[key][locale];
