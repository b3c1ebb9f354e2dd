import { rmSync } from 'node:fs';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { type CareerFacts, eligibility } from '../domain/applications/eligibility.ts';
import type { CallRules } from '../domain/calls/types.ts';
import type { EnrolmentStatus, ProgrammeType } from '../domain/careers/types.ts';
import { hashPassword } from '../server/auth/password.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import type { AppContext } from '../server/context.ts';
import { type Database, type Db, openPglite, openPostgres } from '../server/db/client.ts';
import {
  applications,
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  localAccounts,
  people,
  roleAssignments,
  students,
} from '../server/db/schema/index.ts';
import { DEMO_CALL_CODE } from '../server/demo/call-poliba.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { type Draft, makeDrafts } from './drafts.ts';

/** The password of every bench candidate. */
export const BENCH_PASSWORD = 'bench-affianco-2026';

/**
 * About 40% of the demo students are eligible for the Bari call (LM, LMCU and PhD students, not part-time, not too
 * far beyond the normal duration); the demo is seeded with this many students per eligible one needed.
 */
const STUDENTS_PER_ELIGIBLE = 2.8;

export interface Candidate {
  personId: string;
  username: string;
  email: string;
}

export interface Target {
  backend: 'pglite' | 'postgres';
  /** PostgreSQL: the database to create afresh. */
  databaseUrl?: string;
  /** PGlite: the directory to create afresh. */
  pgliteDir?: string;
}

/** Drops and creates the PostgreSQL database of the URL (connecting to the server's `postgres` database). */
export const recreatePostgres = async (url: string) => {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
};

export const openTarget = async (target: Target, fresh: boolean): Promise<Database> => {
  if (target.backend === 'postgres') {
    if (!target.databaseUrl) throw new Error('postgres needs a database URL');
    if (fresh) await recreatePostgres(target.databaseUrl);
    return openPostgres(target.databaseUrl, 4);
  }
  if (!target.pgliteDir) throw new Error('pglite needs a directory');
  if (fresh) rmSync(target.pgliteDir, { recursive: true, force: true });
  return openPglite(target.pgliteDir);
};

/**
 * Students of the demo careers who may apply to at least one position of the demo call (judged by the domain's own
 * eligibility rules), with no account and no application yet, in student-number order; `exclude` skips some.
 */
export const pickCandidates = async (db: Db, count: number, exclude: Set<string>) => {
  const [call] = await db.select().from(calls).where(eq(calls.code, DEMO_CALL_CODE));
  if (!call) throw new Error('the demo call is missing');
  const rules = call.rules as unknown as CallRules;
  const positions = await db
    .select({ id: callPositions.id, admitted: callPositions.admittedProgrammeTypes })
    .from(callPositions)
    .where(eq(callPositions.callId, call.id))
    .orderBy(callPositions.ordinal);
  const rows = await db
    .select({
      personId: students.personId,
      studentNumber: students.studentNumber,
      email: people.email,
      isStaff: people.isStaff,
      programmeType: degreeProgrammes.type,
      normalDurationYears: degreeProgrammes.normalDurationYears,
      yearOfCourse: enrolments.yearOfCourse,
      yearsBeyond: enrolments.yearsBeyond,
      partTime: enrolments.partTime,
      singleCourse: enrolments.singleCourse,
      status: enrolments.status,
    })
    .from(students)
    .innerJoin(people, eq(people.id, students.personId))
    .innerJoin(enrolments, eq(enrolments.studentId, students.personId))
    .innerJoin(degreeProgrammes, eq(degreeProgrammes.id, enrolments.programmeId))
    .where(
      and(
        eq(enrolments.academicYear, call.academicYear),
        inArray(degreeProgrammes.type, ['LM', 'LMCU', 'PHD']),
        notInArray(students.personId, db.select({ id: localAccounts.personId }).from(localAccounts)),
        notInArray(students.personId, db.select({ id: applications.studentId }).from(applications)),
      ),
    )
    .orderBy(students.studentNumber);
  const picked: Array<Candidate & { positionIds: string[]; callId: string }> = [];
  for (const row of rows) {
    if (picked.length >= count) break;
    if (exclude.has(row.personId)) continue;
    const career: CareerFacts = {
      isStaff: row.isStaff,
      enrolment: {
        academicYear: call.academicYear,
        programmeType: row.programmeType as ProgrammeType,
        normalDurationYears: row.normalDurationYears,
        yearOfCourse: row.yearOfCourse,
        yearsBeyond: row.yearsBeyond,
        partTime: row.partTime,
        singleCourse: row.singleCourse,
        status: row.status as EnrolmentStatus,
      },
    };
    const eligible = positions.filter(
      (position) =>
        eligibility({
          career,
          callAcademicYear: call.academicYear,
          admittedProgrammeTypes: position.admitted as ProgrammeType[],
          rules: rules.eligibility,
        }).eligible,
    );
    if (eligible.length === 0) continue;
    picked.push({
      personId: row.personId,
      username: `bench${row.studentNumber}`,
      email: row.email,
      callId: call.id,
      positionIds: eligible.slice(0, rules.maxPositionsPerCandidate ?? 2).map((p) => p.id),
    });
  }
  return picked;
};

export interface Prepared {
  candidates: Candidate[];
  /** Drafts made straight in the database for the ceiling measurement (other students than the candidates). */
  drafts: Draft[];
  closesAt: Date;
  seedMs: number;
  demoStudents: number;
}

/**
 * A fresh database with the demo university (seedDemo, the same careers as `npm start`), scaled so that `count`
 * students are eligible for the demo Bari call, plus `drafts` more with a ready draft. The candidates get local
 * accounts that share ONE argon2id hash of BENCH_PASSWORD, computed once: hashing 5,000 passwords would take
 * minutes and measure nothing. Logging in still verifies that hash with argon2 on every request, as in production.
 * Each has the student role, as the demo student accounts do. The call closes at `closesAt`.
 */
export const prepare = async (
  target: Target,
  options: { candidates: number; drafts: number; closesAt: Date },
): Promise<Prepared> => {
  const started = Date.now();
  const needed = options.candidates + options.drafts;
  const demoStudents = Math.ceil(needed * STUDENTS_PER_ELIGIBLE) + 200;
  const database = await openTarget(target, true);
  try {
    const ctx: AppContext = {
      config: loadConfig({ DEMO_STUDENTS: String(demoStudents), LOG_LEVEL: 'silent' }),
      database,
      clock: systemClock,
    };
    await seedDemo(ctx);
    const { db } = database;
    const picked = await pickCandidates(db, needed, new Set());
    if (picked.length < needed)
      throw new Error(`only ${picked.length} eligible students for ${needed}: raise STUDENTS_PER_ELIGIBLE`);
    const candidates = picked.slice(0, options.candidates);
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    for (let i = 0; i < candidates.length; i += 1000) {
      await db
        .insert(localAccounts)
        .values(
          candidates
            .slice(i, i + 1000)
            .map((c) => ({ personId: c.personId, username: c.username, passwordHash })),
        );
      await db
        .insert(roleAssignments)
        .values(
          candidates.slice(i, i + 1000).map((c) => ({ personId: c.personId, role: 'student' as const })),
        );
    }
    const drafts = await makeDrafts(db, picked.slice(options.candidates));
    await db.update(calls).set({ closesAt: options.closesAt }).where(eq(calls.code, DEMO_CALL_CODE));
    await db.execute(sql`analyze`);
    return {
      candidates: candidates.map(({ personId, username, email }) => ({ personId, username, email })),
      drafts,
      closesAt: options.closesAt,
      seedMs: Date.now() - started,
      demoStudents,
    };
  } finally {
    await database.close();
  }
};
