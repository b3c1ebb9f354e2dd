import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { UNIFE } from '../../profiles/unife.ts';
import { UNIVE } from '../../profiles/unive.ts';
import { romeToUtc } from '../calendar/rome-time.ts';
import { workingDaySettings } from '../profiles/accessors.ts';
import { buildAppointment, buildTerms } from './builders.ts';
import { checklistReminders, decideReminder, nthWorkingDayBefore } from './reminders.ts';

const bari = workingDaySettings(POLIBA.profile);
const venice = workingDaySettings(UNIVE.profile);
const signed = (protocolDate: string, startDate = '2026-03-02') =>
  buildAppointment({
    status: 'signed',
    protocol: { number: '77/2026', date: protocolDate },
    terms: buildTerms({ startDate }),
  });

describe('nthWorkingDayBefore', () => {
  it('skips weekends and holidays, counting back from the day before', () => {
    // Tuesday 20 January 2026: Monday 19, Friday 16, Thursday 15.
    expect(nthWorkingDayBefore('2026-01-20', 3, bari)).toBe('2026-01-15');
    // Wednesday 20 April 2022: Tuesday 19, Easter Monday 18 is a holiday, Friday 15, Thursday 14.
    expect(nthWorkingDayBefore('2022-04-20', 3, bari)).toBe('2022-04-14');
    // Bari's patron day: Tuesday 8 December 2026 is a holiday, Monday 7, Sunday 6 is San Nicola anyway.
    expect(nthWorkingDayBefore('2026-12-09', 2, bari)).toBe('2026-12-04');
  });
});

describe('checklistReminders', () => {
  it("at Bari: the tutor's INPS registration, 3 working days before the 30th day after the start", () => {
    // Start 2 March 2026: due 1 April; back from it Tuesday 31, Monday 30, Friday 27 March.
    expect(checklistReminders(signed('2026-02-20'), POLIBA.profile, bari)).toEqual([
      {
        item: 'inps-registration',
        stage: 'upcoming',
        recipient: 'tutor',
        dueDate: '2026-04-01',
        on: '2026-03-27',
      },
    ]);
    // Start 8 March: due Tuesday 7 April 2026, after Easter Monday (6 April): 3, 2, 1 April.
    expect(checklistReminders(signed('2026-02-20', '2026-03-08'), POLIBA.profile, bari)[0]).toMatchObject({
      dueDate: '2026-04-07',
      on: '2026-04-01',
    });
  });

  it("at Ferrara: INPS before the start; at Ca' Foscari the office's regional communication before and after the 20th", () => {
    expect(checklistReminders(signed('2026-02-20'), UNIFE.profile, bari)[0]).toMatchObject({
      dueDate: '2026-03-02',
      on: '2026-02-25',
    });
    // Ca' Foscari: the INPS registration by the start (the default), and the regional communication once the
    // letter is protocolled.
    const regional = (appointment: ReturnType<typeof signed>) =>
      checklistReminders(appointment, UNIVE.profile, venice).filter(
        (r) => r.item === 'regional-communication',
      );
    expect(regional(buildAppointment())).toEqual([]);
    // Protocolled on 30 November: due Sunday 20 December; reminded Wednesday 16 December, and on the 21st.
    expect(regional(signed('2026-11-30'))).toEqual([
      {
        item: 'regional-communication',
        stage: 'upcoming',
        recipient: 'office',
        dueDate: '2026-12-20',
        on: '2026-12-16',
      },
      {
        item: 'regional-communication',
        stage: 'overdue',
        recipient: 'office',
        dueDate: '2026-12-20',
        on: '2026-12-21',
      },
    ]);
  });

  it('calls for none once the item is done or the appointment ended', () => {
    const done = {
      ...signed('2026-11-30'),
      checklist: {
        'inps-registration': { on: '2026-02-21' },
        'regional-communication': { on: '2026-12-01', protocolNumber: 'VE-1' },
      },
    };
    expect(checklistReminders(done, UNIVE.profile, venice)).toEqual([]);
    expect(checklistReminders({ ...signed('2026-02-20'), status: 'ended' }, POLIBA.profile, bari)).toEqual(
      [],
    );
  });
});

describe('decideReminder', () => {
  const inps = { item: 'inps-registration', stage: 'upcoming' } as const;

  it('waits until its day, sends from it to the due date, and says nothing after it', () => {
    const appointment = signed('2026-02-20');
    expect(decideReminder(appointment, POLIBA.profile, bari, inps, '2026-03-26')).toEqual({
      kind: 'wait',
      until: '2026-03-27',
    });
    expect(decideReminder(appointment, POLIBA.profile, bari, inps, '2026-03-27')).toMatchObject({
      kind: 'send',
      reminder: { recipient: 'tutor', dueDate: '2026-04-01' },
    });
    expect(decideReminder(appointment, POLIBA.profile, bari, inps, '2026-04-01').kind).toBe('send');
    expect(decideReminder(appointment, POLIBA.profile, bari, inps, '2026-04-02').kind).toBe('none');
  });

  it('follows an amended start: the reminder planned for the old date waits for the new one', () => {
    const moved = { ...signed('2026-02-20'), terms: buildTerms({ startDate: '2026-04-01' }) };
    // Due 1 May 2026 (a holiday, still the due date); back from it Thursday 30, Wednesday 29, Tuesday 28 April.
    expect(decideReminder(moved, POLIBA.profile, bari, inps, '2026-03-27')).toEqual({
      kind: 'wait',
      until: '2026-04-28',
    });
  });

  it('reminds the office of an overdue communication from the day after the 20th', () => {
    const overdue = { item: 'regional-communication', stage: 'overdue' } as const;
    const appointment = signed('2026-09-15');
    expect(decideReminder(appointment, UNIVE.profile, venice, overdue, '2026-10-20').kind).toBe('wait');
    expect(decideReminder(appointment, UNIVE.profile, venice, overdue, '2026-10-21')).toMatchObject({
      kind: 'send',
      reminder: { dueDate: '2026-10-20', recipient: 'office' },
    });
    // The job runs at 09:00 Rome: across the autumn clock change that is 07:00 UTC before it, 08:00 UTC after it.
    expect(romeToUtc('2026-10-21', '09:00:00').toISOString()).toBe('2026-10-21T07:00:00.000Z');
    expect(romeToUtc('2026-10-26', '09:00:00').toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });
});
