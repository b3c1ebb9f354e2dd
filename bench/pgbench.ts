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

/**
 * The confirm transaction of ceiling.ts (the four statements bench/trace-confirm.ts prints: lock, read, protocol
 * counter, write) as a pgbench script: each transaction takes the next pre-made draft from a sequence. With
 * -M extended every :variable is a bind parameter, as the application's driver sends them (no literal may hold a
 * colon: pgbench would read it as a variable, hence no '::' casts on literals below).
 */
const script = (year: number) => `
select nextval('bench_ceiling_seq') as n \\gset
select application_id as id, student_id as sid, call_id as cid from bench_ceiling_drafts where n = :n \\gset
begin;
select a.id, a.call_id, a.student_id, a.status, a.declared_titles, a.contact_email, a.protocol_number, a.confirm_key, a.withdrawn_at, p.is_staff, p.given_name, p.family_name, p.email, p.locale from people p join applications a on a.student_id = p.id where a.id = :id and p.id = :sid for update of p, a;
select c.id, c.status, c.code, c.title, c.academic_year, c.opens_at, c.closes_at, c.version, c.rules, c.required_attachments, coalesce((select json_agg(json_build_object('id', cp.id, 'admitted', cp.admitted_programme_types) order by cp.ordinal) from call_positions cp where cp.call_id = c.id), cast('[]' as json)) as positions, coalesce((select json_agg(ap.position_id order by ap.preference) from application_positions ap where ap.application_id = :id), cast('[]' as json)) as chosen, coalesce((select json_agg(json_build_object('id', f.id, 'code', f.kind, 'fileName', f.file_name, 'contentType', f.content_type, 'sizeBytes', f.size_bytes, 'sha256', f.sha256) order by f.uploaded_at) from application_attachments f where f.application_id = :id), cast('[]' as json)) as attachments, (select json_build_object('academicYear', e.academic_year, 'programmeType', d.type, 'normalDurationYears', d.normal_duration_years, 'yearOfCourse', e.year_of_course, 'yearsBeyond', e.years_beyond, 'partTime', e.part_time, 'singleCourse', e.single_course, 'status', e.status) from enrolments e join degree_programmes d on d.id = e.programme_id where e.student_id = :sid and e.academic_year = c.academic_year limit 1) as enrolment, (select json_build_object('protocolNumber', o.protocol_number) from applications o where o.student_id = :sid and o.call_id = c.id and o.id <> :id and o.status = 'confirmed' limit 1) as other_confirmed from calls c where c.id = :cid;
insert into protocol_counters (year, last_number) values (${year}, 1) on conflict (year) do update set last_number = protocol_counters.last_number + 1 returning last_number \\gset
with confirmed as (update applications set status = 'confirmed', confirmed_at = now(), confirm_key = 'ceiling-' || cast(:n as text), protocol_number = '${year}/' || lpad(cast(:last_number as text), 6, '0'), call_version = 1, eligibility_snapshot = jsonb_build_object('career', jsonb_build_object('isStaff', false, 'enrolment', jsonb_build_object('academicYear', 2025, 'programmeType', 'LM', 'normalDurationYears', 2, 'yearOfCourse', 1, 'yearsBeyond', 0, 'partTime', false, 'singleCourse', false, 'status', 'active')), 'positions', jsonb_build_array(jsonb_build_object('positionId', cast(:cid as text), 'eligibility', jsonb_build_object('eligible', true)))), updated_at = now() where id = :id and status = 'draft' returning id), audit as (insert into audit_log (at, actor_id, event, entity_type, entity_id, reason, data) select now(), :sid, 'application.confirmed', 'application', cast(confirmed.id as text), null, jsonb_build_object('protocolNumber', '${year}/' || lpad(cast(:last_number as text), 6, '0')) from confirmed), email as (insert into outbound_emails (recipient_id, to_address, subject, text_body, attachments, created_at) select :sid, 'candidato@studenti.poliba.it', 'Ricevuta della domanda ' || cast(:last_number as text), '${'Gentile candidato, la tua domanda è stata confermata. '.repeat(10)}', jsonb_build_array(jsonb_build_object('fileName', 'ricevuta.pdf', 'contentType', 'application/pdf', 'documentKind', 'application-receipt', 'documentId', cast(:id as text))), now() from confirmed returning id), job as (insert into jobs (kind, payload, run_at) select 'send-email', jsonb_build_object('emailId', email.id), now() from email) select count(*) as updated from confirmed;
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
