import { sql } from 'drizzle-orm';
import { boolean, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RegulationProfile } from '../../../domain/profiles/types.ts';
import { people } from './people.ts';

/**
 * Regulation profiles saved by the university (decision 005). A copy keeps its whole body. A preset ships in the
 * code (profiles/) and gets a row only to be marked active: its body is null and its rules are read from the
 * code, so presets stay read-only.
 */
export const regulationProfiles = pgTable(
  'regulation_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** The preset or profile this one was copied from. */
    basedOn: text('based_on'),
    body: jsonb('body').$type<RegulationProfile>(),
    active: boolean('active').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => people.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => people.id),
  },
  // At most one active profile: the partial index holds only the active row.
  (t) => [uniqueIndex('regulation_profiles_one_active_uq').on(t.active).where(sql`${t.active}`)],
);
