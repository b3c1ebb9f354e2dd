import { asc, eq, sql } from 'drizzle-orm';
import { RegulationProfileSchema } from '../../../api/profiles.ts';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { presetByCode } from '../../../profiles/index.ts';
import type { DbOrTx } from '../../db/client.ts';
import { people, regulationProfiles } from '../../db/schema/index.ts';

export interface ProfileRow {
  code: string;
  name: string;
  basedOn: string | null;
  /** Null for an activated preset, whose rules are the code's. */
  body: RegulationProfile | null;
  active: boolean;
  updatedAt: Date;
  updatedByName: string | null;
}

const columns = {
  code: regulationProfiles.code,
  name: regulationProfiles.name,
  basedOn: regulationProfiles.basedOn,
  body: regulationProfiles.body,
  active: regulationProfiles.active,
  updatedAt: regulationProfiles.updatedAt,
  updatedByName: sql<string | null>`${people.givenName} || ' ' || ${people.familyName}`,
};

export const listProfileRows = async (db: DbOrTx): Promise<ProfileRow[]> =>
  db
    .select(columns)
    .from(regulationProfiles)
    .leftJoin(people, eq(people.id, regulationProfiles.updatedBy))
    .orderBy(asc(regulationProfiles.name));

export const findProfileRow = async (db: DbOrTx, code: string): Promise<ProfileRow | null> => {
  const [row] = await db
    .select(columns)
    .from(regulationProfiles)
    .leftJoin(people, eq(people.id, regulationProfiles.updatedBy))
    .where(eq(regulationProfiles.code, code))
    .limit(1);
  return row ?? null;
};

export const insertProfile = async (
  tx: DbOrTx,
  values: {
    code: string;
    name: string;
    basedOn: string;
    body: RegulationProfile;
    actorId: string | null;
    at: Date;
  },
) => {
  await tx.insert(regulationProfiles).values({
    code: values.code,
    name: values.name,
    basedOn: values.basedOn,
    body: values.body,
    createdAt: values.at,
    createdBy: values.actorId,
    updatedAt: values.at,
    updatedBy: values.actorId,
  });
};

export const updateProfile = async (
  tx: DbOrTx,
  code: string,
  values: { name: string; body: RegulationProfile; actorId: string | null; at: Date },
) => {
  await tx
    .update(regulationProfiles)
    .set({ name: values.name, body: values.body, updatedAt: values.at, updatedBy: values.actorId })
    .where(eq(regulationProfiles.code, code));
};

/** Any number will do, as long as every instance uses the same one: activations queue behind it. */
const ACTIVATION_LOCK = 4242_0005;

/**
 * Makes `code` the one active profile and returns the code that was active before. A preset gets a body-less row
 * the first time it is activated. Activations are serialised by a transaction-scoped advisory lock, so two
 * administrators activating at once end with one winner instead of a unique-index error.
 */
export const activateProfile = async (
  tx: DbOrTx,
  target: { code: string; name: string; isPreset: boolean },
  actorId: string | null,
  at: Date,
): Promise<string | null> => {
  await tx.execute(sql`select pg_advisory_xact_lock(${ACTIVATION_LOCK})`);
  const [previous] = await tx
    .select({ code: regulationProfiles.code })
    .from(regulationProfiles)
    .where(eq(regulationProfiles.active, true));
  await tx
    .update(regulationProfiles)
    .set({ active: false, updatedAt: at, updatedBy: actorId })
    .where(eq(regulationProfiles.active, true));
  if (target.isPreset) {
    await tx
      .insert(regulationProfiles)
      .values({
        code: target.code,
        name: target.name,
        basedOn: null,
        body: null,
        createdBy: actorId,
        createdAt: at,
      })
      .onConflictDoNothing({ target: regulationProfiles.code });
  }
  await tx
    .update(regulationProfiles)
    .set({ active: true, updatedAt: at, updatedBy: actorId })
    .where(eq(regulationProfiles.code, target.code));
  return previous?.code ?? null;
};

export interface ActiveProfile {
  code: string;
  name: string;
  kind: 'preset' | 'copy';
  profile: RegulationProfile;
}

/**
 * The regulation profile in force, for any feature that applies a rule (eligibility, caps, windows, scoring), or
 * null when the university has not chosen one yet. A copy's body is parsed again on the way out, so a body
 * that no longer fits the schema fails loudly here rather than deep inside a rule.
 */
export const activeProfile = async (db: DbOrTx): Promise<ActiveProfile | null> => {
  const [row] = await db
    .select({ code: regulationProfiles.code, name: regulationProfiles.name, body: regulationProfiles.body })
    .from(regulationProfiles)
    .where(eq(regulationProfiles.active, true))
    .limit(1);
  if (!row) return null;
  return { code: row.code, name: row.name, ...profileOfRow(row) };
};

/** The rules of a row: its own body for a copy, the code's preset for a preset marker. */
export const profileOfRow = (row: {
  code: string;
  body: RegulationProfile | null;
}): { kind: 'preset' | 'copy'; profile: RegulationProfile } => {
  if (row.body) return { kind: 'copy', profile: RegulationProfileSchema.parse(row.body) };
  const preset = presetByCode(row.code);
  if (!preset) throw new Error(`profile ${row.code} has no body and no preset`);
  return { kind: 'preset', profile: preset.profile };
};
