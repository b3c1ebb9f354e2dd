import { randomUUID } from 'node:crypto';
import type { RequiredAttachment } from '../../../domain/calls/types.ts';
import { rulesFromProfile } from '../../../domain/calls/types.ts';
import type { ProgrammeType } from '../../../domain/careers/types.ts';
import { presetByCode } from '../../../profiles/index.ts';
import { hashPassword } from '../../auth/password.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  localAccounts,
  people,
  roleAssignments,
  students,
  units,
} from '../../db/schema/index.ts';

/** A published call of the given preset with one position per entry of `positions`, persisted directly. */
export const insertCall = async (
  db: DbOrTx,
  options: {
    academicYear: number;
    opensAt: Date;
    closesAt: Date;
    positions: ProgrammeType[][];
    preset?: string;
    maxPositionsPerCandidate?: number | null;
    requiredAttachments?: RequiredAttachment[];
  },
) => {
  const preset = presetByCode(options.preset ?? 'poliba');
  if (!preset) throw new Error('unknown preset');
  const rules = rulesFromProfile(preset.profile);
  if (options.maxPositionsPerCandidate !== undefined)
    rules.maxPositionsPerCandidate = options.maxPositionsPerCandidate;
  const [unit] = await db.select({ id: units.id }).from(units).limit(1);
  if (!unit) throw new Error('no unit to attach positions to');
  const [call] = await db
    .insert(calls)
    .values({
      code: `TEST-${randomUUID().slice(0, 8)}`,
      title: 'Bando di prova',
      academicYear: options.academicYear,
      profileCode: preset.code,
      status: 'published',
      opensAt: options.opensAt,
      closesAt: options.closesAt,
      activitiesEndDate: `${options.academicYear + 1}-12-31`,
      rules: rules as unknown as Record<string, unknown>,
      requiredAttachments: options.requiredAttachments ?? [],
      articles: [],
    })
    .returning({ id: calls.id });
  if (!call) throw new Error('call insert failed');
  const positions = await db
    .insert(callPositions)
    .values(
      options.positions.map((admitted, index) => ({
        callId: call.id,
        ordinal: index + 1,
        activityType: `Tutorato ${index + 1}`,
        activityKind: 'tutoring',
        unitId: unit.id,
        grants: 2,
        hoursPerGrant: 50,
        amountPerGrantCents: 100_000,
        admittedProgrammeTypes: admitted,
      })),
    )
    .returning({ id: callPositions.id });
  return { callId: call.id, positionIds: positions.map((p) => p.id) };
};

/** A student with a local account (password affianco2026) enrolled in a programme of the given type. */
export const insertStudent = async (
  db: DbOrTx,
  options: { username: string; academicYear: number; programmeType: ProgrammeType; yearOfCourse?: number },
) => {
  const [unit] = await db.select({ id: units.id }).from(units).limit(1);
  if (!unit) throw new Error('no unit');
  const [person] = await db
    .insert(people)
    .values({
      givenName: 'Test',
      familyName: options.username,
      email: `${options.username}@studenti.poliba.it`,
    })
    .returning({ id: people.id });
  if (!person) throw new Error('person insert failed');
  await db.insert(localAccounts).values({
    personId: person.id,
    username: options.username,
    passwordHash: await hashPassword('affianco2026'),
  });
  await db.insert(roleAssignments).values({ personId: person.id, role: 'student', unitId: null });
  await db.insert(students).values({ personId: person.id, studentNumber: `T${randomUUID().slice(0, 7)}` });
  const [programme] = await db
    .insert(degreeProgrammes)
    .values({
      code: `P-${randomUUID().slice(0, 8)}`,
      name: 'Corso di prova',
      type: options.programmeType,
      normalDurationYears: options.programmeType === 'L' ? 3 : 2,
      unitId: unit.id,
    })
    .returning({ id: degreeProgrammes.id });
  if (!programme) throw new Error('programme insert failed');
  await db.insert(enrolments).values({
    studentId: person.id,
    programmeId: programme.id,
    academicYear: options.academicYear,
    yearOfCourse: options.yearOfCourse ?? 1,
  });
  return person.id;
};
