import { count, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { hashPassword } from '../auth/password.ts';
import type { AppContext } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { localAccounts, people, roleAssignments, units } from '../db/schema/index.ts';
import { seedDemoProfile } from '../features/profiles/demo.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { seedDemoApplications } from './applications.ts';
import { runDemoAppealSelection, seedDemoAppealCall } from './call-appeal.ts';
import { runDemoExhaustedSelection, seedDemoExhaustedCall } from './call-exhausted.ts';
import { runDemoPaidCall } from './call-paid.ts';
import { runDemoPastSelection, seedDemoPastCall } from './call-past.ts';
import { seedDemoCall } from './call-poliba.ts';
import { runDemoReturnedHoursCall } from './call-returned.ts';
import { runDemoTutorCall } from './call-tutor.ts';
import { seedDemoCareers } from './careers.ts';
import { seedDemoCommittee } from './committee.ts';
import { FAMILY_NAMES, GIVEN_NAMES, pick, seededRandom } from './names.ts';
import { DEMO_UNITS } from './units.ts';

/** Seeds the demo university on an empty database; a database with any unit is left alone. */
export const seedDemoIfEmpty = async (ctx: AppContext, log?: FastifyBaseLogger): Promise<boolean> => {
  const { db } = ctx.database;
  const [existing] = await db.select({ n: count() }).from(units);
  if ((existing?.n ?? 0) > 0) return false;
  log?.info('Empty database: loading the demo university');
  const started = Date.now();
  await seedDemo(ctx);
  log?.info(`Demo data loaded in ${Date.now() - started} ms`);
  return true;
};

export const seedDemo = async (ctx: AppContext) => {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.database.db.transaction(async (tx) => {
    const unitIds = await seedUnits(tx);
    await seedAccounts(tx, unitIds, passwordHash);
    await seedStaff(tx, unitIds);
    for (const seedPart of demoSeedParts) await seedPart(ctx, tx, unitIds);
  });
  // The selection steps use the services, each in its own transaction, as the office would.
  for (const step of demoAfterSeed) await step(ctx);
};

/** Further demo data (careers, and later calls) plugs in here, inside the same transaction. */
export type DemoSeedPart = (ctx: AppContext, tx: DbOrTx, unitIds: Map<string, string>) => Promise<void>;
export const demoSeedParts: DemoSeedPart[] = [
  seedDemoCareers,
  seedDemoProfile,
  seedDemoCall,
  seedDemoPastCall,
  seedDemoAppealCall,
  seedDemoExhaustedCall,
  seedDemoApplications,
  seedDemoCommittee,
];

/** Demo steps that go through the services once the seeded data is committed (a past call's selection). */
export const demoAfterSeed: Array<(ctx: AppContext) => Promise<void>> = [
  runDemoPastSelection,
  runDemoAppealSelection,
  runDemoExhaustedSelection,
  runDemoPaidCall,
  runDemoTutorCall,
  runDemoReturnedHoursCall,
];

const seedUnits = async (tx: DbOrTx) => {
  const ids = new Map<string, string>();
  for (const unit of DEMO_UNITS) {
    const parentId = unit.parent ? ids.get(unit.parent) : undefined;
    const [row] = await tx
      .insert(units)
      .values({ code: unit.code, name: unit.name, kind: unit.kind, parentId: parentId ?? null })
      .returning({ id: units.id });
    if (row) ids.set(unit.code, row.id);
  }
  return ids;
};

const unitId = (ids: Map<string, string>, code: string) => {
  const id = ids.get(code);
  if (!id) throw new Error(`demo unit ${code} missing`);
  return id;
};

const seedAccounts = async (tx: DbOrTx, ids: Map<string, string>, passwordHash: string) => {
  for (const account of DEMO_ACCOUNTS) {
    const [person] = await tx
      .insert(people)
      .values({
        givenName: account.givenName,
        familyName: account.familyName,
        email: `${account.username}@demo.poliba.it`,
        unitId: unitId(ids, account.unit),
        isStaff: !account.studentNumber,
        birthDate: account.studentNumber ? '2001-05-14' : '1975-03-02',
      })
      .returning({ id: people.id });
    if (!person) throw new Error('demo person insert failed');
    await tx.insert(localAccounts).values({ personId: person.id, username: account.username, passwordHash });
    for (const grant of account.roles) {
      await tx.insert(roleAssignments).values({
        personId: person.id,
        role: grant.role,
        unitId: grant.unit ? unitId(ids, grant.unit) : null,
      });
    }
  }
};

const STAFF_UNITS = ['DMMM', 'DEI', 'DICATECH', 'ARCOD', 'SCUDO', 'ORIENT', 'CAMPUS', 'DSU'];

/** A few dozen staff: teachers who may supervise tutors, and office clerks. */
const seedStaff = async (tx: DbOrTx, ids: Map<string, string>) => {
  const random = seededRandom(2026);
  const rows = Array.from({ length: 40 }, (_, index) => {
    const givenName = pick(random, GIVEN_NAMES);
    const familyName = pick(random, FAMILY_NAMES);
    const unit = STAFF_UNITS[index % STAFF_UNITS.length] ?? 'DSU';
    return {
      givenName,
      familyName,
      email: `${givenName}.${familyName}.${index}@demo.poliba.it`.toLowerCase().replaceAll(' ', ''),
      unitId: unitId(ids, unit),
      isStaff: true,
      birthDate: `19${60 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    };
  });
  const inserted = await tx.insert(people).values(rows).returning({ id: people.id, unitId: people.unitId });
  // The first teacher of each department supervises its tutors.
  const supervised = new Set<string>();
  for (const person of inserted) {
    if (!person.unitId || supervised.has(person.unitId)) continue;
    const code = [...ids.entries()].find(([, id]) => id === person.unitId)?.[0];
    if (!code || !['DMMM', 'DEI', 'DICATECH', 'ARCOD', 'ORIENT', 'CAMPUS'].includes(code)) continue;
    supervised.add(person.unitId);
    await tx
      .insert(roleAssignments)
      .values({ personId: person.id, role: 'supervisor', unitId: person.unitId });
  }
};

export const demoPersonByUsername = async (db: DbOrTx, username: string) => {
  const [row] = await db
    .select({ personId: localAccounts.personId })
    .from(localAccounts)
    .where(eq(localAccounts.username, username))
    .limit(1);
  return row?.personId ?? null;
};
