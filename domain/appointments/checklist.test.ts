import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { UNIFE } from '../../profiles/unife.ts';
import { UNIVE } from '../../profiles/unive.ts';
import { romeDate } from '../calendar/rome-time.ts';
import { buildAppointment } from './builders.ts';
import { checklistOf, dueReminders, itemsBlockingStart, regionalCommunicationDue } from './checklist.ts';

const signed = (date: string) => buildAppointment({ status: 'signed', protocol: { number: '123', date } });

describe('regional communication due date (seed 003: by the 20th of the month after the protocol date)', () => {
  it('falls on the 20th of the next month, across the year end', () => {
    expect(regionalCommunicationDue('2026-01-31')).toBe('2026-02-20');
    expect(regionalCommunicationDue('2026-02-01')).toBe('2026-03-20');
    expect(regionalCommunicationDue('2025-12-31')).toBe('2026-01-20');
  });

  it('counts the protocol date in Rome time, winter and summer', () => {
    // 23:30 UTC on 31 January is 00:30 on 1 February in Rome (UTC+1).
    expect(regionalCommunicationDue(romeDate(new Date('2026-01-31T23:30:00Z')))).toBe('2026-03-20');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Rome (UTC+2, summer time).
    expect(regionalCommunicationDue(romeDate(new Date('2026-06-30T22:30:00Z')))).toBe('2026-08-20');
    // 21:30 UTC on 30 June is still 30 June in Rome.
    expect(regionalCommunicationDue(romeDate(new Date('2026-06-30T21:30:00Z')))).toBe('2026-07-20');
  });
});

describe('checklistOf', () => {
  it('at Bari: INPS within 30 days of the start, not blocking it; no regional communication (seed 004 art. 10)', () => {
    const list = checklistOf(signed('2026-02-20'), POLIBA.profile, '2026-02-25');
    expect(list.map((e) => [e.item, e.owner, e.dueDate, e.blocksStart, e.status])).toEqual([
      ['inps-registration', 'tutor', '2026-04-01', false, 'pending'],
      ['code-of-ethics', 'tutor', '2026-03-02', true, 'pending'],
      ['safety-training', 'office', '2026-03-02', false, 'pending'],
    ]);
    expect(itemsBlockingStart(list)).toEqual(['code-of-ethics']);
  });

  it('at Ferrara: INPS registered before the start, which it blocks (seed 001 art. 10 c.3)', () => {
    const list = checklistOf(signed('2026-02-20'), UNIFE.profile, '2026-02-25');
    expect(list[0]).toMatchObject({ item: 'inps-registration', dueDate: '2026-03-02', blocksStart: true });
    expect(itemsBlockingStart(list)).toEqual(['inps-registration', 'code-of-ethics']);
  });

  it("at Ca' Foscari: the office's regional communication, due once the letter is protocolled", () => {
    const unsigned = checklistOf(buildAppointment(), UNIVE.profile, '2026-02-25');
    expect(unsigned.at(-1)).toMatchObject({ item: 'regional-communication', owner: 'office', dueDate: null });
    const list = checklistOf(signed('2026-02-20'), UNIVE.profile, '2026-03-21');
    expect(list.at(-1)).toMatchObject({ dueDate: '2026-03-20', status: 'overdue', blocksStart: false });
    const sent = checklistOf(
      {
        ...signed('2026-02-20'),
        checklist: { 'regional-communication': { on: '2026-03-12', protocolNumber: 'VE-991' } },
      },
      UNIVE.profile,
      '2026-03-21',
    );
    expect(sent.at(-1)).toMatchObject({
      status: 'done',
      completedOn: '2026-03-12',
      protocolNumber: 'VE-991',
    });
  });

  it('marks items done with their date, overdue the day after the due date, and reminds of those near', () => {
    const appointment = {
      ...signed('2026-02-20'),
      checklist: { 'code-of-ethics': { on: '2026-02-26' } },
    };
    const onDue = checklistOf(appointment, POLIBA.profile, '2026-03-02');
    expect(onDue.map((e) => e.status)).toEqual(['pending', 'done', 'pending']);
    const after = checklistOf(appointment, POLIBA.profile, '2026-03-03');
    expect(after.map((e) => e.status)).toEqual(['pending', 'done', 'overdue']);
    expect(itemsBlockingStart(after)).toEqual([]);
    expect(dueReminders(after, '2026-03-03', 5).map((e) => e.item)).toEqual(['safety-training']);
    expect(dueReminders(after, '2026-03-27', 5).map((e) => e.item)).toEqual([
      'inps-registration',
      'safety-training',
    ]);
  });

  it('once the appointment has ended, an item left undone is not done, no longer overdue, and reminded of by nobody', () => {
    const ended = buildAppointment({
      status: 'ended',
      protocol: { number: '123', date: '2026-02-20' },
      startedOn: '2026-03-02',
      checklist: { 'code-of-ethics': { on: '2026-02-26' } },
      ending: { kind: 'completed', date: '2026-06-30', hoursDone: 200, hoursReturned: 0, note: '' },
    });
    // Long past every due date (the safety training's was the start): still only "not done".
    const list = checklistOf(ended, UNIVE.profile, '2026-11-02');
    expect(list.map((e) => [e.item, e.status, e.completedOn])).toEqual([
      ['inps-registration', 'not-done', null],
      ['code-of-ethics', 'done', '2026-02-26'],
      ['safety-training', 'not-done', null],
      ['regional-communication', 'not-done', null],
    ]);
    // The due dates stay, for the record of what was asked by when.
    expect(list.find((e) => e.item === 'safety-training')?.dueDate).toBe('2026-03-02');
    expect(dueReminders(list, '2026-11-02', 5)).toEqual([]);
    // The same appointment the day before it ended, still running: the safety training was overdue.
    const running = checklistOf({ ...ended, status: 'active', ending: null }, UNIVE.profile, '2026-06-29');
    expect(running.find((e) => e.item === 'safety-training')?.status).toBe('overdue');
  });
});
