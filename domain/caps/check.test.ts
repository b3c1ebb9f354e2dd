import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../profiles/index.ts';
import { POLIBA } from '../../profiles/poliba.ts';
import { POLIMI } from '../../profiles/polimi.ts';
import { UNIFE } from '../../profiles/unife.ts';
import { UNIROMA2 } from '../../profiles/uniroma2.ts';
import { UNIVE } from '../../profiles/unive.ts';
import { buildProfile } from '../profiles/builders.ts';
import type { CapKind } from '../profiles/types.ts';
import { buildCappedAppointment as appointment, buildCapStudent as student } from './builders.ts';
import { calendarYearOf, checkAppointmentCaps } from './check.ts';
import type { CapBreach } from './types.ts';

const caps = (breaches: CapBreach[]): CapKind[] => breaches.map((b) => b.cap);
const only = (breaches: CapBreach[], cap: CapKind): CapBreach => {
  const found = breaches.filter((b) => b.cap === cap);
  expect(found).toHaveLength(1);
  return found[0] as CapBreach;
};

describe('amount per calendar year (Ferrara: EUR 4,000, seed 001 art. 10 c.6)', () => {
  const profile = UNIFE.profile;
  const earlier = appointment({ grossCents: 300_000, endDate: '2026-05-31', hours: 200 });

  it('lets the total reach the cap exactly', () => {
    const proposed = appointment({ grossCents: 100_000, endDate: '2026-11-30', hours: 60 });
    expect(checkAppointmentCaps(profile, student(), [earlier], proposed)).toEqual([]);
  });

  it('refuses one cent over, naming the limit, the total and the excess', () => {
    const proposed = appointment({ grossCents: 100_001, endDate: '2026-11-30', hours: 60 });
    const breach = only(checkAppointmentCaps(profile, student(), [earlier], proposed), 'amount-per-year');
    expect(breach).toMatchObject({
      unit: 'cents',
      limit: 400_000,
      value: 400_001,
      excess: 1,
      period: '2026',
      overridable: false,
      messageKey: 'caps.amount-per-year',
      params: { limit: 400_000, value: 400_001, excess: 1, period: '2026', yearKind: 'calendar' },
    });
  });

  it('counts across appointments of different calls and academic years in the same calendar year', () => {
    const other = appointment({ grossCents: 200_000, academicYear: '2024/25', endDate: '2026-01-31' });
    const proposed = appointment({ grossCents: 235_000, academicYear: '2025/26', endDate: '2026-10-31' });
    const breach = only(
      checkAppointmentCaps(profile, student(), [other, earlier], proposed),
      'amount-per-year',
    );
    expect(breach).toMatchObject({ value: 735_000, excess: 335_000 });
  });

  it('puts an appointment spanning two years whole in the year it is paid, not split by days', () => {
    const spanning = appointment({ startDate: '2025-10-01', endDate: '2026-01-31' });
    expect(calendarYearOf(spanning)).toBe('2026');
    const paidLate = appointment({ endDate: '2025-12-19', paidOn: '2026-02-10' });
    expect(calendarYearOf(paidLate)).toBe('2026');
    // 3,000 paid in 2025 and a proposal of 3,000 from October 2025 to January 2026: different years, both fine.
    const paid2025 = appointment({ grossCents: 300_000, endDate: '2025-09-30', paidOn: '2025-11-15' });
    const proposed = appointment({ grossCents: 300_000, startDate: '2025-10-01', endDate: '2026-01-31' });
    expect(checkAppointmentCaps(profile, student(), [paid2025], proposed)).toEqual([]);
    // The same 3,000 not paid until January 2026 shares the year with the proposal.
    const paid2026 = { ...paid2025, paidOn: '2026-01-20' };
    expect(caps(checkAppointmentCaps(profile, student(), [paid2026], proposed))).toEqual(['amount-per-year']);
  });

  it('counts what an appointment ended early committed, and nothing of one withdrawn before starting', () => {
    const ended = appointment({ grossCents: 150_000, hours: 100, live: false });
    const never = appointment({ grossCents: 0, hours: 0, live: false });
    const proposed = appointment({ grossCents: 250_000, hours: 100 });
    expect(checkAppointmentCaps(profile, student(), [ended, never], proposed)).toEqual([]);
  });

  it('counts an amended appointment once', () => {
    const current = appointment({ grossCents: 300_000 });
    const amended = { ...current, grossCents: 400_000 };
    expect(checkAppointmentCaps(profile, student(), [current], amended)).toEqual([]);
  });

  it('refuses a declared research grant, merit scholarship or post-graduate scholarship (art. 12 c.3)', () => {
    const declared = student({ declaredSituations: ['research-grant', 'part-time-collaboration'] });
    const breaches = checkAppointmentCaps(profile, declared, [], appointment());
    expect(breaches).toEqual([
      expect.objectContaining({
        cap: 'incompatible-situation',
        unit: null,
        limit: null,
        params: { situation: 'research-grant' },
      }),
    ]);
  });
});

describe("hours per academic year and per contract (Ca' Foscari, seed 003 art. 9 c.14)", () => {
  const profile = UNIVE.profile;

  it('lets a tutor reach 90 hours a year across contracts', () => {
    const first = appointment({ hours: 60 });
    expect(checkAppointmentCaps(profile, student(), [first], appointment({ hours: 30 }))).toEqual([]);
  });

  it('refuses the 91st hour, saying complex projects allow 150', () => {
    const first = appointment({ hours: 60 });
    const breach = only(
      checkAppointmentCaps(profile, student(), [first], appointment({ hours: 31 })),
      'hours-per-year',
    );
    expect(breach).toMatchObject({
      unit: 'hours',
      limit: 90,
      value: 91,
      excess: 1,
      period: '2025/26',
      params: { complexProjectLimit: 150 },
    });
  });

  it('allows 150 hours on a project of particular complexity, not 151', () => {
    const first = appointment({ hours: 90, complexProject: true });
    expect(checkAppointmentCaps(profile, student(), [first], appointment({ hours: 60 }))).toEqual([]);
    const breach = only(
      checkAppointmentCaps(profile, student(), [first], appointment({ hours: 61 })),
      'hours-per-year',
    );
    expect(breach).toMatchObject({ limit: 150, value: 151, excess: 1 });
    expect(breach.params).not.toHaveProperty('complexProjectLimit');
  });

  it('counts hours of another academic year apart', () => {
    const lastYear = appointment({ hours: 90, academicYear: '2024/25' });
    expect(checkAppointmentCaps(profile, student(), [lastYear], appointment({ hours: 90 }))).toEqual([]);
  });

  it('keeps each contract between 30 and 90 hours; only the minimum may be overridden', () => {
    expect(checkAppointmentCaps(profile, student(), [], appointment({ hours: 30 }))).toEqual([]);
    expect(checkAppointmentCaps(profile, student(), [], appointment({ hours: 90 }))).toEqual([]);
    expect(
      only(checkAppointmentCaps(profile, student(), [], appointment({ hours: 29 })), 'contract-min-hours'),
    ).toMatchObject({ limit: 30, value: 29, excess: 1, overridable: true });
    expect(
      only(checkAppointmentCaps(profile, student(), [], appointment({ hours: 91 })), 'contract-max-hours'),
    ).toMatchObject({ limit: 90, value: 91, excess: 1, overridable: false });
  });

  it('refuses university staff', () => {
    const breaches = checkAppointmentCaps(profile, student({ isStaff: true }), [], appointment());
    expect(breaches).toEqual([expect.objectContaining({ cap: 'university-staff', overridable: false })]);
  });

  it('lets grants add up (several contracts within the hours)', () => {
    const sameCall = appointment({ hours: 40, callId: 'call-x' });
    expect(
      checkAppointmentCaps(profile, student(), [sameCall], appointment({ hours: 40, callId: 'call-x' })),
    ).toEqual([]);
  });

  it('checks EUR 4,000 per academic year (DM 976/2014)', () => {
    const first = appointment({
      grossCents: 200_000,
      hours: 45,
      academicYear: '2025/26',
      endDate: '2025-12-31',
    });
    const exact = appointment({ grossCents: 200_000, hours: 45, academicYear: '2025/26' });
    expect(checkAppointmentCaps(profile, student(), [first], exact)).toEqual([]);
    const over = { ...exact, grossCents: 200_001 };
    expect(only(checkAppointmentCaps(profile, student(), [first], over), 'amount-per-year')).toMatchObject({
      period: '2025/26',
      excess: 1,
      params: { yearKind: 'academic' },
    });
  });
});

describe('Tor Vergata (seed 002 art. 5-6)', () => {
  const profile = UNIROMA2.profile;
  const phd = student({ programmeType: 'PHD' });

  it('limits PhD students to 40 hours', () => {
    expect(checkAppointmentCaps(profile, phd, [], appointment({ hours: 40 }))).toEqual([]);
    expect(
      only(checkAppointmentCaps(profile, phd, [], appointment({ hours: 41 })), 'phd-hours'),
    ).toMatchObject({
      limit: 40,
      value: 41,
      excess: 1,
      period: '2025/26',
    });
    // A master's student may do 41 hours.
    expect(checkAppointmentCaps(profile, student(), [], appointment({ hours: 41 }))).toEqual([]);
  });

  it('limits master students to 400 hours a year', () => {
    expect(
      checkAppointmentCaps(profile, student(), [], appointment({ hours: 400, grossCents: 100 })),
    ).toEqual([]);
    const breach = only(
      checkAppointmentCaps(profile, student(), [], appointment({ hours: 401, grossCents: 100 })),
      'hours-per-year',
    );
    expect(breach).toMatchObject({ limit: 400, value: 401, excess: 1 });
    expect(breach.params).not.toHaveProperty('complexProjectLimit');
  });

  it('allows one grant per academic year, whatever its hours (art. 6 c.6)', () => {
    const held = appointment({ hours: 10, grossCents: 15_000 });
    const breaches = checkAppointmentCaps(profile, student(), [held], appointment({ hours: 10 }));
    expect(caps(breaches)).toEqual(['one-grant-per-academic-year']);
    expect(breaches[0]).toMatchObject({ period: '2025/26', params: { count: 1 } });
  });

  it('counts a grant of an earlier year, or one withdrawn before starting, as no obstacle', () => {
    const lastYear = appointment({ academicYear: '2024/25', endDate: '2025-06-30' });
    const neverStarted = appointment({ live: false, hours: 0, grossCents: 0 });
    expect(checkAppointmentCaps(profile, student(), [lastYear, neverStarted], appointment())).toEqual([]);
  });

  it('counts a grant ended early after some hours as the one grant of the year', () => {
    const ended = appointment({ live: false, hours: 12, grossCents: 18_000 });
    expect(caps(checkAppointmentCaps(profile, student(), [ended], appointment()))).toEqual([
      'one-grant-per-academic-year',
    ]);
  });

  it('refuses merit scholarships, part-time collaborations and fee exemptions, not regional scholarships', () => {
    const declared = student({ declaredSituations: ['fee-exemption', 'research-grant'] });
    expect(checkAppointmentCaps(profile, declared, [], appointment())).toEqual([
      expect.objectContaining({ cap: 'incompatible-situation', params: { situation: 'fee-exemption' } }),
    ]);
  });
});

describe('Bari: grants not cumulative (seed 004 art. 8)', () => {
  const profile = POLIBA.profile;

  it('refuses a second grant of the same call, or one in the same period', () => {
    const held = appointment({ callId: 'bari-2026', startDate: '2026-03-01', endDate: '2026-12-31' });
    const sameCall = appointment({ callId: 'bari-2026', startDate: '2027-01-01', endDate: '2027-03-31' });
    expect(caps(checkAppointmentCaps(profile, student(), [held], sameCall))).toEqual(['not-cumulative']);
    const overlapping = appointment({ callId: 'other', startDate: '2026-12-31', endDate: '2027-02-28' });
    expect(caps(checkAppointmentCaps(profile, student(), [held], overlapping))).toEqual(['not-cumulative']);
  });

  it('allows a later grant of another call, and one after the first ended', () => {
    const held = appointment({ callId: 'bari-2026', startDate: '2026-03-01', endDate: '2026-12-31' });
    const later = appointment({ callId: 'other', startDate: '2027-01-01', endDate: '2027-03-31' });
    expect(checkAppointmentCaps(profile, student(), [held], later)).toEqual([]);
    const ended = { ...held, live: false };
    const sameCall = appointment({ callId: 'bari-2026' });
    expect(checkAppointmentCaps(profile, student(), [ended], sameCall)).toEqual([]);
  });

  it('refuses part-time collaborations and disability-support collaborations', () => {
    const declared = student({ declaredSituations: ['part-time-collaboration'] });
    expect(caps(checkAppointmentCaps(profile, declared, [], appointment()))).toEqual([
      'incompatible-situation',
    ]);
  });

  it('checks the 400 hours of the DM', () => {
    const hours = (h: number) => appointment({ hours: h, grossCents: h * 1500 });
    expect(checkAppointmentCaps(profile, student(), [], hours(250))).toEqual([]);
    expect(
      caps(
        checkAppointmentCaps(profile, student(), [hours(200)], {
          ...hours(201),
          callId: 'x',
          startDate: '2027-01-01',
          endDate: '2027-02-01',
        }),
      ),
    ).toContain('hours-per-year');
  });
});

describe('Milan: the DM caps per academic year', () => {
  it('refuses a grant taking the year to 4,000.01', () => {
    const profile = POLIMI.profile;
    const first = appointment({ grossCents: 250_000, hours: 100 });
    const second = appointment({ grossCents: 150_001, hours: 100 });
    expect(only(checkAppointmentCaps(profile, student(), [first], second), 'amount-per-year')).toMatchObject({
      excess: 1,
      period: '2025/26',
    });
  });
});

describe('overridable breaches follow the profile', () => {
  it('marks only the kinds the profile lists', () => {
    const profile = buildProfile((p) => {
      p.caps.overridable.value = ['hours-per-year'];
    });
    const breaches = checkAppointmentCaps(
      profile,
      student(),
      [],
      appointment({ hours: 10, grossCents: 500_000 }),
    );
    expect(breaches.map((b) => [b.cap, b.overridable])).toEqual([
      ['contract-min-hours', false],
      ['amount-per-year', false],
    ]);
    const long = checkAppointmentCaps(profile, student(), [], appointment({ hours: 401, grossCents: 100 }));
    expect(long.map((b) => [b.cap, b.overridable])).toEqual([
      ['contract-max-hours', false],
      ['hours-per-year', true],
    ]);
  });

  it('reports every breach at once, in a stable order', () => {
    const profile = UNIROMA2.profile;
    const breaches = checkAppointmentCaps(
      profile,
      student({ programmeType: 'PHD', declaredSituations: ['merit-scholarship'] }),
      [appointment({ hours: 30 })],
      appointment({ hours: 390, grossCents: 400_000 }),
    );
    expect(caps(breaches)).toEqual([
      'incompatible-situation',
      'one-grant-per-academic-year',
      'hours-per-year',
      'phd-hours',
      'amount-per-year',
    ]);
  });
});

describe.each(PRESETS.map((p) => [p.code, p.profile] as const))('the boundaries of %s', (_code, profile) => {
  const { caps: limits } = profile;
  const breached = (proposed: Parameters<typeof appointment>[0], who = student()) =>
    caps(checkAppointmentCaps(profile, who, [], appointment(proposed)));

  const amount = limits.maxAmountPerYear.value;
  it.runIf(amount !== null)('lets the amount reach its cap and refuses one cent more', () => {
    const cents = amount?.cents ?? 0;
    expect(breached({ grossCents: cents })).not.toContain('amount-per-year');
    expect(breached({ grossCents: cents + 1 })).toContain('amount-per-year');
  });

  const hours = limits.maxHoursPerYear.value;
  it.runIf(hours !== null)('lets the hours of a year reach their cap and refuses one hour more', () => {
    const h = hours ?? 0;
    expect(breached({ hours: h, grossCents: 100 })).not.toContain('hours-per-year');
    expect(breached({ hours: h + 1, grossCents: 100 })).toContain('hours-per-year');
  });

  const phd = limits.phdMaxHours.value;
  it.runIf(phd !== null)('lets a PhD student reach the PhD hours and refuses one more', () => {
    const who = student({ programmeType: 'PHD' });
    expect(breached({ hours: phd ?? 0 }, who)).not.toContain('phd-hours');
    expect(breached({ hours: (phd ?? 0) + 1 }, who)).toContain('phd-hours');
  });

  for (const [cap, setting, step] of [
    ['contract-min-hours', limits.contractMinHours.value, -1],
    ['contract-max-hours', limits.contractMaxHours.value, 1],
  ] as const) {
    it.runIf(setting !== null)(`keeps a contract within ${cap}`, () => {
      expect(breached({ hours: setting ?? 0 })).not.toContain(cap);
      expect(breached({ hours: (setting ?? 0) + step })).toContain(cap);
    });
  }
});

describe('a live appointment of an earlier academic year still running', () => {
  it('blocks a new one in the same period where grants are not cumulative (Tor Vergata)', () => {
    const running = appointment({ academicYear: '2024/25', startDate: '2025-09-01', endDate: '2026-03-31' });
    const proposed = appointment({ academicYear: '2025/26', startDate: '2026-03-01', endDate: '2026-06-30' });
    expect(caps(checkAppointmentCaps(UNIROMA2.profile, student(), [running], proposed))).toEqual([
      'not-cumulative',
    ]);
    // Ferrara lets grants add up.
    expect(checkAppointmentCaps(UNIFE.profile, student(), [running], proposed)).toEqual([]);
  });
});
