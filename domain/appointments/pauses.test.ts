import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { UNIVE } from '../../profiles/unive.ts';
import type { Result } from '../result.ts';
import { buildAppointment } from './builders.ts';
import { pauseAppointment, remainingHours, resumeAppointment, totalPauseDays } from './pauses.ts';

const profile = POLIBA.profile;
const active = buildAppointment({ status: 'active', startedOn: '2026-03-02', hoursDone: 60 });
const value = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
};

describe('pauses (Bari: at most 30 days, seed 004 art. 10)', () => {
  it('allow a planned pause of exactly 30 days, not 31', () => {
    const pause = (until: string) =>
      pauseAppointment(active, { from: '2026-04-01', until, reason: 'esami' }, profile, '2026-03-30');
    expect(pause('2026-05-01')).toMatchObject({ ok: true, value: { status: 'paused' } });
    expect(pause('2026-05-02')).toEqual({
      ok: false,
      error: { kind: 'pause-too-long', maxDays: 30, days: 31 },
    });
  });

  it('check an open-ended pause when the activity resumes, and leave it paused when too long', () => {
    const paused = value(
      pauseAppointment(active, { from: '2026-04-01', until: null, reason: '' }, profile, '2026-04-01'),
    );
    expect(totalPauseDays(paused, '2026-04-11')).toBe(10);
    expect(resumeAppointment(paused, '2026-05-02', profile, '2026-05-02')).toEqual({
      ok: false,
      error: { kind: 'pause-too-long', maxDays: 30, days: 31 },
    });
    const resumed = value(resumeAppointment(paused, '2026-05-01', profile, '2026-05-01'));
    expect(resumed).toMatchObject({
      status: 'active',
      pauses: [{ from: '2026-04-01', resumedOn: '2026-05-01' }],
    });
  });

  it('count all the pauses of an appointment together', () => {
    const paused = value(
      pauseAppointment(active, { from: '2026-04-01', until: null, reason: '' }, profile, '2026-04-01'),
    );
    const resumed = value(resumeAppointment(paused, '2026-04-21', profile, '2026-04-21'));
    const again = pauseAppointment(
      resumed,
      { from: '2026-06-01', until: '2026-06-12', reason: '' },
      profile,
      '2026-05-30',
    );
    expect(again).toEqual({ ok: false, error: { kind: 'pause-too-long', maxDays: 30, days: 31 } });
    expect(
      pauseAppointment(
        resumed,
        { from: '2026-06-01', until: '2026-06-11', reason: '' },
        profile,
        '2026-05-30',
      ).ok,
    ).toBe(true);
  });

  it('have no limit where the profile sets none', () => {
    const paused = value(
      pauseAppointment(active, { from: '2026-04-01', until: null, reason: '' }, UNIVE.profile, '2026-04-01'),
    );
    expect(resumeAppointment(paused, '2026-08-01', UNIVE.profile, '2026-08-01').ok).toBe(true);
  });

  it('apply only to a started appointment, with dates in order', () => {
    const pause = { from: '2026-04-01', until: null, reason: '' };
    expect(
      pauseAppointment(buildAppointment({ status: 'acknowledged' }), pause, profile, '2026-04-01'),
    ).toMatchObject({
      error: { action: 'pause', reason: 'wrong-status' },
    });
    expect(pauseAppointment(active, { ...pause, from: '2026-02-01' }, profile, '2026-04-01')).toMatchObject({
      error: { reason: 'date-invalid' },
    });
    expect(pauseAppointment(active, { ...pause, until: '2026-04-01' }, profile, '2026-04-01')).toMatchObject({
      error: { reason: 'date-invalid' },
    });
    expect(resumeAppointment(active, '2026-04-02', profile, '2026-04-02')).toMatchObject({
      error: { action: 'resume', reason: 'wrong-status' },
    });
    const paused = value(pauseAppointment(active, pause, profile, '2026-04-01'));
    expect(resumeAppointment(paused, '2026-04-01', profile, '2026-04-01')).toMatchObject({
      error: { reason: 'date-invalid' },
    });
  });

  it('leave the hours still to do', () => {
    expect(remainingHours(active)).toBe(140);
  });
});
