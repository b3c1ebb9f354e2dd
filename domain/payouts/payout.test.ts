import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAppointment, buildTerms } from '../appointments/builders.ts';
import type { Appointment, EndingKind } from '../appointments/types.ts';
import { buildProfile } from '../profiles/builders.ts';
import type { InpsRate } from '../profiles/types.ts';
import { payAppointment, payoutFigures, payoutStanding, splitInps } from './payout.ts';

const RATE_2026: InpsRate = {
  year: 2026,
  rateBasisPoints: 3503,
  studentShare: { numerator: 1, denominator: 3 },
};

/** Bari's 200 hours for EUR 3,000, ended on 30 September 2026 with the hours given. */
const ended = (hoursDone: number, kind: EndingKind = 'withdrawal', overrides: Partial<Appointment> = {}) =>
  buildAppointment({
    status: 'ended',
    startedOn: '2026-03-02',
    hoursDone,
    ending: { kind, date: '2026-09-30', hoursDone, hoursReturned: 200 - hoursDone, note: '' },
    ...overrides,
  });

const bari = buildProfile();

describe('the INPS Gestione Separata split', () => {
  it('matches the worked example of domain.md: EUR 4,000 at 35.03%', () => {
    expect(splitInps(400_000, RATE_2026)).toEqual({
      rateBasisPoints: 3503,
      rateYear: 2026,
      contributionCents: 140_120,
      studentCents: 46_707,
      universityCents: 93_413,
    });
  });

  it('rounds the contribution half up once, and the student third half up', () => {
    // 1 cent at 35.03% is 0.3503 cents -> 0; 2 cents -> 0.7006 -> 1, of which the student's third 0.33 -> 0.
    expect(splitInps(1, RATE_2026).contributionCents).toBe(0);
    expect(splitInps(2, RATE_2026)).toMatchObject({
      contributionCents: 1,
      studentCents: 0,
      universityCents: 1,
    });
    // 5 cents -> 1.7515 -> 2; a third of 2 is 0.67 -> 1.
    expect(splitInps(5, RATE_2026)).toMatchObject({
      contributionCents: 2,
      studentCents: 1,
      universityCents: 1,
    });
  });

  it('property: the shares add up to the contribution, which is the rate of the gross within half a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 5 }),
        (gross, basisPoints, denominator) => {
          const split = splitInps(gross, {
            year: 2026,
            rateBasisPoints: basisPoints,
            studentShare: { numerator: 1, denominator },
          });
          expect(split.studentCents + split.universityCents).toBe(split.contributionCents);
          expect(Math.abs(split.contributionCents * 10_000 - gross * basisPoints)).toBeLessThanOrEqual(5_000);
          expect(Math.abs(split.studentCents * denominator - split.contributionCents)).toBeLessThanOrEqual(
            denominator / 2,
          );
          expect(Number.isInteger(split.studentCents) && split.universityCents >= 0).toBe(true);
        },
      ),
    );
  });
});

describe('the figures of a payout', () => {
  it('pays an interrupted appointment pro rata: 120 of 200 hours of EUR 3,000', () => {
    const figures = payoutFigures(ended(120), bari, '2026-11-12');
    expect(figures).toEqual({
      ok: true,
      value: {
        year: 2026,
        hoursPaid: 120,
        grossCents: 180_000,
        // 1,800.00 x 35.03% = 630.54; a third 210.18, two thirds 420.36.
        inps: {
          rateBasisPoints: 3503,
          rateYear: 2026,
          contributionCents: 63_054,
          studentCents: 21_018,
          universityCents: 42_036,
        },
        netCents: 158_982,
        universityCostCents: 222_036,
      },
    });
  });

  it('pays a completed appointment its hours done: in full when all were done, pro rata when fewer', () => {
    const figures = payoutFigures(ended(200, 'completed'), bari, '2026-10-01');
    expect(figures.ok && figures.value).toMatchObject({ hoursPaid: 200, grossCents: 300_000 });
    // Seed 001 art. 10 c.4: "in base alle ore effettivamente svolte, anche se sono inferiori"; no minimum applies.
    const fewer = payoutFigures(ended(20, 'completed'), bari, '2026-10-01');
    expect(fewer.ok && fewer.value).toMatchObject({ hoursPaid: 20, grossCents: 30_000 });
  });

  it("pays in a year whose rate the profile lacks yet at the latest earlier year's, marked provisional", () => {
    const figures = payoutFigures(ended(120), bari, '2027-01-10');
    expect(figures.ok && figures.value).toMatchObject({
      year: 2027,
      grossCents: 180_000,
      inps: { rateBasisPoints: 3503, rateYear: 2026 },
    });
    const own = payoutFigures(ended(120), bari, '2026-10-01');
    expect(own.ok && own.value.inps.rateYear).toBe(2026);
  });

  it('names the year when no rate of it or of an earlier year is known', () => {
    expect(payoutFigures(ended(120), bari, '2024-12-10')).toEqual({
      ok: false,
      error: { kind: 'payout-date-invalid', problem: 'no-inps-rate', endedOn: null, year: 2024 },
    });
  });

  it('property: net + student share = gross, gross + university share = cost, hours never above the contract', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 10_000_00 }),
        fc.nat(),
        fc.constantFrom<EndingKind>('completed', 'withdrawal', 'graduation'),
        (hours, costCents, doneSeed, kind) => {
          const done = doneSeed % (hours + 1);
          const appointment = ended(done, kind, {
            terms: buildTerms({ items: [{ kind: 'tutoring', hours, costCents }] }),
            ending: { kind, date: '2026-09-30', hoursDone: done, hoursReturned: hours - done, note: '' },
          });
          const result = payoutFigures(appointment, bari, '2026-12-01');
          if (!result.ok) throw new Error('expected figures');
          const f = result.value;
          expect(f.netCents + f.inps.studentCents).toBe(f.grossCents);
          expect(f.grossCents + f.inps.universityCents).toBe(f.universityCostCents);
          expect(f.universityCostCents - f.netCents).toBe(f.inps.contributionCents);
          expect(f.hoursPaid).toBeLessThanOrEqual(hours);
          expect(f.grossCents).toBeLessThanOrEqual(costCents);
        },
      ),
    );
  });
});

describe('recording the payout order', () => {
  it('marks the appointment paid on the order date', () => {
    const result = payAppointment(ended(120), bari, '2026-11-12', '2026-11-20');
    expect(result.ok && result.value.appointment.paidOn).toBe('2026-11-12');
    expect(result.ok && result.value.figures.grossCents).toBe(180_000);
  });

  it('refuses an appointment not ended', () => {
    const active = buildAppointment({ status: 'active', startedOn: '2026-03-02', hoursDone: 50 });
    expect(payAppointment(active, bari, '2026-11-12', '2026-11-20')).toEqual({
      ok: false,
      error: { kind: 'payout-refused', reason: 'not-ended', paidOn: null },
    });
  });

  it("refuses below Bari's 30 hours minimum, and zero hours anywhere: nothing is due", () => {
    expect(payAppointment(ended(29), bari, '2026-11-12', '2026-11-20')).toMatchObject({
      ok: false,
      error: { reason: 'nothing-due' },
    });
    const noMinimum = buildProfile((p) => {
      p.payout.minimumHours.value = null;
    });
    expect(payAppointment(ended(29), noMinimum, '2026-11-12', '2026-11-20').ok).toBe(true);
    expect(payAppointment(ended(0, 'no-start'), noMinimum, '2026-11-12', '2026-11-20')).toMatchObject({
      ok: false,
      error: { reason: 'nothing-due' },
    });
    expect(payoutStanding(ended(29), bari)).toBe('nothing-due');
    expect(payoutStanding(ended(30), bari)).toBe('due');
  });

  it('refuses to pay twice', () => {
    const paid = ended(120, 'withdrawal', { paidOn: '2026-11-12' });
    expect(payoutStanding(paid, bari)).toBe('paid');
    expect(payAppointment(paid, bari, '2026-11-13', '2026-11-20')).toEqual({
      ok: false,
      error: { kind: 'payout-refused', reason: 'already-paid', paidOn: '2026-11-12' },
    });
  });

  it('refuses an order dated before the ending or after today; the ending day itself and today are fine', () => {
    expect(payAppointment(ended(120), bari, '2026-09-29', '2026-11-20')).toMatchObject({
      ok: false,
      error: { kind: 'payout-date-invalid', problem: 'before-ending', endedOn: '2026-09-30' },
    });
    expect(payAppointment(ended(120), bari, '2026-11-21', '2026-11-20')).toMatchObject({
      ok: false,
      error: { kind: 'payout-date-invalid', problem: 'in-future' },
    });
    expect(payAppointment(ended(120), bari, '2026-09-30', '2026-11-20').ok).toBe(true);
    expect(payAppointment(ended(120), bari, '2026-11-20', '2026-11-20').ok).toBe(true);
  });

  it('refuses a year with no rate of its own nor of an earlier year, naming it', () => {
    const ending = {
      kind: 'withdrawal' as const,
      date: '2024-11-05',
      hoursDone: 120,
      hoursReturned: 80,
      note: '',
    };
    const early = ended(120, 'withdrawal', { ending, startedOn: '2024-03-02' });
    expect(payAppointment(early, bari, '2024-11-10', '2024-11-20')).toEqual({
      ok: false,
      error: { kind: 'payout-date-invalid', problem: 'no-inps-rate', endedOn: null, year: 2024 },
    });
  });
});
