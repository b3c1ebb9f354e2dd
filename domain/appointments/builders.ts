import type { AppointmentDraft } from './lifecycle.ts';
import type { Appointment, AppointmentTerms } from './types.ts';

/** Bari's informative tutoring: 200 hours, EUR 3,000 (seed 004 art. 1), March to December 2026, 10 of training. */
export const buildTerms = (overrides: Partial<AppointmentTerms> = {}): AppointmentTerms => ({
  startDate: '2026-03-02',
  endDate: '2026-12-31',
  items: [{ kind: 'tutoring', hours: 200, costCents: 300_000 }],
  trainingHours: 10,
  ...overrides,
});

export const buildDraft = (overrides: Partial<AppointmentDraft> = {}): AppointmentDraft => ({
  id: 'appointment-1',
  tutorId: 'tutor-1',
  callId: 'call-1',
  positionId: 'position-1',
  supervisorId: 'supervisor-1',
  unitId: 'unit-dmmm',
  academicYear: '2025/26',
  complexProject: false,
  terms: buildTerms(),
  ...overrides,
});

/** An appointment in any state, for tests that start in the middle of its life. */
export const buildAppointment = (overrides: Partial<Appointment> = {}): Appointment => ({
  ...buildDraft(),
  status: 'generated',
  protocol: null,
  acknowledgedAt: null,
  startedOn: null,
  hoursDone: 0,
  pauses: [],
  amendments: [],
  checklist: {},
  ending: null,
  paidOn: null,
  ...overrides,
});
