import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { formatProtocolNumber } from '../domain/applications/protocol.ts';
import { romeDate } from '../domain/calendar/rome-time.ts';
import type { Draft } from './drafts.ts';
import { summarise } from './stats.ts';

type Query = (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

const APPLICATION_COLUMNS =
  '"id", "call_id", "student_id", "status", "declared_titles", "contact_email", "eligibility_snapshot", "protocol_number", "confirmed_at", "confirm_key", "call_version", "withdrawn_at", "created_at", "updated_at"';

/**
 * The statements one confirmation executes, in order, as `npx tsx bench/trace-confirm.ts` prints them from the
 * application's own service (confirmApplication in server/features/applications/service.ts): the student and
 * application locks, the reads that re-check the rules, the protocol counter, the status update, the audit row,
 * the receipt email's reads and its outbox and job inserts, and the reads of the response. Only the values the
 * application computes in JavaScript (eligibility snapshot, email text) are stand-ins of the same size.
 */
export const confirmOne = async (query: Query, draft: Draft, n: number) => {
  const { applicationId: id, studentId, callId } = draft;
  const now = new Date().toISOString();
  await query('select id from people where id = $1 for update', [studentId]);
  await query('select id from applications where id = $1 for update', [id]);
  await query(`select ${APPLICATION_COLUMNS} from "applications" where "applications"."id" = $1`, [id]);
  await query(
    `select ${APPLICATION_COLUMNS} from "applications" where ("applications"."student_id" = $1 and "applications"."call_id" = $2 and "applications"."status" <> $3) order by "applications"."created_at" desc limit $4`,
    [studentId, callId, 'withdrawn', 1],
  );
  await query(
    'select "id", "code", "title", "academic_year", "profile_code", "status", "legal_references", "opens_at", "closes_at", "activities_end_date", "rules", "required_attachments", "articles", "funding_assignment_id", "responsible_id", "version", "published_at", "published_by", "created_by", "created_at" from "calls" where "calls"."id" = $1',
    [callId],
  );
  await query(
    'select "id", "admitted_programme_types" from "call_positions" where "call_positions"."call_id" = $1 order by "call_positions"."ordinal" asc',
    [callId],
  );
  await query('select "is_staff" from "people" where "people"."id" = $1', [studentId]);
  const [enrolment] = await query(
    'select "enrolments"."academic_year", "degree_programmes"."type", "degree_programmes"."normal_duration_years", "enrolments"."year_of_course", "enrolments"."years_beyond", "enrolments"."part_time", "enrolments"."single_course", "enrolments"."status" from "enrolments" inner join "degree_programmes" on "degree_programmes"."id" = "enrolments"."programme_id" where ("enrolments"."student_id" = $1 and "enrolments"."academic_year" = $2)',
    [studentId, 2025],
  );
  const positions = await query(
    'select "position_id" from "application_positions" where "application_positions"."application_id" = $1 order by "application_positions"."preference" asc',
    [id],
  );
  await query(
    'select "id", "kind", "file_name", "content_type", "size_bytes", "sha256" from "application_attachments" where "application_attachments"."application_id" = $1 order by "application_attachments"."uploaded_at" asc',
    [id],
  );
  await query(
    'select "kind" from "application_attachments" where "application_attachments"."application_id" = $1',
    [id],
  );
  const year = Number(romeDate(new Date()).slice(0, 4));
  const [counter] = await query(
    'insert into "protocol_counters" ("year", "last_number") values ($1, $2) on conflict ("year") do update set "last_number" = "protocol_counters"."last_number" + 1 returning "last_number"',
    [year, 1],
  );
  const protocolNumber = formatProtocolNumber(year, Number(counter?.last_number));
  const snapshot = {
    career: { isStaff: false, enrolment: enrolment ?? null },
    positions: positions.map((p) => ({ positionId: p.position_id, eligibility: { eligible: true } })),
  };
  await query(
    `update "applications" set "status" = $1, "eligibility_snapshot" = $2, "protocol_number" = $3, "confirmed_at" = $4, "confirm_key" = $5, "call_version" = $6, "updated_at" = $7 where ("applications"."id" = $8 and "applications"."status" = $9) returning ${APPLICATION_COLUMNS}`,
    ['confirmed', JSON.stringify(snapshot), protocolNumber, now, `ceiling-${n}`, 1, now, id, 'draft'],
  );
  await query(
    'insert into "audit_log" ("id", "at", "actor_id", "event", "entity_type", "entity_id", "reason", "data") values (default, $1, $2, $3, $4, $5, $6, $7)',
    [now, studentId, 'application.confirmed', 'application', id, null, JSON.stringify({ protocolNumber })],
  );
  const [receipt] = await query(
    'select "applications"."id", "applications"."call_id", "applications"."student_id", "applications"."status", "applications"."declared_titles", "applications"."contact_email", "applications"."eligibility_snapshot", "applications"."protocol_number", "applications"."confirmed_at", "applications"."confirm_key", "applications"."call_version", "applications"."withdrawn_at", "applications"."created_at", "applications"."updated_at", "calls"."code", "calls"."title", "calls"."rules", "calls"."required_attachments", "people"."given_name", "people"."family_name", "people"."fiscal_code", "people"."email", "people"."locale", "students"."student_number" from "applications" inner join "calls" on "calls"."id" = "applications"."call_id" inner join "people" on "people"."id" = "applications"."student_id" left join "students" on "students"."person_id" = "applications"."student_id" where "applications"."id" = $1',
    [id],
  );
  await query(
    'select "application_positions"."preference", "call_positions"."activity_type", "units"."name", "call_positions"."hours_per_grant", "call_positions"."amount_per_grant_cents" from "application_positions" inner join "call_positions" on "call_positions"."id" = "application_positions"."position_id" inner join "units" on "units"."id" = "call_positions"."unit_id" where "application_positions"."application_id" = $1 order by "application_positions"."preference" asc',
    [id],
  );
  await query(
    'select "kind", "file_name", "content_type", "size_bytes", "sha256" from "application_attachments" where "application_attachments"."application_id" = $1 order by "application_attachments"."uploaded_at" asc',
    [id],
  );
  const [email] = await query(
    'insert into "outbound_emails" ("id", "recipient_id", "to_address", "subject", "text_body", "attachments", "status", "sent_at", "last_error", "created_at") values (default, $1, $2, $3, $4, $5, default, default, default, $6) returning "id"',
    [
      studentId,
      String(receipt?.email ?? 'candidato@studenti.poliba.it'),
      `Ricevuta della domanda ${protocolNumber} – POLIBA-TUT-2025`,
      `Gentile candidato,\n\nla tua domanda è stata confermata con numero di protocollo ${protocolNumber}.\n${'x'.repeat(480)}`,
      JSON.stringify([
        {
          fileName: `ricevuta-${protocolNumber.replace('/', '-')}.pdf`,
          contentType: 'application/pdf',
          documentKind: 'application-receipt',
          documentId: id,
        },
      ]),
      now,
    ],
  );
  await query(
    'insert into "jobs" ("id", "kind", "payload", "run_at", "status", "attempts", "locked_until", "last_error", "created_at") values (default, $1, $2, $3, default, default, default, default, default) returning "id"',
    ['send-email', JSON.stringify({ emailId: email?.id }), now],
  );
  await query(
    'select "position_id" from "application_positions" where "application_positions"."application_id" = $1 order by "application_positions"."preference" asc',
    [id],
  );
  await query(
    'select "id", "kind", "file_name", "content_type", "size_bytes", "sha256" from "application_attachments" where "application_attachments"."application_id" = $1 order by "application_attachments"."uploaded_at" asc',
    [id],
  );
};

/** How many statements confirmOne runs inside its transaction (the trace of the service must count as many). */
export const REPLAYED_STATEMENTS = 21;

export interface CeilingResult {
  confirmed: number;
  perSecond: number;
  ms: number;
  concurrency: number;
  latency: ReturnType<typeof summarise>;
}

/**
 * The database's own ceiling for the confirm step: the confirmation transaction straight against the database
 * (node-postgres, or PGlite in this process), on drafts made beforehand, with `concurrency` connections each
 * taking the next draft. PGlite has one connection, so it runs one transaction at a time.
 */
export const measureCeiling = async (
  target: { databaseUrl?: string; pgliteDir?: string },
  drafts: readonly Draft[],
  concurrency: number,
): Promise<CeilingResult> => {
  const latencies: number[] = [];
  let cursor = 0;
  let transaction: (work: (query: Query) => Promise<void>) => Promise<void>;
  let close: () => Promise<void>;
  let clients = concurrency;
  if (target.databaseUrl) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: concurrency });
    transaction = async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await work(async (text, params) => (await client.query(text, params)).rows);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    };
    close = () => pool.end();
  } else {
    const db = new PGlite(target.pgliteDir);
    await db.waitReady;
    clients = 1;
    transaction = (work) =>
      db.transaction(async (tx) => {
        await work(async (text, params) => (await tx.query<Record<string, unknown>>(text, params)).rows);
      });
    close = () => db.close();
  }
  // A few transactions first so connections are open and plans cached, as in the application's warm pool.
  const warm = Math.min(drafts.length, clients);
  await Promise.all(
    drafts.slice(0, warm).map((draft, n) => transaction((query) => confirmOne(query, draft, n))),
  );
  cursor = warm;
  const started = performance.now();
  const worker = async () => {
    while (cursor < drafts.length) {
      const n = cursor++;
      const t0 = performance.now();
      await transaction((query) => confirmOne(query, drafts[n] as Draft, n));
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const ms = performance.now() - started;
  await close();
  return {
    confirmed: latencies.length,
    perSecond: (latencies.length / ms) * 1000,
    ms,
    concurrency: clients,
    latency: summarise(latencies),
  };
};
