import type { CriterionProblem, ScoreExplanation } from '../../domain/scoring/candidate-score.ts';
import { formatPoints, pointsToHundredths } from '../../domain/scoring/points.ts';
import type { Locale } from './locale.ts';

/*
 * How a score was obtained, worded for the committee's minutes and for a candidate who appeals: every input and
 * the formula, with the figures written as the committee writes them (two decimals, comma in Italian).
 */

/** 2025-12-31 -> 31/12/2025 (both languages: the date of the call as printed). */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

const pts = (points: number, locale: Locale) => formatPoints(pointsToHundredths(points), locale);

const wholeOr = (points: number, locale: Locale) =>
  Number.isInteger(points) ? String(points) : pts(points, locale);

export const describeScoreExplanation = (explanation: ScoreExplanation, locale: Locale): string => {
  const it = locale === 'it';
  switch (explanation.formula) {
    case 'degree-grade-bands': {
      const e = explanation;
      const band =
        e.band.minGrade <= 0 && e.band.maxGrade !== null
          ? it
            ? `fascia fino a ${e.band.maxGrade}`
            : `band up to ${e.band.maxGrade}`
          : `${it ? 'fascia' : 'band'} ${e.band.minGrade}-${e.band.maxGrade ?? 110}`;
      const grade = `${e.grade}/110${e.honours ? (it ? ' e lode' : ' with honours') : ''}`;
      const honours =
        e.honoursPoints > 0 ? ` + ${it ? 'lode' : 'honours'} ${wholeOr(e.honoursPoints, locale)}` : '';
      const result = formatPoints(Math.min(e.uncappedHundredths, pointsToHundredths(e.maxPoints)), locale);
      const cap = e.capped
        ? it
          ? ` (${formatPoints(e.uncappedHundredths, locale)} ridotto al massimo del criterio)`
          : ` (${formatPoints(e.uncappedHundredths, locale)} reduced to the criterion's maximum)`
        : '';
      return it
        ? `Voto di laurea ${grade}, ${band}: ${wholeOr(e.band.points, locale)} punti${honours} = ${result}${cap}`
        : `Degree grade ${grade}, ${band}: ${wholeOr(e.band.points, locale)} points${honours} = ${result}${cap}`;
    }
    case 'average-times-credit-ratio': {
      const e = explanation;
      const result = formatPoints(Math.min(e.uncappedHundredths, pointsToHundredths(e.maxPoints)), locale);
      const cutoff = day(e.cutoffDate);
      if (e.averageHundredths === null) {
        return it
          ? `Nessun esame con voto superato entro il ${cutoff}: nessuna media, ${result}`
          : `No graded exam passed by ${cutoff}: no average, ${result}`;
      }
      const average = formatPoints(e.averageHundredths, locale);
      const divisor = e.divisor === 1 ? '' : ` / ${wholeOr(e.divisor, locale)}`;
      const years =
        e.yearsCompleted > 0
          ? it
            ? ` (${e.yearsCompleted} ${e.yearsCompleted === 1 ? 'anno completato' : 'anni completati'} × ${e.creditsPerYear})`
            : ` (${e.yearsCompleted} ${e.yearsCompleted === 1 ? 'year completed' : 'years completed'} × ${e.creditsPerYear})`
          : it
            ? ' (primo anno)'
            : ' (first year)';
      const cap = e.capped
        ? it
          ? ` (${formatPoints(e.uncappedHundredths, locale)} ridotto al massimo del criterio)`
          : ` (${formatPoints(e.uncappedHundredths, locale)} reduced to the criterion's maximum)`
        : '';
      const after =
        e.examsAfterCutoff > 0
          ? it
            ? `; esclusi ${e.examsAfterCutoff} esami superati dopo il ${cutoff}`
            : `; ${e.examsAfterCutoff} exams passed after ${cutoff} left out`
          : '';
      return it
        ? `Media ponderata ${average} × (CFU acquisiti ${e.creditsEarned} al ${cutoff} / CFU acquisibili ${e.creditsObtainable}${years})${divisor} = ${result}${cap}. Esami con voto: ${e.gradedExams} per ${e.gradedCredits} CFU${after}; calcolo esatto arrotondato una sola volta al centesimo`
        : `Weighted average ${average} × (credits earned ${e.creditsEarned} by ${cutoff} / credits obtainable ${e.creditsObtainable}${years})${divisor} = ${result}${cap}. Graded exams: ${e.gradedExams} for ${e.gradedCredits} credits${after}; computed exactly and rounded once to the hundredth`;
    }
    case 'committee':
      return it
        ? `Punteggio della commissione: ${explanation.note}`
        : `Committee's score: ${explanation.note}`;
  }
};

/** Why a computed criterion cannot be scored from the career as it stands. */
export const describeCriterionProblem = (problem: CriterionProblem, locale: Locale): string => {
  const it = locale === 'it';
  const wait = it
    ? "il punteggio sarà calcolato quando l'ufficio avrà corretto la carriera"
    : 'the score will be computed once the office corrects the career';
  switch (problem.code) {
    case 'missing-degree-grade':
      return it ? `Voto di laurea assente in carriera: ${wait}` : `No degree grade in the career: ${wait}`;
    case 'degree-grade-out-of-range':
      return it
        ? `Voto di laurea ${problem.grade} fuori dalla scala 66-110: ${wait}`
        : `Degree grade ${problem.grade} outside the 66-110 scale: ${wait}`;
    case 'honours-without-full-marks':
      return it
        ? `Lode con un voto di ${problem.grade} invece di 110: ${wait}`
        : `Honours with a grade of ${problem.grade} instead of 110: ${wait}`;
    case 'invalid-exam':
      return it
        ? `Esame n. ${problem.index + 1} con dati non validi (${problem.field}): ${wait}`
        : `Exam no. ${problem.index + 1} has invalid data (${problem.field}): ${wait}`;
    case 'invalid-enrolment':
      return it
        ? `Iscrizione con dati non validi (${problem.field}): ${wait}`
        : `Enrolment with invalid data (${problem.field}): ${wait}`;
  }
};
