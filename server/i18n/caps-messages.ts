import type { CapBreach, CapsExceeded } from '../../domain/caps/types.ts';
import { formatEuro } from '../../domain/money/cents.ts';
import type { CapKind, IncompatibleSituation } from '../../domain/profiles/types.ts';
import type { Locale } from './locale.ts';

type P = CapBreach['params'];

const SITUATIONS: Record<IncompatibleSituation, Record<Locale, string>> = {
  'research-grant': { it: 'un assegno di ricerca', en: 'a research grant' },
  'merit-scholarship': { it: 'una borsa di studio di merito', en: 'a merit scholarship' },
  'post-graduate-research-scholarship': {
    it: 'una borsa di ricerca post-laurea',
    en: 'a post-graduate research scholarship',
  },
  'part-time-collaboration': { it: 'una collaborazione part-time', en: 'a part-time collaboration' },
  'disability-support-collaboration': {
    it: 'una collaborazione per studenti con disabilità',
    en: 'a collaboration supporting students with disabilities',
  },
  'fee-exemption': { it: 'un esonero dalle tasse', en: 'a fee exemption' },
};

const euro = (value: string | number | undefined, locale: Locale) => formatEuro(Number(value), locale);
const hours = (value: string | number | undefined, locale: Locale) =>
  `${value} ${locale === 'it' ? (Number(value) === 1 ? 'ora' : 'ore') : Number(value) === 1 ? 'hour' : 'hours'}`;

const yearOf = (p: P, locale: Locale) =>
  p.yearKind === 'calendar'
    ? `${locale === 'it' ? "nell'anno solare" : 'in the calendar year'} ${p.period}`
    : `${locale === 'it' ? "nell'anno accademico" : 'in the academic year'} ${p.period}`;

const WORDS: Record<Locale, Record<CapKind, (p: P) => string>> = {
  it: {
    'amount-per-year': (p) =>
      `l'importo ${yearOf(p, 'it')} sarebbe di ${euro(p.value, 'it')}: supera il limite annuo di ${euro(p.limit, 'it')} di ${euro(p.excess, 'it')}`,
    'hours-per-year': (p) =>
      `le ore ${yearOf(p, 'it')} sarebbero ${p.value}: superano il limite di ${hours(p.limit, 'it')} di ${hours(p.excess, 'it')}${p.complexProjectLimit ? ` (${p.complexProjectLimit} per i progetti di particolare complessità)` : ''}`,
    'contract-min-hours': (p) =>
      `un incarico di ${hours(p.value, 'it')} è sotto il minimo di ${hours(p.limit, 'it')} per incarico di ${hours(p.excess, 'it')}`,
    'contract-max-hours': (p) =>
      `un incarico di ${hours(p.value, 'it')} supera il massimo di ${hours(p.limit, 'it')} per incarico di ${hours(p.excess, 'it')}`,
    'phd-hours': (p) =>
      `le ore del dottorando ${yearOf(p, 'it')} sarebbero ${p.value}: superano il limite di ${hours(p.limit, 'it')} di ${hours(p.excess, 'it')}`,
    'one-grant-per-academic-year': (p) =>
      `lo studente ha già un assegno nell'anno accademico ${p.period} e ne è ammesso uno solo`,
    'not-cumulative': () =>
      'gli assegni non sono cumulabili: lo studente ha già un incarico in corso dello stesso bando o nello stesso periodo',
    'incompatible-situation': (p) =>
      `lo studente dichiara ${SITUATIONS[p.situation as IncompatibleSituation]?.it ?? p.situation}, incompatibile con l'assegno`,
    'university-staff': () => "lo studente è dipendente dell'Ateneo e non può essere tutor",
  },
  en: {
    'amount-per-year': (p) =>
      `the amount ${yearOf(p, 'en')} would be ${euro(p.value, 'en')}: it exceeds the yearly limit of ${euro(p.limit, 'en')} by ${euro(p.excess, 'en')}`,
    'hours-per-year': (p) =>
      `the hours ${yearOf(p, 'en')} would be ${p.value}: they exceed the limit of ${hours(p.limit, 'en')} by ${hours(p.excess, 'en')}${p.complexProjectLimit ? ` (${p.complexProjectLimit} for projects of particular complexity)` : ''}`,
    'contract-min-hours': (p) =>
      `a contract of ${hours(p.value, 'en')} is below the minimum of ${hours(p.limit, 'en')} per contract by ${hours(p.excess, 'en')}`,
    'contract-max-hours': (p) =>
      `a contract of ${hours(p.value, 'en')} exceeds the maximum of ${hours(p.limit, 'en')} per contract by ${hours(p.excess, 'en')}`,
    'phd-hours': (p) =>
      `the PhD student's hours ${yearOf(p, 'en')} would be ${p.value}: they exceed the limit of ${hours(p.limit, 'en')} by ${hours(p.excess, 'en')}`,
    'one-grant-per-academic-year': (p) =>
      `the student already holds a grant in the academic year ${p.period} and only one is allowed`,
    'not-cumulative': () =>
      'grants are not cumulative: the student already holds an appointment of the same call or in the same period',
    'incompatible-situation': (p) =>
      `the student declares ${SITUATIONS[p.situation as IncompatibleSituation]?.en ?? p.situation}, which is incompatible with the grant`,
    'university-staff': () => 'the student is a university employee and cannot be a tutor',
  },
};

/** One breached cap in the reader's language: which cap, and by how much. */
export const describeCapBreach = (breach: CapBreach, locale: Locale): string =>
  WORDS[locale][breach.cap]({ ...breach.params, ...(breach.period ? { period: breach.period } : {}) });

/** The whole refusal: every breach, and whether the office may go ahead with a reason. */
export const describeCapsExceeded = (error: CapsExceeded, locale: Locale): string => {
  const reasons = error.breaches.map((breach) => describeCapBreach(breach, locale)).join('; ');
  if (locale === 'it')
    return `L'incarico non può essere conferito: ${reasons}.${error.overridable ? " L'ufficio può procedere indicando una motivazione, che resta nel registro delle operazioni." : ''}`;
  return `The appointment cannot be made: ${reasons}.${error.overridable ? ' The office may go ahead by giving a reason, which is kept in the audit log.' : ''}`;
};
