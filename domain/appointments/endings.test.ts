import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { UNIFE } from '../../profiles/unife.ts';
import { UNIROMA2 } from '../../profiles/uniroma2.ts';
import { UNIVE } from '../../profiles/unive.ts';
import { buildAppointment } from './builders.ts';
import { capViewOf, earnedCents, earnedCentsOf, endAppointment, graduationOutcome } from './endings.ts';
import type { EndingKind } from './types.ts';

const active = (hoursDone: number) =>
  buildAppointment({
    status: 'active',
    startedOn: '2026-03-02',
    hoursDone,
    pauses: [{ from: '2026-09-01', resumedOn: null, reason: '' }],
  });
const end = (kind: EndingKind, hoursDone: number, date = '2026-10-15') => ({
  kind,
  date,
  hoursDone,
  note: ' ',
});

describe('continuation after graduation', () => {
  it("lets a Ca' Foscari tutor finish whatever is left (seed 003)", () => {
    expect(graduationOutcome(active(10), UNIVE.profile)).toEqual({ kind: 'continues' });
  });

  it('lets Bari allow it with at most 50 hours left, not 51 (seed 004 art. 9)', () => {
    expect(graduationOutcome(active(150), POLIBA.profile)).toEqual({
      kind: 'may-continue',
      remainingHours: 50,
      maxRemainingHours: 50,
    });
    expect(graduationOutcome(active(149), POLIBA.profile)).toEqual({ kind: 'forfeits', remainingHours: 51 });
  });

  it('forfeits at Tor Vergata and Ferrara', () => {
    expect(graduationOutcome(active(199), UNIROMA2.profile).kind).toBe('forfeits');
    expect(graduationOutcome(active(199), UNIFE.profile).kind).toBe('forfeits');
  });
});

describe('endAppointment: withdrawal and forfeiture', () => {
  it.each<EndingKind>(['withdrawal', 'graduation', 'leaving-studies', 'transfer', 'breach-of-duties'])(
    '%s gives the hours not done back to the position',
    (kind) => {
      const result = endAppointment(active(120), end(kind, 130), POLIBA.profile);
      expect(result).toMatchObject({
        ok: true,
        value: {
          status: 'ended',
          hoursDone: 130,
          ending: { kind, date: '2026-10-15', hoursDone: 130, hoursReturned: 70, note: '' },
          // An open pause closes with the appointment.
          pauses: [{ from: '2026-09-01', resumedOn: '2026-10-15' }],
        },
      });
    },
  );

  it('ends an appointment that never started as no start, giving back every hour', () => {
    const acknowledged = buildAppointment({ status: 'acknowledged' });
    expect(endAppointment(acknowledged, end('no-start', 0, '2026-03-20'), POLIBA.profile)).toMatchObject({
      value: { ending: { kind: 'no-start', hoursReturned: 200 } },
    });
    expect(endAppointment(active(10), end('no-start', 10), POLIBA.profile)).toMatchObject({
      error: { reason: 'already-started' },
    });
  });

  it("refuses forfeiture on graduation where the tutor may finish (Ca' Foscari)", () => {
    expect(endAppointment(active(10), end('graduation', 10), UNIVE.profile)).toMatchObject({
      error: { reason: 'continuation-allowed' },
    });
    expect(endAppointment(active(10), end('withdrawal', 10), UNIVE.profile).ok).toBe(true);
  });

  it('refuses impossible endings', () => {
    expect(endAppointment(active(10), end('completed', 201), POLIBA.profile)).toMatchObject({
      error: { reason: 'hours-invalid' },
    });
    expect(
      endAppointment(buildAppointment({ status: 'signed' }), end('completed', 0), POLIBA.profile),
    ).toMatchObject({ error: { reason: 'wrong-status' } });
    expect(
      endAppointment(buildAppointment({ status: 'signed' }), end('withdrawal', 5), POLIBA.profile),
    ).toMatchObject({ error: { reason: 'hours-invalid' } });
    expect(endAppointment(active(10), end('withdrawal', 10, '2026-03-01'), POLIBA.profile)).toMatchObject({
      error: { reason: 'date-invalid' },
    });
    expect(
      endAppointment(buildAppointment({ status: 'ended' }), end('withdrawal', 0), POLIBA.profile),
    ).toMatchObject({ error: { reason: 'wrong-status' } });
  });
});

describe('what an ended appointment earns and commits', () => {
  const ended = (hours: number, kind: EndingKind = 'withdrawal') => {
    const result = endAppointment(active(hours), end(kind, hours), POLIBA.profile);
    if (!result.ok) throw new Error('refused');
    return result.value;
  };

  it('pays the hours done pro rata, from 30 hours at Bari (seed 004 art. 10) unless completed', () => {
    expect(earnedCents(ended(29), POLIBA.profile)).toBe(0);
    expect(earnedCents(ended(30), POLIBA.profile)).toBe(45_000);
    expect(earnedCents(ended(29), UNIFE.profile)).toBe(43_500);
    expect(earnedCents(ended(200, 'completed'), POLIBA.profile)).toBe(300_000);
    // Seed 001 art. 10 c.4: the hours actually done, even when fewer than contracted; the minimum is for those
    // who could not see it through.
    expect(earnedCents(ended(20, 'completed'), POLIBA.profile)).toBe(30_000);
  });

  it('never pays beyond the contract, and a running appointment is not held to the minimum', () => {
    const terms = active(0).terms;
    expect(earnedCentsOf({ terms, hoursDone: 250, completed: true, minimumHours: 30 })).toBe(300_000);
    expect(earnedCentsOf({ terms, hoursDone: 10, completed: false, minimumHours: null })).toBe(15_000);
    expect(earnedCents(active(10), POLIBA.profile)).toBe(15_000);
  });

  it('counts for the caps the whole contract while it runs, what it committed once ended', () => {
    expect(capViewOf(active(10), POLIBA.profile)).toMatchObject({
      hours: 200,
      grossCents: 300_000,
      endDate: '2026-12-31',
      live: true,
    });
    expect(capViewOf(ended(100), POLIBA.profile)).toMatchObject({
      hours: 100,
      grossCents: 150_000,
      endDate: '2026-10-15',
      live: false,
    });
  });
});
