import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { UNIFE } from '../../profiles/unife.ts';
import { UNIVE } from '../../profiles/unive.ts';
import type { Result } from '../result.ts';
import { buildAppointment, buildDraft, buildTerms } from './builders.ts';
import { advanceLetter, completeChecklistItem, generateAppointment } from './lifecycle.ts';
import type { Appointment } from './types.ts';

const profile = POLIBA.profile;
const value = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
};
const at = new Date('2026-02-26T10:00:00Z');

const generated = () => value(generateAppointment(buildDraft(), profile));
const signed = () =>
  value(
    advanceLetter(
      generated(),
      { type: 'sign', protocolNumber: ' 1234/2026 ', protocolDate: '2026-02-20', today: '2026-02-21' },
      profile,
    ),
  );
const acknowledged = () =>
  value(advanceLetter(signed(), { type: 'acknowledge', personId: 'tutor-1', at }, profile));

describe('the letter: generated -> signed -> acknowledged -> active', () => {
  it('is generated from an accepted offer with nothing done yet', () => {
    expect(generated()).toMatchObject({ status: 'generated', protocol: null, hoursDone: 0, checklist: {} });
  });

  it('refuses to generate a letter on terms that do not hold together', () => {
    expect(generateAppointment(buildDraft({ terms: buildTerms({ items: [] }) }), profile)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-appointment-terms' },
    });
  });

  it('walks the whole path once the code of ethics is read and the start date has come', () => {
    const ready = value(
      completeChecklistItem(acknowledged(), 'code-of-ethics', { on: '2026-02-27' }, 'tutor'),
    );
    const active = value(advanceLetter(ready, { type: 'activate', today: '2026-03-02' }, profile));
    expect(active).toMatchObject({
      status: 'active',
      protocol: { number: '1234/2026', date: '2026-02-20' },
      acknowledgedAt: at,
      startedOn: '2026-03-02',
    });
  });

  it('needs a protocol number and a protocol date not in the future', () => {
    const sign = (protocolNumber: string, protocolDate: string) =>
      advanceLetter(
        generated(),
        { type: 'sign', protocolNumber, protocolDate, today: '2026-02-21' },
        profile,
      );
    expect(sign('  ', '2026-02-20')).toMatchObject({ ok: false, error: { reason: 'protocol-missing' } });
    expect(sign('12', '2026-02-22')).toMatchObject({ ok: false, error: { reason: 'protocol-date-invalid' } });
    expect(sign('12', '20/02/2026')).toMatchObject({ ok: false, error: { reason: 'protocol-date-invalid' } });
  });

  it('takes each step only from the one before', () => {
    const refusal = (appointment: Appointment, event: Parameters<typeof advanceLetter>[1]) =>
      advanceLetter(appointment, event, profile);
    expect(refusal(generated(), { type: 'acknowledge', personId: 'tutor-1', at })).toEqual({
      ok: false,
      error: {
        kind: 'appointment-transition-refused',
        status: 'generated',
        action: 'acknowledge',
        reason: 'wrong-status',
        items: [],
      },
    });
    expect(
      refusal(signed(), {
        type: 'sign',
        protocolNumber: '1',
        protocolDate: '2026-02-20',
        today: '2026-02-21',
      }),
    ).toMatchObject({ ok: false, error: { status: 'signed', action: 'sign', reason: 'wrong-status' } });
    expect(refusal(signed(), { type: 'activate', today: '2026-03-02' })).toMatchObject({
      error: { reason: 'wrong-status' },
    });
  });

  it('lets only the appointed tutor acknowledge the letter', () => {
    expect(
      advanceLetter(signed(), { type: 'acknowledge', personId: 'someone-else', at }, profile),
    ).toMatchObject({
      ok: false,
      error: { reason: 'not-the-tutor' },
    });
  });

  it('does not start before the start date, nor with blocking items open, naming them', () => {
    const ready = value(
      completeChecklistItem(acknowledged(), 'code-of-ethics', { on: '2026-02-27' }, 'tutor'),
    );
    expect(advanceLetter(ready, { type: 'activate', today: '2026-03-01' }, profile)).toMatchObject({
      error: { reason: 'before-start' },
    });
    expect(advanceLetter(acknowledged(), { type: 'activate', today: '2026-03-02' }, profile)).toMatchObject({
      error: { reason: 'checklist-incomplete', items: ['code-of-ethics'] },
    });
    // Ferrara wants the INPS registration before the start (seed 001 art. 10 c.3).
    expect(advanceLetter(ready, { type: 'activate', today: '2026-03-02' }, UNIFE.profile)).toMatchObject({
      error: { reason: 'checklist-incomplete', items: ['inps-registration'] },
    });
  });

  it('records the regional communication only for a protocolled letter, with its protocol, and nothing once ended', () => {
    const sent = { on: '2026-03-10', protocolNumber: ' VE-2026-4411 ' };
    expect(completeChecklistItem(generated(), 'regional-communication', sent, 'office')).toMatchObject({
      error: { reason: 'protocol-missing' },
    });
    expect(
      value(completeChecklistItem(signed(), 'regional-communication', sent, 'office')).checklist,
    ).toEqual({
      'regional-communication': { on: '2026-03-10', protocolNumber: 'VE-2026-4411' },
    });
    expect(
      completeChecklistItem(signed(), 'regional-communication', { on: '2026-03-10' }, 'office'),
    ).toMatchObject({ error: { reason: 'communication-protocol-missing' } });
    // Sent before the letter it communicates was protocolled (signed() is protocolled on 20 February).
    expect(
      completeChecklistItem(signed(), 'regional-communication', { ...sent, on: '2026-02-19' }, 'office'),
    ).toMatchObject({ error: { reason: 'date-invalid' } });
    expect(
      completeChecklistItem(buildAppointment({ status: 'ended' }), 'safety-training', sent, 'office'),
    ).toMatchObject({
      error: { action: 'complete-checklist', reason: 'wrong-status' },
    });
    expect(UNIVE.profile.activity.regionalCommunication.value).toBe(true);
  });

  it('lets each side record only its own items: the tutor INPS and the code of ethics, the office the rest', () => {
    const on = { on: '2026-02-25' };
    for (const item of ['inps-registration', 'code-of-ethics'] as const) {
      expect(value(completeChecklistItem(signed(), item, on, 'tutor')).checklist[item]).toEqual(on);
      expect(completeChecklistItem(signed(), item, on, 'office')).toMatchObject({
        error: { reason: 'not-the-owner' },
      });
    }
    expect(value(completeChecklistItem(signed(), 'safety-training', on, 'office')).checklist).toEqual({
      'safety-training': on,
    });
    expect(completeChecklistItem(signed(), 'safety-training', on, 'tutor')).toMatchObject({
      error: { reason: 'not-the-owner' },
    });
  });
});
