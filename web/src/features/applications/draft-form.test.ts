import { describe, expect, it } from 'vitest';
import type { OpenCall } from '../../../../api/applications.ts';
import {
  buildSaveBody,
  closingSoon,
  declarableSituations,
  formFromApplication,
  issuesByField,
  keyForAttempt,
  mayHaveBeenConfirmed,
  movePosition,
  neededAttachments,
  randomKey,
  sameBody,
  togglePosition,
} from './draft-form.ts';

const label = (text: string) => ({ it: text, en: text });

/** The Bari call's titles and attachments (seed 004 art. 4 and 6). */
const buildCall = (): Pick<OpenCall, 'titleCriteria' | 'requiredAttachments'> => ({
  titleCriteria: [
    { id: 'collaborations', label: label('Collaborazioni'), maxPoints: 8, maxItems: null },
    { id: 'certificates', label: label('Certificazioni'), maxPoints: 2, maxItems: 3 },
  ],
  requiredAttachments: [
    { code: 'identity-document', label: label('Documento'), required: 'always' },
    {
      code: 'bachelor-self-certification',
      label: label('Autocertificazione triennale'),
      required: 'when-declared',
      when: 'bachelor-obtained-elsewhere',
    },
    {
      code: 'master-self-certification',
      label: label('Autocertificazione magistrale'),
      required: 'when-declared',
      when: 'master-obtained-elsewhere',
    },
  ],
});

const P1 = '00000000-0000-4000-8000-000000000001';
const P2 = '00000000-0000-4000-8000-000000000002';
const P3 = '00000000-0000-4000-8000-000000000003';

describe('the draft form', () => {
  it('starts from the saved draft: every criterion and situation present, unknown keys left out', () => {
    const form = formFromApplication(
      {
        positionIds: [P2, P1],
        declaredTitles: { collaborations: ['Orientamento 2024'], 'bachelor-obtained-elsewhere': true },
        contactEmail: null,
      },
      buildCall(),
    );
    expect(form).toEqual({
      positionIds: [P2, P1],
      titles: { collaborations: ['Orientamento 2024'], certificates: [] },
      situations: { 'bachelor-obtained-elsewhere': true, 'master-obtained-elsewhere': false },
      contactEmail: '',
    });
  });

  it('lists each situation of a conditional attachment once', () => {
    const call = buildCall();
    call.requiredAttachments.push({ ...call.requiredAttachments[1], code: 'other' } as never);
    expect(declarableSituations(call)).toEqual(['bachelor-obtained-elsewhere', 'master-obtained-elsewhere']);
  });

  it('sends trimmed items without the blank ones, every situation as yes or no, and no email as null', () => {
    const body = buildSaveBody({
      positionIds: [P3, P1],
      titles: { collaborations: ['  Orientamento 2024 ', '', '   '], certificates: [] },
      situations: { 'bachelor-obtained-elsewhere': false, 'master-obtained-elsewhere': true },
      contactEmail: '  ',
    });
    expect(body).toEqual({
      positionIds: [P3, P1],
      declaredTitles: {
        collaborations: ['Orientamento 2024'],
        'bachelor-obtained-elsewhere': false,
        'master-obtained-elsewhere': true,
      },
      contactEmail: null,
    });
  });

  it('sends the email as typed, without surrounding spaces', () => {
    const body = buildSaveBody({
      positionIds: [],
      titles: {},
      situations: {},
      contactEmail: ' g.l@poliba.it ',
    });
    expect(body.contactEmail).toBe('g.l@poliba.it');
  });

  it('sees no change when only the order of the declared keys differs, and sees a change of preference', () => {
    const a = { positionIds: [P1, P2], declaredTitles: { a: ['x'], b: true }, contactEmail: null };
    const b = { positionIds: [P1, P2], declaredTitles: { b: true, a: ['x'] }, contactEmail: null };
    expect(sameBody(a, b)).toBe(true);
    expect(sameBody(a, { ...b, positionIds: [P2, P1] })).toBe(false);
    expect(sameBody(a, { ...b, declaredTitles: { a: ['x', 'y'], b: true } })).toBe(false);
  });
});

describe('server issues on the form', () => {
  it('puts each issue next to its input: preference, criterion (item issues too), email; the rest on top', () => {
    const grouped = issuesByField([
      { field: 'positionIds.1', code: 'x', message: 'Posizione sconosciuta' },
      { field: 'declaredTitles.collaborations.0', code: 'x', message: 'Troppo lungo' },
      { field: 'declaredTitles.certificates', code: 'x', message: 'Al massimo 3 voci' },
      { field: 'declaredTitles.bachelor-obtained-elsewhere', code: 'x', message: 'Sì o no' },
      { field: 'contactEmail', code: 'x', message: 'Usa l’indirizzo istituzionale' },
      { field: 'callId', code: 'x', message: 'Altro' },
    ]);
    expect(grouped).toEqual({
      positions: [{ message: 'Posizione sconosciuta', rank: 2 }],
      'declaredTitles.collaborations': [{ message: 'Troppo lungo' }],
      'declaredTitles.certificates': [{ message: 'Al massimo 3 voci' }],
      'declaredTitles.bachelor-obtained-elsewhere': [{ message: 'Sì o no' }],
      contactEmail: [{ message: 'Usa l’indirizzo istituzionale' }],
      form: [{ message: 'Altro' }],
    });
  });

  it('is empty when the server named no field', () => {
    expect(issuesByField(undefined)).toEqual({});
  });
});

describe('choosing positions in order of preference', () => {
  it('adds a ticked position last and removes an unticked one', () => {
    expect(togglePosition([P1], P2, 2)).toEqual([P1, P2]);
    expect(togglePosition([P1, P2], P1, 2)).toEqual([P2]);
  });

  it('never goes beyond the maximum of the call (seed 004 art. 4: two), and has no cap without one', () => {
    expect(togglePosition([P1, P2], P3, 2)).toEqual([P1, P2]);
    expect(togglePosition([P1, P2], P3, null)).toEqual([P1, P2, P3]);
  });

  it('moves a position up or down one place, and nothing past either end', () => {
    expect(movePosition([P1, P2, P3], 2, -1)).toEqual([P1, P3, P2]);
    expect(movePosition([P1, P2, P3], 0, 1)).toEqual([P2, P1, P3]);
    expect(movePosition([P1, P2, P3], 0, -1)).toEqual([P1, P2, P3]);
    expect(movePosition([P1, P2, P3], 2, 1)).toEqual([P1, P2, P3]);
  });
});

describe('attachments needed now', () => {
  it('are the ones always required plus those of the declared situations', () => {
    const { requiredAttachments } = buildCall();
    expect(neededAttachments(requiredAttachments, {}).map((a) => a.code)).toEqual(['identity-document']);
    expect(
      neededAttachments(requiredAttachments, {
        'bachelor-obtained-elsewhere': true,
        'master-obtained-elsewhere': false,
      }).map((a) => a.code),
    ).toEqual(['identity-document', 'bachelor-self-certification']);
  });
});

describe('the closing countdown', () => {
  const closesAt = '2026-02-27T11:00:00.000Z'; // 12:00 in Rome

  it('shows hours and minutes left under 48 hours, rounding the minutes up', () => {
    expect(closingSoon(closesAt, new Date('2026-02-26T09:30:30.000Z'))).toEqual({ hours: 25, minutes: 30 });
    expect(closingSoon(closesAt, new Date('2026-02-27T10:59:59.000Z'))).toEqual({ hours: 0, minutes: 1 });
  });

  it('is absent 48 hours or more before, and once closed', () => {
    expect(closingSoon(closesAt, new Date('2026-02-25T11:00:00.000Z'))).toBeNull();
    expect(closingSoon(closesAt, new Date('2026-02-27T11:00:00.000Z'))).toBeNull();
  });
});

describe('the Idempotency-Key of a confirmation', () => {
  let made = 0;
  const newKey = () => {
    made += 1;
    return `key-${made}`;
  };

  it('is new for a first attempt and after an answered failure, the same for a retry after no answer', () => {
    const first = keyForAttempt(null, false, newKey);
    expect(keyForAttempt(first, true, newKey)).toBe(first);
    expect(keyForAttempt(first, false, newKey)).not.toBe(first);
  });

  it('is kept after no answer or a server failure (the server may have confirmed), renewed after a refusal', () => {
    expect(mayHaveBeenConfirmed({ kind: 'network', status: 0 }, 'network')).toBe(true);
    expect(mayHaveBeenConfirmed({ kind: 'unavailable', status: 503 }, 'network')).toBe(true);
    expect(mayHaveBeenConfirmed({ kind: 'internal', status: 500 }, 'network')).toBe(true);
    expect(mayHaveBeenConfirmed({ kind: 'call-closed', status: 409 }, 'network')).toBe(false);
    expect(mayHaveBeenConfirmed({ kind: 'too-many-requests', status: 429 }, 'network')).toBe(false);
  });

  it('is random and long enough for the server (8 characters at least)', () => {
    const a = randomKey();
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(randomKey()).not.toBe(a);
  });
});
