import { describe, expect, it } from 'vitest';
import {
  buildCappedAppointment as appointment,
  buildCapStudent as student,
} from '../../domain/caps/builders.ts';
import { checkAppointmentCaps } from '../../domain/caps/check.ts';
import { decideCaps } from '../../domain/caps/decision.ts';
import { UNIFE } from '../../profiles/unife.ts';
import { UNIVE } from '../../profiles/unive.ts';
import { describeError } from './messages.ts';

const refusal = (result: ReturnType<typeof decideCaps>) => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('caps messages', () => {
  it('say which cap and by how much, in Italian and English', () => {
    const earlier = appointment({ grossCents: 300_000, endDate: '2026-05-31' });
    const proposed = appointment({ grossCents: 135_000, endDate: '2026-11-30' });
    const error = refusal(
      decideCaps(checkAppointmentCaps(UNIFE.profile, student(), [earlier], proposed), null),
    );
    expect(describeError(error, 'it')).toBe(
      "L'incarico non può essere conferito: l'importo nell'anno solare 2026 sarebbe di 4.350,00\u00a0€: supera il limite annuo di 4.000,00\u00a0€ di 350,00\u00a0€.",
    );
    expect(describeError(error, 'en')).toBe(
      'The appointment cannot be made: the amount in the calendar year 2026 would be €4,350.00: it exceeds the yearly limit of €4,000.00 by €350.00.',
    );
  });

  it('name hours, the complex-project allowance, staff, and say when a reason would do', () => {
    const staff = refusal(
      decideCaps(
        checkAppointmentCaps(
          UNIVE.profile,
          student({ isStaff: true }),
          [appointment({ hours: 80 })],
          appointment({ hours: 20 }),
        ),
        null,
      ),
    );
    const it = describeError(staff, 'it');
    expect(it).toContain("lo studente è dipendente dell'Ateneo");
    expect(it).toContain('un incarico di 20 ore è sotto il minimo di 30 ore per incarico di 10 ore');
    expect(it).toContain(
      "le ore nell'anno accademico 2025/26 sarebbero 100: superano il limite di 90 ore di 10 ore (150 per i progetti di particolare complessità)",
    );
    expect(it).not.toContain('motivazione');
    const short = refusal(
      decideCaps(checkAppointmentCaps(UNIVE.profile, student(), [], appointment({ hours: 29 })), null),
    );
    expect(describeError(short, 'it')).toContain(
      "di 1 ora. L'ufficio può procedere indicando una motivazione",
    );
    expect(describeError(short, 'en')).toContain('by 1 hour. The office may go ahead by giving a reason');
  });
});
