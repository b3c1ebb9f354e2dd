import { POLIBA } from '../../profiles/poliba.ts';
import { romeToUtc } from '../calendar/rome-time.ts';
import { type CallData, type CallPositionData, rulesFromProfile } from './types.ts';

/** A valid position of the Bari call (seed 004 art. 1): 1 grant, 200 h, EUR 3,000, master's students. */
export const buildPosition = (overrides: Partial<CallPositionData> = {}): CallPositionData => ({
  activityType: 'Tutorato informativo',
  activityKind: 'tutoring',
  unitId: 'unit-dmmm',
  grants: 1,
  hoursPerGrant: 200,
  amountPerGrantCents: 300_000,
  admittedProgrammeTypes: ['LM', 'LMCU'],
  ...overrides,
});

/** A valid call under the Bari profile, its window in February 2026. */
export const buildCall = (overrides: Partial<CallData> = {}): CallData => ({
  title: 'Assegni per l’incentivazione delle attività di tutorato 2025/26',
  academicYear: 2025,
  legalReferences: 'L. 170/2003; DM 773/2024',
  opensAt: romeToUtc('2026-02-04', '00:00'),
  closesAt: romeToUtc('2026-02-27', '12:00'),
  activitiesEndDate: '2026-12-31',
  rules: rulesFromProfile(POLIBA.profile),
  requiredAttachments: [
    {
      code: 'identity-document',
      label: { it: 'Documento di identità', en: 'Identity document' },
      required: 'always',
    },
  ],
  articles: [{ title: 'Art. 1 (Indizione)', body: 'È indetta una selezione.' }],
  positions: [buildPosition()],
  ...overrides,
});
