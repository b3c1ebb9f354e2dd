import { describe, expect, it } from 'vitest';
import { buildAppointment } from '../../domain/appointments/builders.ts';
import { advanceLetter } from '../../domain/appointments/lifecycle.ts';
import { pauseAppointment } from '../../domain/appointments/pauses.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import { describeError } from './messages.ts';

const refusal = <T, E>(result: { ok: true; value: T } | { ok: false; error: E }): E => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('appointment messages', () => {
  it('name the step refused and why, listing open checklist items, in Italian and English', () => {
    const error = refusal(
      advanceLetter(
        buildAppointment({ status: 'acknowledged' }),
        { type: 'activate', today: '2026-03-02' },
        POLIBA.profile,
      ),
    );
    expect(describeError(error, 'it')).toBe(
      "Non è possibile avviare l'attività: mancano la presa visione del Codice etico.",
    );
    expect(describeError(error, 'en')).toBe(
      'You cannot start the activity: still missing: reading the code of ethics.',
    );
  });

  it('say how long a pause may be', () => {
    const error = refusal(
      pauseAppointment(
        buildAppointment({ status: 'active', startedOn: '2026-03-02' }),
        { from: '2026-04-01', until: '2026-05-02', reason: '' },
        POLIBA.profile,
        '2026-03-30',
      ),
    );
    expect(describeError(error, 'it')).toBe(
      "L'attività può essere interrotta per non più di 30 giorni in tutto: con questa interruzione sarebbero 31.",
    );
    expect(describeError({ kind: 'amendment-reason-required' }, 'en')).toContain('give the reason');
    expect(describeError({ kind: 'invalid-appointment-terms', problems: ['no-activity'] }, 'it')).toBe(
      "Dati dell'incarico non validi: indica almeno un tipo di attività con le sue ore.",
    );
  });
});
