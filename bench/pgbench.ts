import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { romeDate } from '../domain/calendar/rome-time.ts';
import type { CeilingResult } from './ceiling.ts';
import type { Draft } from './drafts.ts';
import { summarise } from './stats.ts';

const run = promisify(execFile);

const COLUMNS =
  '"id", "call_id", "student_id", "status", "declared_titles", "contact_email", "eligibility_snapshot", "protocol_number", "confirmed_at", "confirm_key", "call_version", "withdrawn_at", "created_at", "updated_at"';

/**
 * The confirm transaction of ceiling.ts (the statements bench/trace-confirm.ts prints) as a pgbench script: each
 * transaction takes the next pre-made draft from a sequence. With -M extended every :variable is a bind parameter,
 * as the application's driver sends them (no literal may hold a colon: pgbench would read it as a variable).
 */
const script = (year: number) => `
select nextval('bench_ceiling_seq') as n \\gset
select application_id as id, student_id as sid, call_id as cid from bench_ceiling_drafts where n = :n \\gset
begin;
select id from people where id = :sid for update;
select id from applications where id = :id for update;
select ${COLUMNS} from "applications" where "applications"."id" = :id;
select ${COLUMNS} from "applications" where ("applications"."student_id" = :sid and "applications"."call_id" = :cid and "applications"."status" <> 'withdrawn') order by "applications"."created_at" desc limit 1;
select "id", "code", "title", "academic_year", "profile_code", "status", "legal_references", "opens_at", "closes_at", "activities_end_date", "rules", "required_attachments", "articles", "funding_assignment_id", "responsible_id", "version", "published_at", "published_by", "created_by", "created_at" from "calls" where "calls"."id" = :cid;
select "id", "admitted_programme_types" from "call_positions" where "call_positions"."call_id" = :cid order by "call_positions"."ordinal" asc;
select "is_staff" from "people" where "people"."id" = :sid;
select "enrolments"."academic_year", "degree_programmes"."type", "degree_programmes"."normal_duration_years", "enrolments"."year_of_course", "enrolments"."years_beyond", "enrolments"."part_time", "enrolments"."single_course", "enrolments"."status" from "enrolments" inner join "degree_programmes" on "degree_programmes"."id" = "enrolments"."programme_id" where ("enrolments"."student_id" = :sid and "enrolments"."academic_year" = 2025);
select "position_id" from "application_positions" where "application_positions"."application_id" = :id order by "application_positions"."preference" asc;
select "id", "kind", "file_name", "content_type", "size_bytes", "sha256" from "application_attachments" where "application_attachments"."application_id" = :id order by "application_attachments"."uploaded_at" asc;
select "kind" from "application_attachments" where "application_attachments"."application_id" = :id;
insert into "protocol_counters" ("year", "last_number") values (${year}, 1) on conflict ("year") do update set "last_number" = "protocol_counters"."last_number" + 1 returning "last_number" \\gset
update "applications" set "status" = 'confirmed', "eligibility_snapshot" = jsonb_build_object('career', jsonb_build_object('isStaff', false, 'enrolment', jsonb_build_object('academicYear', 2025, 'programmeType', 'LM', 'normalDurationYears', 2, 'yearOfCourse', 1, 'yearsBeyond', 0, 'partTime', false, 'singleCourse', false, 'status', 'active')), 'positions', jsonb_build_array(jsonb_build_object('positionId', :cid::text, 'eligibility', jsonb_build_object('eligible', true)))), "protocol_number" = '${year}/' || lpad(:last_number::text, 6, '0'), "confirmed_at" = now(), "confirm_key" = 'ceiling-' || :n::text, "call_version" = 1, "updated_at" = now() where ("applications"."id" = :id and "applications"."status" = 'draft') returning ${COLUMNS};
insert into "audit_log" ("id", "at", "actor_id", "event", "entity_type", "entity_id", "reason", "data") values (default, now(), :sid, 'application.confirmed', 'application', :id, null, jsonb_build_object('protocolNumber', '${year}/' || lpad(:last_number::text, 6, '0')));
select "applications"."id", "applications"."call_id", "applications"."student_id", "applications"."status", "applications"."declared_titles", "applications"."contact_email", "applications"."eligibility_snapshot", "applications"."protocol_number", "applications"."confirmed_at", "applications"."confirm_key", "applications"."call_version", "applications"."withdrawn_at", "applications"."created_at", "applications"."updated_at", "calls"."code", "calls"."title", "calls"."rules", "calls"."required_attachments", "people"."given_name", "people"."family_name", "people"."fiscal_code", "people"."email", "people"."locale", "students"."student_number" from "applications" inner join "calls" on "calls"."id" = "applications"."call_id" inner join "people" on "people"."id" = "applications"."student_id" left join "students" on "students"."person_id" = "applications"."student_id" where "applications"."id" = :id;
select "application_positions"."preference", "call_positions"."activity_type", "units"."name", "call_positions"."hours_per_grant", "call_positions"."amount_per_grant_cents" from "application_positions" inner join "call_positions" on "call_positions"."id" = "application_positions"."position_id" inner join "units" on "units"."id" = "call_positions"."unit_id" where "application_positions"."application_id" = :id order by "application_positions"."preference" asc;
select "kind", "file_name", "content_type", "size_bytes", "sha256" from "application_attachments" where "application_attachments"."application_id" = :id order by "application_attachments"."uploaded_at" asc;
insert into "outbound_emails" ("id", "recipient_id", "to_address", "subject", "text_body", "attachments", "status", "sent_at", "last_error", "created_at") values (default, :sid, 'candidato@studenti.poliba.it', 'Ricevuta della domanda ' || :last_number::text, '${'Gentile candidato, la tua domanda è stata confermata. '.repeat(10)}', jsonb_build_array(jsonb_build_object('fileName', 'ricevuta.pdf', 'contentType', 'application/pdf', 'documentKind', 'application-receipt', 'documentId', :id::text)), default, default, default, now()) returning "id" as email_id \\gset
insert into "jobs" ("id", "kind", "payload", "run_at", "status", "attempts", "locked_until", "last_error", "created_at") values (default, 'send-email', jsonb_build_object('emailId', :email_id::text), now(), default, default, default, default, default) returning "id";
select "position_id" from "application_positions" where "application_positions"."application_id" = :id order by "application_positions"."preference" asc;
select "id", "kind", "file_name", "content_type", "size_bytes", "sha256" from "application_attachments" where "application_attachments"."application_id" = :id order by "application_attachments"."uploaded_at" asc;
commit;
`;

/**
 * The ceiling measured by pgbench (C, one thread per core) instead of node-postgres: what the database itself
 * sustains for the confirm transaction when the client costs next to nothing.
 */
export const measureCeilingWithPgbench = async (
  databaseUrl: string,
  drafts: readonly Draft[],
  concurrency: number,
): Promise<CeilingResult> => {
  const clients = Math.min(concurrency, drafts.length);
  const perClient = Math.floor(drafts.length / clients);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('drop table if exists bench_ceiling_drafts; drop sequence if exists bench_ceiling_seq');
  await client.query(
    'create table bench_ceiling_drafts (n bigint primary key, application_id uuid not null, student_id uuid not null, call_id uuid not null)',
  );
  await client.query('create sequence bench_ceiling_seq');
  await client.query(
    'insert into bench_ceiling_drafts select row_number() over (), a, s, c from unnest($1::uuid[], $2::uuid[], $3::uuid[]) as x(a, s, c)',
    [drafts.map((d) => d.applicationId), drafts.map((d) => d.studentId), drafts.map((d) => d.callId)],
  );
  await client.query('analyze bench_ceiling_drafts');
  const dir = mkdtempSync(join(tmpdir(), 'affianco-pgbench-'));
  const file = join(dir, 'confirm.sql');
  writeFileSync(file, script(Number(romeDate(new Date()).slice(0, 4))));
  try {
    const { stdout } = await run(
      'pgbench',
      [
        '-n',
        '-M',
        'extended',
        '-c',
        String(clients),
        '-j',
        '2',
        '-t',
        String(perClient),
        '-l',
        `--log-prefix=${join(dir, 'log')}`,
        '-f',
        file,
        databaseUrl,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1]);
    const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
    const latencies = readdirSync(dir)
      .filter((name) => name.startsWith('log'))
      .flatMap((name) =>
        readFileSync(join(dir, name), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => Number(line.split(' ')[2]) / 1000),
      );
    if (!(tps > 0) || failed > 0) throw new Error(`pgbench: ${stdout}`);
    return {
      confirmed: latencies.length,
      perSecond: tps,
      ms: (latencies.length / tps) * 1000,
      concurrency: clients,
      latency: summarise(latencies),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await client.query(
      'drop table if exists bench_ceiling_drafts; drop sequence if exists bench_ceiling_seq',
    );
    await client.end();
  }
};
