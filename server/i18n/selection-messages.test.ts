import { describe, expect, it } from 'vitest';
import { checkScoringAllowed, draftRanking } from '../../domain/ranking/lifecycle.ts';
import { validateCommitteeScore } from '../../domain/scoring/committee-score.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import { statusOf } from '../http/errors.ts';
import { describeError } from './messages.ts';

const masters = POLIBA.profile.rubrics[0]?.value;

describe('scoring and ranking errors in Italian and English', () => {
  it('words a score above the maximum with the maximum, as a 422', () => {
    if (!masters) throw new Error('rubric');
    const outcome = validateCommitteeScore(masters, {
      criterionId: 'collaborations',
      points: '9',
      note: 'x',
    });
    if (outcome.ok) throw new Error('accepted');
    expect(describeError(outcome.error, 'it')).toBe(
      'Punteggio non valido: il punteggio supera il massimo del criterio (8).',
    );
    expect(describeError(outcome.error, 'en')).toBe(
      "Invalid score: the score is above the criterion's maximum (8).",
    );
    expect(statusOf(outcome.error)).toBe(422);
  });

  it('words scoring after the ranking is definitive, and approving in the window with its end in Rome time, as 409', () => {
    const definitive = { ...draftRanking(), status: 'definitive' as const };
    const outcome = checkScoringAllowed(definitive);
    if (outcome.ok) throw new Error('allowed');
    expect(describeError(outcome.error, 'it')).toBe(
      'Non è possibile modificare i punteggi: la graduatoria è definitiva.',
    );
    expect(describeError(outcome.error, 'en')).toBe(
      'You cannot change the scores: the ranking is definitive.',
    );
    expect(statusOf(outcome.error)).toBe(409);
    const early = {
      kind: 'ranking-transition-refused' as const,
      status: 'provisional' as const,
      action: 'approve' as const,
      reason: 'appeal-window-open' as const,
      until: '2026-03-20T23:00:00.000Z',
    };
    expect(describeError(early, 'it')).toBe(
      'Non è possibile approvare la graduatoria definitiva: il termine per le segnalazioni è ancora aperto (fino al 20/03/2026 compreso).',
    );
    expect(describeError(early, 'en')).toBe(
      'You cannot approve the definitive ranking: the appeal window is still open (until 20/03/2026 inclusive).',
    );
  });
});
