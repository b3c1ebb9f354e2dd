import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { buildAppointment } from './builders.ts';
import { advanceLetter, completeChecklistItem, type LetterEvent } from './lifecycle.ts';
import { pauseAppointment, resumeAppointment, totalPauseDays } from './pauses.ts';
import type { Appointment } from './types.ts';

const profile = POLIBA.profile;
const day = (offset: number) => Temporal.PlainDate.from('2026-03-02').add({ days: offset }).toString();

const eventArb: fc.Arbitrary<LetterEvent | { type: 'ethics' }> = fc.oneof(
  fc.record({
    type: fc.constant('sign' as const),
    protocolNumber: fc.constantFrom('', '12/2026'),
    protocolDate: fc.constantFrom('2026-02-20', '2026-04-01'),
    today: fc.constant('2026-02-25'),
  }),
  fc.record({
    type: fc.constant('acknowledge' as const),
    personId: fc.constantFrom('tutor-1', 'tutor-2'),
    at: fc.constant(new Date('2026-02-26T09:00:00Z')),
  }),
  fc.record({ type: fc.constant('activate' as const), today: fc.constantFrom('2026-03-01', '2026-03-02') }),
  fc.constant({ type: 'ethics' as const }),
);

describe('the letter under any sequence of events (fast-check)', () => {
  it('never becomes active without a protocol, the tutor’s acknowledgement, the start date and the code of ethics', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), (events) => {
        let appointment: Appointment = buildAppointment();
        const seen: string[] = [appointment.status];
        for (const event of events) {
          const result =
            event.type === 'ethics'
              ? completeChecklistItem(appointment, 'code-of-ethics', { on: '2026-02-27' }, 'tutor')
              : advanceLetter(appointment, event, profile);
          if (result.ok) appointment = result.value;
          if (seen.at(-1) !== appointment.status) seen.push(appointment.status);
        }
        // Statuses only ever move forward, one step at a time.
        const order = ['generated', 'signed', 'acknowledged', 'active'];
        expect(seen).toEqual(order.slice(0, seen.length));
        if (appointment.status !== 'generated') expect(appointment.protocol?.number).toBe('12/2026');
        if (appointment.status === 'active') {
          expect(appointment.acknowledgedAt).not.toBeNull();
          expect(appointment.startedOn).toBe('2026-03-02');
          expect(appointment.checklist['code-of-ethics']).toBeDefined();
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('pauses under any sequence (fast-check)', () => {
  it('never add up to more than the profile allows once resumed (Bari: 30 days)', () => {
    const stepArb = fc.record({
      gap: fc.integer({ min: 1, max: 40 }),
      length: fc.integer({ min: 1, max: 45 }),
      planned: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 8 }), (steps) => {
        let appointment = buildAppointment({ status: 'active', startedOn: '2026-03-02' });
        let cursor = 0;
        for (const step of steps) {
          const from = day(cursor + step.gap);
          const until = day(cursor + step.gap + step.length);
          cursor += step.gap + step.length;
          if (until > appointment.terms.endDate) break;
          const paused = pauseAppointment(
            appointment,
            { from, until: step.planned ? until : null, reason: '' },
            profile,
            from,
          );
          if (!paused.ok) continue;
          const resumed = resumeAppointment(paused.value, until, profile, until);
          if (resumed.ok) appointment = resumed.value;
        }
        expect(totalPauseDays(appointment, '2026-12-31')).toBeLessThanOrEqual(30);
      }),
      { numRuns: 400 },
    );
  });
});
