import type { Appointment } from '../../../../api/appointments.ts';

export const ID = '00000000-0000-4000-8000-0000000000a1';

/** A signed appointment letter as the server sends it (tests). */
export const signed: Appointment = {
  id: ID,
  offerId: '00000000-0000-4000-8000-0000000000b1',
  tutorId: '00000000-0000-4000-8000-000000000002',
  tutorName: 'Giulia Lorusso',
  studentNumber: '578123',
  fiscalCode: 'LRSGLI00A41A662X',
  email: 'g.lorusso@studenti.poliba.it',
  callId: '00000000-0000-4000-8000-0000000000c1',
  callTitle: 'Bando tutorato 2025/26',
  callCode: 'POLIBA-TUT-2025',
  positionId: '00000000-0000-4000-8000-0000000000e1',
  activityType: 'Tutorato informativo',
  supervisorId: '00000000-0000-4000-8000-0000000000f1',
  supervisorName: 'Marco Rossi',
  unitId: '00000000-0000-4000-8000-0000000000d1',
  unitName: 'Dipartimento di Meccanica',
  academicYear: '2025/26',
  complexProject: false,
  status: 'signed',
  terms: {
    startDate: '2026-03-02',
    endDate: '2026-12-31',
    items: [{ kind: 'tutoring', hours: 200, costCents: 300_000 }],
    trainingHours: 10,
  },
  hours: 200,
  grossCents: 300_000,
  duties: 'Tutorato informativo',
  protocol: { number: '2026/00123', date: '2026-02-19' },
  acknowledgedAt: null,
  startedOn: null,
  hoursDone: 0,
  pauses: [],
  amendments: [],
  checklist: [
    {
      item: 'code-of-ethics',
      owner: 'tutor',
      dueDate: '2026-03-02',
      blocksStart: true,
      status: 'pending',
      completedOn: null,
    },
  ],
  ending: null,
  capOverride: null,
  createdAt: '2026-02-18T10:00:00.000Z',
};
