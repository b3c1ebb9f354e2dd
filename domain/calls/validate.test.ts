import { describe, expect, it } from 'vitest';
import { POLIBA } from '../../profiles/poliba.ts';
import { romeToUtc } from '../calendar/rome-time.ts';
import { buildCall, buildPosition } from './builders.ts';
import { validateCall } from './validate.ts';

const now = new Date('2026-01-15T09:00:00Z');
const check = (call = buildCall(), overrides: Partial<Parameters<typeof validateCall>[1]> = {}) =>
  validateCall(call, {
    profile: POLIBA.profile,
    fundingRemainingCents: null,
    now,
    publishing: true,
    ...overrides,
  });
const withCaps = (caps: Partial<Record<keyof typeof POLIBA.profile.caps, unknown>>) => ({
  ...POLIBA.profile,
  caps: {
    ...POLIBA.profile.caps,
    ...Object.fromEntries(Object.entries(caps).map(([k, value]) => [k, { value, source: 'test' }])),
  },
});

describe('validateCall', () => {
  it('accepts the Bari call: ten grants, EUR 15 an hour, within the DM caps', () => {
    const call = buildCall({
      positions: [
        buildPosition(),
        buildPosition({ unitId: 'orient', grants: 2 }),
        buildPosition({ unitId: 'campus', grants: 3 }),
        buildPosition({
          unitId: 'orient',
          hoursPerGrant: 250,
          amountPerGrantCents: 375_000,
          admittedProgrammeTypes: ['PHD'],
        }),
      ],
    });
    expect(check(call, { fundingRemainingCents: 5_932_800 })).toEqual([]);
  });

  it('names the position whose amount is above the cap per year of the profile', () => {
    const call = buildCall({
      positions: [
        buildPosition(),
        buildPosition(),
        buildPosition({ hoursPerGrant: 300, amountPerGrantCents: 450_000 }),
      ],
    });
    expect(check(call)).toContainEqual({
      field: 'positions.2.amountPerGrantCents',
      code: 'amount-above-cap',
      params: { cap: 400_000 },
    });
  });

  it('checks the hours against the yearly cap and the per-contract minimum and maximum', () => {
    const profile = withCaps({ contractMinHours: 30, contractMaxHours: 150, maxHoursPerYear: 400 });
    const call = buildCall({
      positions: [
        buildPosition({ hoursPerGrant: 100, amountPerGrantCents: 150_000 }),
        buildPosition({ hoursPerGrant: 20, amountPerGrantCents: 30_000 }),
        buildPosition({ hoursPerGrant: 200, amountPerGrantCents: 300_000 }),
        buildPosition({ hoursPerGrant: 420, amountPerGrantCents: 630_000 }),
      ],
    });
    const fields = check(call, { profile }).map((i) => `${i.field}:${i.code}`);
    expect(fields).toContain('positions.1.hoursPerGrant:hours-below-contract-minimum');
    expect(fields).toContain('positions.2.hoursPerGrant:hours-above-contract-maximum');
    expect(fields).toContain('positions.3.hoursPerGrant:hours-above-cap');
    expect(fields.filter((f) => f.startsWith('positions.0.'))).toEqual([]);
  });

  it('caps the hours of a PhD-only position by the PhD cap', () => {
    const profile = withCaps({ phdMaxHours: 200 });
    const call = buildCall({
      positions: [
        buildPosition({ hoursPerGrant: 250, amountPerGrantCents: 375_000, admittedProgrammeTypes: ['PHD'] }),
      ],
    });
    expect(check(call, { profile })).toEqual([
      { field: 'positions.0.hoursPerGrant', code: 'phd-hours-above-cap', params: { cap: 200 } },
    ]);
  });

  it('flags a position whose hours do not match the call’s hourly rate (EUR 3,000 / 200 h = EUR 15/h)', () => {
    const call = buildCall({ positions: [buildPosition(), buildPosition({ hoursPerGrant: 180 })] });
    expect(check(call)).toEqual([
      {
        field: 'positions.1.amountPerGrantCents',
        code: 'hourly-rate-inconsistent',
        params: { rateCents: 1500 },
      },
    ]);
  });

  it('keeps the total within what the funding assignment has left', () => {
    const call = buildCall({ positions: [buildPosition({ grants: 3 })] });
    expect(check(call, { fundingRemainingCents: 899_999 })).toEqual([
      { field: 'positions', code: 'above-funding', params: { total: 900_000, remaining: 899_999 } },
    ]);
    expect(check(call, { fundingRemainingCents: 900_000 })).toEqual([]);
  });

  it('refuses an access title the call’s eligibility does not admit', () => {
    const call = buildCall({ positions: [buildPosition({ admittedProgrammeTypes: ['L'] })] });
    expect(check(call)).toEqual([
      {
        field: 'positions.0.admittedProgrammeTypes',
        code: 'programme-type-not-admitted',
        params: { type: 'L' },
      },
    ]);
  });

  it('wants the window open before it closes, closing in the future when published, activities after it', () => {
    const backwards = buildCall({
      opensAt: romeToUtc('2026-03-01'),
      closesAt: romeToUtc('2026-02-27', '12:00'),
    });
    expect(check(backwards).map((i) => i.code)).toContain('window-order');
    const past = check(buildCall(), { now: new Date('2026-03-01T00:00:00Z') });
    expect(past).toEqual([{ field: 'closesAt', code: 'closes-in-past' }]);
    // A draft may keep a window in the past; only publishing needs it ahead.
    expect(check(buildCall(), { now: new Date('2026-03-01T00:00:00Z'), publishing: false })).toEqual([]);
    expect(check(buildCall({ activitiesEndDate: '2026-02-27' }))).toEqual([
      { field: 'activitiesEndDate', code: 'activities-end-before-window' },
    ]);
  });

  it('closes to the second: published at 11:59:59 Rome time of the closing day, the window is still ahead', () => {
    const call = buildCall();
    expect(check(call, { now: romeToUtc('2026-02-27', '11:59:59') })).toEqual([]);
    expect(check(call, { now: romeToUtc('2026-02-27', '12:00:00') })).toEqual([
      { field: 'closesAt', code: 'closes-in-past' },
    ]);
  });

  it('stores 12:00 Rome as 11:00 UTC in winter and 10:00 UTC after the March change', () => {
    expect(romeToUtc('2026-02-27', '12:00').toISOString()).toBe('2026-02-27T11:00:00.000Z');
    // Summer time starts on Sunday 29 March 2026.
    expect(romeToUtc('2026-03-30', '12:00').toISOString()).toBe('2026-03-30T10:00:00.000Z');
  });

  it('requires a title and at least one position', () => {
    expect(check(buildCall({ title: ' ', positions: [] })).map((i) => i.field)).toEqual([
      'title',
      'positions',
    ]);
  });
});
