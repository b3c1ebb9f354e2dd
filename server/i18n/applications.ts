import type { IneligibilityReason } from '../../domain/applications/eligibility.ts';
import type { Locale } from './locale.ts';

type Words = { [C in IneligibilityReason['code']]: (r: Extract<IneligibilityReason, { code: C }>) => string };

const academicYear = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

const it: Words = {
  'no-enrolment': (r) => `non risulti iscritto nell'anno accademico ${academicYear(r.academicYear)}`,
  'enrolment-not-active': () => "la tua iscrizione non è attiva nell'anno accademico del bando",
  'programme-type-not-admitted': (r) =>
    `il tuo tipo di corso (${r.programmeType}) non è ammesso (ammessi: ${r.admitted.join(', ') || 'nessuno'})`,
  'single-cycle-year-too-low': (r) =>
    `nei corsi a ciclo unico sono ammessi gli iscritti dal ${r.minYear}° anno (sei al ${r.yearOfCourse}°)`,
  'too-many-years-beyond': (r) => `sei fuori corso da ${r.yearsBeyond} anni, il limite è ${r.maxYearsBeyond}`,
  'part-time': () => 'gli iscritti a tempo parziale non sono ammessi',
  'single-course': () => 'gli iscritti a corsi singoli non sono ammessi',
  staff: () => "il personale dell'ateneo non può essere tutor",
};

const en: Words = {
  'no-enrolment': (r) => `you are not enrolled in the academic year ${academicYear(r.academicYear)}`,
  'enrolment-not-active': () => "your enrolment is not active in the call's academic year",
  'programme-type-not-admitted': (r) =>
    `your programme type (${r.programmeType}) is not admitted (admitted: ${r.admitted.join(', ') || 'none'})`,
  'single-cycle-year-too-low': (r) =>
    `single-cycle students are admitted from year ${r.minYear} (you are in year ${r.yearOfCourse})`,
  'too-many-years-beyond': (r) =>
    `you are ${r.yearsBeyond} years beyond the normal duration, the limit is ${r.maxYearsBeyond}`,
  'part-time': () => 'part-time students are not admitted',
  'single-course': () => 'students enrolled in single courses are not admitted',
  staff: () => 'university staff cannot be tutors',
};

/** One reason of ineligibility in the user's language. */
export const describeIneligibility = (reason: IneligibilityReason, locale: Locale): string => {
  const words = (locale === 'it' ? it : en)[reason.code] as (r: IneligibilityReason) => string;
  return words(reason);
};
