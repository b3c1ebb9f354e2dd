import type { CappedAppointment, CapStudent } from './types.ts';

/** A master's student with no other benefit, not on the staff. */
export const buildCapStudent = (overrides: Partial<CapStudent> = {}): CapStudent => ({
  programmeType: 'LM',
  isStaff: false,
  declaredSituations: [],
  ...overrides,
});

let sequence = 0;

/** A live 50-hour appointment of 750.00 EUR in 2025/26, from March to June 2026. */
export const buildCappedAppointment = (overrides: Partial<CappedAppointment> = {}): CappedAppointment => {
  sequence += 1;
  return {
    id: `appointment-${sequence}`,
    callId: `call-${sequence}`,
    academicYear: '2025/26',
    hours: 50,
    grossCents: 75_000,
    startDate: '2026-03-01',
    endDate: '2026-06-30',
    paidOn: null,
    live: true,
    complexProject: false,
    ...overrides,
  };
};
