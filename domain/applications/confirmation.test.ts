import { describe, expect, it } from 'vitest';
import { romeToUtc } from '../calendar/rome-time.ts';
import type { RequiredAttachment } from '../calls/types.ts';
import { type ConfirmationInput, confirmationError, requiredAttachmentCodes } from './confirmation.ts';

const required: RequiredAttachment[] = [
  { code: 'id-document', label: { it: 'Documento', en: 'ID' }, required: 'always' },
  {
    code: 'disability-certificate',
    label: { it: 'Certificato', en: 'Certificate' },
    required: 'when-declared',
    when: 'disability',
  },
];

const base: ConfirmationInput = {
  status: 'draft',
  now: romeToUtc('2026-12-15', '11:59:59'),
  window: { opensAt: romeToUtc('2026-11-02', '09:00:00'), closesAt: romeToUtc('2026-12-15', '12:00:00') },
  maxPositionsPerCandidate: 2,
  positions: [
    { positionId: 'a', eligibility: { eligible: true } },
    { positionId: 'b', eligibility: { eligible: true } },
  ],
  requiredAttachments: required,
  declaredSituations: [],
  attachmentCodes: ['id-document'],
};

describe('confirmation rules', () => {
  it('accepts a complete draft at 11:59:59 of the closing day', () => {
    expect(confirmationError(base)).toBeNull();
  });

  it('refuses at 12:00:00 naming the closing time, and before the opening', () => {
    expect(confirmationError({ ...base, now: romeToUtc('2026-12-15', '12:00:00') })).toEqual({
      kind: 'window-closed',
      opensAt: '2026-11-02T08:00:00.000Z',
      closesAt: '2026-12-15T11:00:00.000Z',
      notYetOpen: false,
    });
    expect(confirmationError({ ...base, now: romeToUtc('2026-11-01', '12:00:00') })).toMatchObject({
      kind: 'window-closed',
      notYetOpen: true,
    });
  });

  it('refuses an application already confirmed or withdrawn', () => {
    expect(confirmationError({ ...base, status: 'confirmed' })).toEqual({
      kind: 'application-frozen',
      status: 'confirmed',
    });
    expect(confirmationError({ ...base, status: 'withdrawn' })).toMatchObject({ kind: 'application-frozen' });
  });

  it('counts positions against the limit; no limit when null; at least one', () => {
    const three = [...base.positions, { positionId: 'c', eligibility: { eligible: true as const } }];
    expect(confirmationError({ ...base, positions: three })).toEqual({
      kind: 'too-many-positions',
      max: 2,
      chosen: 3,
    });
    expect(confirmationError({ ...base, positions: three, maxPositionsPerCandidate: null })).toBeNull();
    expect(confirmationError({ ...base, positions: [] })).toEqual({ kind: 'no-positions-chosen' });
  });

  it('refuses an ineligible position with its reasons', () => {
    const positions = [
      {
        positionId: 'x',
        eligibility: { eligible: false as const, reasons: [{ code: 'part-time' as const }] },
      },
    ];
    expect(confirmationError({ ...base, positions })).toEqual({
      kind: 'not-eligible',
      positionId: 'x',
      reasons: [{ code: 'part-time' }],
    });
  });

  it('requires the always attachments and the conditional ones when declared', () => {
    expect(confirmationError({ ...base, attachmentCodes: [] })).toEqual({
      kind: 'missing-attachment',
      codes: ['id-document'],
    });
    expect(confirmationError({ ...base, declaredSituations: ['disability'] })).toEqual({
      kind: 'missing-attachment',
      codes: ['disability-certificate'],
    });
    expect(
      confirmationError({
        ...base,
        declaredSituations: ['disability'],
        attachmentCodes: ['id-document', 'disability-certificate'],
      }),
    ).toBeNull();
    expect(requiredAttachmentCodes(required, [])).toEqual(['id-document']);
  });
});
