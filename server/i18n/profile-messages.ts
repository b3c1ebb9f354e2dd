import type { FieldIssue } from '../../domain/errors.ts';
import type { ProfileIssue, ProfileIssueCode } from '../../domain/profiles/validate.ts';
import type { Locale } from './locale.ts';

type Text = Record<Locale, string>;
type Params = ProfileIssue['params'];

/** The name of each setting as the profile form shows it, so a message can stand alone. */
const SETTING_LABELS: Record<string, Text> = {
  'eligibility.degreeTypes': { it: 'Tipi di corso ammessi', en: 'Admitted programme types' },
  'eligibility.singleCycleMinYear': {
    it: 'Anno minimo per le lauree magistrali a ciclo unico',
    en: 'First admitted year of single-cycle programmes',
  },
  'eligibility.maxYearsBeyond': {
    it: 'Anni fuori corso ammessi',
    en: 'Years beyond normal duration admitted',
  },
  'eligibility.partTimeExcluded': {
    it: 'Esclusione degli studenti part-time',
    en: 'Part-time students excluded',
  },
  'eligibility.singleCourseExcluded': {
    it: 'Esclusione degli iscritti a singoli insegnamenti',
    en: 'Single-course students excluded',
  },
  'eligibility.statusForWholeAppointment': {
    it: "Requisiti mantenuti per tutto l'incarico",
    en: 'Status kept for the whole appointment',
  },
  'eligibility.staffExcluded': {
    it: "Esclusione del personale dell'Ateneo",
    en: 'University staff excluded',
  },
  'caps.maxAmountPerYear': { it: 'Importo massimo annuo', en: 'Maximum amount per year' },
  'caps.maxHoursPerYear': { it: 'Ore massime per anno accademico', en: 'Maximum hours per academic year' },
  'caps.complexProjectMaxHours': {
    it: 'Ore massime per progetti complessi',
    en: 'Maximum hours for complex projects',
  },
  'caps.contractMinHours': { it: 'Ore minime per incarico', en: 'Minimum hours per contract' },
  'caps.contractMaxHours': { it: 'Ore massime per incarico', en: 'Maximum hours per contract' },
  'caps.phdMaxHours': { it: 'Ore massime per i dottorandi', en: 'Maximum hours for PhD students' },
  'caps.oneGrantPerAcademicYear': {
    it: 'Un solo assegno per anno accademico',
    en: 'One grant per academic year',
  },
  'caps.grantsCumulative': { it: 'Assegni cumulabili', en: 'Grants cumulative' },
  'caps.overridable': {
    it: "Limiti derogabili dall'ufficio con motivazione",
    en: 'Caps the office may override with a reason',
  },
  'offers.acceptanceWorkingDays': {
    it: "Giorni lavorativi per accettare l'incarico",
    en: 'Working days to accept an offer',
  },
  'offers.refusal': { it: 'Effetto della rinuncia', en: 'Refusal policy' },
  'calendar.saturdaysAreWorkingDays': { it: 'Sabato lavorativo', en: 'Saturdays are working days' },
  'calendar.patronDay': { it: 'Festa del santo patrono', en: "Patron saint's day" },
  'rankings.appealWindowDays': { it: 'Giorni per le segnalazioni', en: 'Days to appeal' },
  'rankings.validityMonths': { it: 'Validità della graduatoria (mesi)', en: 'Ranking validity (months)' },
  'rankings.committeeMinMembers': {
    it: 'Componenti minimi della commissione',
    en: 'Minimum committee members',
  },
  'rankings.publication': { it: 'Pubblicazione della graduatoria', en: 'Ranking publication' },
  'rankings.tieBreaks': { it: 'Criteri di precedenza a parità di punteggio', en: 'Tie-breaks' },
  'applications.maxPositionsPerCandidate': {
    it: 'Posizioni massime per candidato',
    en: 'Maximum positions per candidate',
  },
  'applications.ownDepartmentFirst': {
    it: 'Precedenza al proprio dipartimento',
    en: 'Own department first',
  },
  rubrics: { it: 'Griglie di valutazione', en: 'Rubrics' },
  'activity.trainingCountsInHours': {
    it: 'Formazione compresa nelle ore',
    en: 'Training counted in the hours',
  },
  'activity.safetyTrainingHours': { it: 'Ore di formazione sulla sicurezza', en: 'Safety training hours' },
  'activity.maxPauseDays': { it: 'Giorni massimi di interruzione', en: 'Maximum pause (days)' },
  'activity.continuationAfterGraduation': {
    it: 'Prosecuzione dopo la laurea',
    en: 'Continuation after graduation',
  },
  'activity.inpsRegistration': {
    it: "Termine per l'iscrizione alla Gestione Separata INPS",
    en: 'Deadline for the INPS Gestione Separata registration',
  },
  'activity.regionalCommunication': {
    it: 'Comunicazione obbligatoria alla Regione',
    en: 'Mandatory communication to the region',
  },
  'payout.minimumHours': { it: 'Ore minime per la liquidazione', en: 'Minimum hours for a payout' },
  'payout.supervisorReportDays': {
    it: 'Giorni per la comunicazione del referente',
    en: "Days for the supervisor's report",
  },
  'payout.paymentDays': { it: 'Giorni per il pagamento', en: 'Days to pay' },
  'compatibility.incompatibleWith': { it: 'Incompatibilità', en: 'Incompatibilities' },
  inpsRates: { it: 'Aliquote INPS', en: 'INPS rates' },
};

/** Names of the parts inside a setting's value, and of the parts of a rubric or a rate. */
const PART_LABELS: Record<string, Text> = {
  source: { it: 'fonte', en: 'source' },
  fiveYear: { it: 'corsi di 5 anni', en: '5-year programmes' },
  sixYear: { it: 'corsi di 6 anni', en: '6-year programmes' },
  cents: { it: 'importo', en: 'amount' },
  excludeAfter: { it: 'esclusione dopo N rinunce', en: 'excluded after N refusals' },
  monthDay: { it: 'giorno (MM-GG)', en: 'day (MM-DD)' },
  maxRemainingHours: { it: 'ore residue massime', en: 'maximum hours left' },
  daysAfterStart: { it: "giorni dall'inizio", en: 'days after the start' },
  totalPoints: { it: 'punteggio totale', en: 'total points' },
  candidateKinds: { it: 'candidati', en: 'candidates' },
  id: { it: 'codice', en: 'code' },
  maxPoints: { it: 'punteggio massimo', en: 'maximum points' },
  maxItems: { it: 'titoli massimi', en: 'maximum items' },
  formula: { it: 'formula', en: 'formula' },
  bands: { it: 'fasce di voto', en: 'grade bands' },
  divisor: { it: 'divisore', en: 'divisor' },
  year: { it: 'anno', en: 'year' },
  rateBasisPoints: { it: 'aliquota', en: 'rate' },
  studentShare: { it: 'quota a carico dello studente', en: "student's share" },
};

const CANDIDATE_KINDS: Record<string, Text> = {
  bachelor: { it: 'studenti di laurea triennale', en: "bachelor's students" },
  master: { it: 'studenti di laurea magistrale', en: "master's students" },
  'single-cycle': { it: 'studenti di laurea magistrale a ciclo unico', en: 'single-cycle students' },
  phd: { it: 'dottorandi', en: 'PhD students' },
  specialisation: { it: 'specializzandi', en: 'specialisation school students' },
};

const kind = (value: string | number | undefined, locale: Locale) =>
  CANDIDATE_KINDS[String(value)]?.[locale] ?? String(value);

const MESSAGES: Record<ProfileIssueCode, Record<Locale, (p: Params, locale: Locale) => string>> = {
  'source-missing': {
    it: () => "indica la fonte (articolo del regolamento, oppure 'default').",
    en: () => "give the source (article of the regulation, or 'default').",
  },
  'not-integer': { it: () => 'deve essere un numero intero.', en: () => 'must be a whole number.' },
  'too-small': { it: (p) => `deve essere almeno ${p.min}.`, en: (p) => `must be at least ${p.min}.` },
  'too-large': { it: (p) => `deve essere al massimo ${p.max}.`, en: (p) => `must be at most ${p.max}.` },
  'not-positive': { it: () => 'deve essere maggiore di zero.', en: () => 'must be greater than zero.' },
  duplicate: { it: (p) => `${p.value} compare più volte.`, en: (p) => `${p.value} appears more than once.` },
  'month-day-invalid': {
    it: (p) => `${p.value} non è un giorno dell'anno (MM-GG, es. 12-06).`,
    en: (p) => `${p.value} is not a day of the year (MM-DD, e.g. 12-06).`,
  },
  'degree-types-empty': {
    it: () => 'ammetti almeno un tipo di corso.',
    en: () => 'admit at least one programme type.',
  },
  'single-cycle-year-missing': {
    it: () => "indica l'anno minimo, perché le lauree a ciclo unico sono ammesse.",
    en: () => 'give the first admitted year, since single-cycle programmes are admitted.',
  },
  'contract-min-above-max': {
    it: (p) => `il minimo (${p.min} ore) supera il massimo per incarico (${p.max} ore).`,
    en: (p) => `the minimum (${p.min} hours) is above the maximum per contract (${p.max} hours).`,
  },
  'contract-above-year-cap': {
    it: (p) => `un incarico di ${p.contract} ore supera il limite annuo di ${p.year} ore.`,
    en: (p) => `a contract of ${p.contract} hours exceeds the yearly limit of ${p.year} hours.`,
  },
  'phd-above-year-cap': {
    it: (p) => `${p.phd} ore per i dottorandi superano il limite annuo di ${p.year} ore.`,
    en: (p) => `${p.phd} hours for PhD students exceed the yearly limit of ${p.year} hours.`,
  },
  'phd-hours-without-phd': {
    it: () => 'è indicato un limite per i dottorandi, ma il dottorato non è tra i corsi ammessi.',
    en: () => 'a limit for PhD students is set, but PhD programmes are not admitted.',
  },
  'complex-below-year-cap': {
    it: (p) => `${p.complex} ore per i progetti complessi sono meno del limite ordinario di ${p.year} ore.`,
    en: (p) =>
      `${p.complex} hours for complex projects are fewer than the ordinary limit of ${p.year} hours.`,
  },
  'one-grant-but-cumulative': {
    it: () => 'gli assegni non possono essere cumulabili se è ammesso un solo assegno per anno.',
    en: () => 'grants cannot be cumulative when only one grant per year is allowed.',
  },
  'payout-minimum-above-contract': {
    it: (p) =>
      `${p.minimum} ore minime superano l'incarico più lungo (${p.contract} ore): nessuno sarebbe pagato.`,
    en: (p) =>
      `${p.minimum} minimum hours exceed the longest contract (${p.contract} hours): nobody could be paid.`,
  },
  'refusal-exclude-after-too-low': {
    it: () => "con lo spostamento in fondo, l'esclusione deve scattare dalla seconda rinuncia in poi.",
    en: () =>
      'when refusals move a candidate to the end, exclusion must come at the second refusal or later.',
  },
  'tie-break-needs-phd': {
    it: () => 'la precedenza ai dottorandi senza borsa richiede che il dottorato sia ammesso.',
    en: () => 'putting PhD students without a scholarship first needs PhD programmes to be admitted.',
  },
  'inps-share-invalid': {
    it: () => 'la quota dello studente deve essere una frazione tra 0 e 1 (es. 1/3).',
    en: () => "the student's share must be a fraction between 0 and 1 (e.g. 1/3).",
  },
  'rubric-kinds-empty': {
    it: () => 'indica a quali candidati si applica la griglia.',
    en: () => 'say which candidates the rubric scores.',
  },
  'rubric-kind-not-admitted': {
    it: (p, l) => `la griglia valuta ${kind(p.kind, l)}, che non sono tra i candidati ammessi.`,
    en: (p, l) => `the rubric scores ${kind(p.kind, l)}, who are not admitted.`,
  },
  'rubric-kind-overlap': {
    it: (p, l) => `${kind(p.kind, l)} sono già valutati dalla griglia ${p.other}.`,
    en: (p, l) => `${kind(p.kind, l)} are already scored by rubric ${p.other}.`,
  },
  'rubric-kind-missing': {
    it: (p, l) => `manca una griglia per ${kind(p.kind, l)}.`,
    en: (p, l) => `no rubric scores ${kind(p.kind, l)}.`,
  },
  'rubric-total-mismatch': {
    it: (p) => `i criteri sommano ${p.sum} punti, non ${p.total}.`,
    en: (p) => `the criteria add up to ${p.sum} points, not ${p.total}.`,
  },
  'criterion-id-invalid': {
    it: (p) => `"${p.value}" non va bene: usa lettere minuscole, cifre e trattini.`,
    en: (p) => `"${p.value}" will not do: use lowercase letters, digits and hyphens.`,
  },
  'criterion-formula-missing': {
    it: () => 'un criterio calcolato ha bisogno di una formula.',
    en: () => 'a computed criterion needs a formula.',
  },
  'criterion-formula-not-allowed': {
    it: () => 'un criterio valutato dalla commissione non ha formula.',
    en: () => 'a criterion the committee assesses has no formula.',
  },
  'grade-bands-order': {
    it: () => 'le fasce devono salire di voto e di punteggio, tra 0 e 110.',
    en: () => 'bands must rise in grade and points, between 0 and 110.',
  },
  'grade-bands-above-max': {
    it: (p) => `le fasce arrivano a ${p.points} punti, oltre il massimo del criterio (${p.max}).`,
    en: (p) => `the bands reach ${p.points} points, above the criterion's maximum (${p.max}).`,
  },
  'formula-below-max': {
    it: (p) => `la formula arriva al più a ${p.reachable} punti: il massimo di ${p.max} è irraggiungibile.`,
    en: (p) => `the formula gives at most ${p.reachable} points: the maximum of ${p.max} cannot be reached.`,
  },
};

/** "Griglia 2, criterio 3: punteggio massimo" for a dotted path of the profile. */
export const profileFieldLabel = (path: string, locale: Locale): string => {
  const parts = path.split('.');
  const [group, second] = parts;
  const part = (name: string | undefined) => (name ? (PART_LABELS[name]?.[locale] ?? null) : null);
  const ordinal = (index: string | undefined) => Number(index ?? 0) + 1;
  if (group === 'rubrics' && second !== undefined) {
    const rubric = `${locale === 'it' ? 'Griglia' : 'Rubric'} ${ordinal(second)}`;
    if (parts[3] === 'criteria' && parts[4] !== undefined) {
      const criterion = `${rubric}, ${locale === 'it' ? 'criterio' : 'criterion'} ${ordinal(parts[4])}`;
      const detail = part(parts.at(-1)) ?? part(parts[5]);
      return detail ? `${criterion}: ${detail}` : criterion;
    }
    const detail = part(parts[3]) ?? part(parts[2]);
    return detail ? `${rubric}: ${detail}` : rubric;
  }
  if (group === 'inpsRates' && second !== undefined) {
    const rate = `${SETTING_LABELS.inpsRates?.[locale]} ${ordinal(second)}`;
    const detail = part(parts[3]) ?? part(parts[2]);
    return detail ? `${rate}: ${detail}` : rate;
  }
  if (group === 'rankings' && second === 'tieBreaks' && parts[2] !== undefined) {
    const tieBreak = `${SETTING_LABELS['rankings.tieBreaks']?.[locale]} ${ordinal(parts[2])}`;
    return parts[3] === 'source' ? `${tieBreak} (${part('source')})` : tieBreak;
  }
  const setting = SETTING_LABELS[`${group}.${second}`] ?? SETTING_LABELS[group ?? ''];
  const name = setting?.[locale] ?? path;
  const detail = parts.length > 3 ? part(parts.at(-1)) : parts[2] === 'source' ? part('source') : null;
  return detail ? `${name} (${detail})` : name;
};

export const describeProfileIssue = (issue: ProfileIssue, locale: Locale): string =>
  `${profileFieldLabel(issue.field, locale)}: ${MESSAGES[issue.code][locale](issue.params, locale)}`;

/** Domain issues as the field issues of a 400 reply; `prefix` is where the profile sits in the request body. */
export const profileFieldIssues = (
  issues: ProfileIssue[],
  locale: Locale,
  prefix = 'profile',
): FieldIssue[] =>
  issues.map((issue) => ({
    field: prefix ? `${prefix}.${issue.field}` : issue.field,
    code: `profile.${issue.code}`,
    message: describeProfileIssue(issue, locale),
  }));

/** Messages of the profile routes themselves (what the domain cannot know: codes taken, presets read-only). */
const ROUTE_MESSAGES = {
  'code-taken': {
    it: (code: string) => `Esiste già un profilo con codice ${code}.`,
    en: (code: string) => `A profile with code ${code} already exists.`,
  },
  'source-unknown': {
    it: (code: string) => `Non esiste un profilo con codice ${code} da copiare.`,
    en: (code: string) => `There is no profile with code ${code} to copy.`,
  },
  'preset-read-only': {
    it: (code: string) =>
      `Il profilo ${code} è predefinito e non si può modificare: copialo e modifica la copia.`,
    en: (code: string) => `Profile ${code} is a preset and cannot be changed: copy it and edit the copy.`,
  },
} as const;

export const profileRouteMessage = (key: keyof typeof ROUTE_MESSAGES, locale: Locale, code: string): string =>
  ROUTE_MESSAGES[key][locale](code);
