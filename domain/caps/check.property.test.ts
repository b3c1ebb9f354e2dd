import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../profiles/index.ts';
import { buildProfile } from '../profiles/builders.ts';
import type { RegulationProfile } from '../profiles/types.ts';
import { calendarYearOf, checkAppointmentCaps } from './check.ts';
import { decideCaps } from './decision.ts';
import type { CappedAppointment, CapStudent } from './types.ts';

const YEARS = ['2025/26', '2026/27'] as const;

const proposalArb = fc.record({
  callId: fc.constantFrom('call-a', 'call-b', 'call-c'),
  academicYear: fc.constantFrom(...YEARS),
  hours: fc.integer({ min: 1, max: 220 }),
  grossCents: fc.integer({ min: 0, max: 300_000 }),
  startMonth: fc.integer({ min: 0, max: 20 }),
  months: fc.integer({ min: 1, max: 8 }),
  paidLate: fc.boolean(),
  complexProject: fc.boolean(),
  live: fc.boolean(),
});

type Proposal = typeof proposalArb extends fc.Arbitrary<infer T> ? T : never;

const date = (monthsFrom2025: number, day: string) => {
  const year = 2025 + Math.floor(monthsFrom2025 / 12);
  const month = String((monthsFrom2025 % 12) + 1).padStart(2, '0');
  return `${year}-${month}-${day}`;
};

const toAppointment = (p: Proposal, index: number): CappedAppointment => {
  const endDate = date(p.startMonth + p.months, '28');
  return {
    id: `a${index}`,
    callId: p.callId,
    academicYear: p.academicYear,
    hours: p.hours,
    grossCents: p.grossCents,
    startDate: date(p.startMonth, '01'),
    endDate,
    // Some payouts come in the next calendar year.
    paidOn: p.paidLate ? date(p.startMonth + p.months + 2, '15') : null,
    live: true,
    complexProject: p.complexProject,
  };
};

/** Accepts the proposals one by one, as the office would, and returns those accepted. */
const acceptInTurn = (profile: RegulationProfile, student: CapStudent, proposals: Proposal[]) => {
  const accepted: CappedAppointment[] = [];
  proposals.forEach((proposal, index) => {
    const candidate = toAppointment(proposal, index);
    if (decideCaps(checkAppointmentCaps(profile, student, accepted, candidate), null).ok) {
      // Some end early later on: they stay counted, for what they committed, but no longer hold the student.
      accepted.push(proposal.live ? candidate : { ...candidate, live: false });
    }
  });
  return accepted;
};

const sumBy = (
  items: CappedAppointment[],
  key: (a: CappedAppointment) => string,
  pick: (a: CappedAppointment) => number,
) => {
  const totals = new Map<string, number>();
  for (const a of items) totals.set(key(a), (totals.get(key(a)) ?? 0) + pick(a));
  return totals;
};

const profiles: Array<[string, RegulationProfile]> = [
  ...PRESETS.map((p) => [p.code, p.profile] as [string, RegulationProfile]),
  [
    'built',
    buildProfile((p) => {
      p.caps.grantsCumulative.value = true;
    }),
  ],
];

describe.each(profiles)('appointments accepted one by one under %s (fast-check)', (_code, profile) => {
  const { caps } = profile;
  it('never add up beyond any cap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CapStudent['programmeType']>('LM', 'PHD'),
        fc.array(proposalArb, { maxLength: 12 }),
        (programmeType, proposals) => {
          const accepted = acceptInTurn(
            profile,
            { programmeType, isStaff: false, declaredSituations: [] },
            proposals,
          );
          for (const a of accepted) {
            if (caps.contractMinHours.value !== null)
              expect(a.hours).toBeGreaterThanOrEqual(caps.contractMinHours.value);
            if (caps.contractMaxHours.value !== null)
              expect(a.hours).toBeLessThanOrEqual(caps.contractMaxHours.value);
          }
          const hours = sumBy(
            accepted,
            (a) => a.academicYear,
            (a) => a.hours,
          );
          for (const [year, total] of hours) {
            const complex = accepted.some((a) => a.academicYear === year && a.complexProject);
            const limit =
              complex && caps.complexProjectMaxHours.value !== null
                ? caps.complexProjectMaxHours.value
                : caps.maxHoursPerYear.value;
            if (limit !== null) expect(total).toBeLessThanOrEqual(limit);
            if (programmeType === 'PHD' && caps.phdMaxHours.value !== null)
              expect(total).toBeLessThanOrEqual(caps.phdMaxHours.value);
          }
          const amount = caps.maxAmountPerYear.value;
          if (amount !== null) {
            const key =
              amount.year === 'calendar' ? calendarYearOf : (a: CappedAppointment) => a.academicYear;
            for (const total of sumBy(accepted, key, (a) => a.grossCents).values())
              expect(total).toBeLessThanOrEqual(amount.cents);
          }
          if (caps.oneGrantPerAcademicYear.value) {
            for (const year of YEARS)
              expect(accepted.filter((a) => a.academicYear === year).length).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
