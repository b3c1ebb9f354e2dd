import { describe, expect, it } from 'vitest';
import { UNIFE } from '../../profiles/unife.ts';
import { buildCapStudent } from '../caps/builders.ts';
import { checkAppointmentCaps } from '../caps/check.ts';
import { amendAppointment, changedElements } from './amendments.ts';
import { buildAppointment, buildTerms } from './builders.ts';
import { capViewOf } from './endings.ts';

const profile = UNIFE.profile;
const longer = buildTerms({ endDate: '2027-01-31' });
const richer = buildTerms({ items: [{ kind: 'tutoring', hours: 250, costCents: 375_000 }] });

describe('amendments of the essential elements (seed 003)', () => {
  it('name what changed: duration, amount, hours', () => {
    expect(changedElements(buildTerms(), longer)).toEqual(['duration']);
    expect(changedElements(buildTerms(), richer)).toEqual(['amount', 'hours']);
    const moved = buildTerms({
      items: [
        { kind: 'tutoring', hours: 150, costCents: 225_000 },
        { kind: 'supplementary-teaching', hours: 50, costCents: 75_000 },
      ],
    });
    expect(changedElements(buildTerms(), moved)).toEqual(['amount', 'hours']);
    expect(changedElements(buildTerms(), buildTerms({ trainingHours: 12 }))).toEqual(['hours']);
  });

  it('correct a letter not yet signed without a reason and without a record', () => {
    const result = amendAppointment(
      buildAppointment(),
      { terms: longer, reason: '', date: '2026-02-20' },
      profile,
    );
    expect(result).toMatchObject({ ok: true, value: { terms: longer, amendments: [] } });
  });

  it('change a signed letter only with a reason, keeping before and after', () => {
    const signed = buildAppointment({ status: 'active', hoursDone: 40 });
    expect(amendAppointment(signed, { terms: richer, reason: '  ', date: '2026-06-01' }, profile)).toEqual({
      ok: false,
      error: { kind: 'amendment-reason-required' },
    });
    const result = amendAppointment(
      signed,
      { terms: richer, reason: ' Fondi residui del bando (art. 1) ', date: '2026-06-01' },
      profile,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        terms: richer,
        amendments: [
          {
            date: '2026-06-01',
            reason: 'Fondi residui del bando (art. 1)',
            changed: ['amount', 'hours'],
            before: buildTerms(),
            after: richer,
          },
        ],
      },
    });
  });

  it('refuse no change, hours below those done, invalid terms and an ended appointment', () => {
    const active = buildAppointment({ status: 'active', hoursDone: 120 });
    const change = (terms = richer, appointment = active) =>
      amendAppointment(appointment, { terms, reason: 'motivo', date: '2026-06-01' }, profile);
    expect(change(buildTerms())).toMatchObject({ error: { reason: 'nothing-changed' } });
    const fewer = buildTerms({ items: [{ kind: 'tutoring', hours: 100, costCents: 150_000 }] });
    expect(change(fewer)).toMatchObject({ error: { reason: 'below-hours-done' } });
    expect(change(buildTerms({ endDate: '2025-01-01' }))).toMatchObject({
      error: { kind: 'invalid-appointment-terms' },
    });
    expect(change(richer, buildAppointment({ status: 'ended' }))).toMatchObject({
      error: { reason: 'wrong-status' },
    });
  });

  it('are checked against the caps on the new terms (Ferrara: EUR 4,000 in the calendar year)', () => {
    const active = buildAppointment({ status: 'active' });
    const amended = amendAppointment(
      active,
      { terms: richer, reason: 'proroga', date: '2026-06-01' },
      profile,
    );
    if (!amended.ok) throw new Error('refused');
    const other = {
      ...capViewOf(buildAppointment({ id: 'other', status: 'active' }), profile),
      grossCents: 50_000,
      hours: 50,
    };
    const breaches = checkAppointmentCaps(
      profile,
      buildCapStudent(),
      [other, capViewOf(active, profile)],
      capViewOf(amended.value, profile),
    );
    expect(breaches).toEqual([
      expect.objectContaining({ cap: 'amount-per-year', value: 425_000, excess: 25_000, period: '2026' }),
    ]);
  });
});
