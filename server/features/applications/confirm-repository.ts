import { sql } from 'drizzle-orm';
import type { Attachment } from '../../../api/applications.ts';
import type { CareerFacts } from '../../../domain/applications/eligibility.ts';
import type { AuditEvent } from '../../../domain/audit/events.ts';
import type { CallRules, RequiredAttachment } from '../../../domain/calls/types.ts';
import type { EnrolmentStatus, ProgrammeType } from '../../../domain/careers/types.ts';
import type { DbOrTx } from '../../db/client.ts';
import { SEND_EMAIL_JOB_KIND } from '../../mail/outbox.ts';

/**
 * The confirm step's own statements (issue 6: the last hour before a call closes). A confirmation used to take 21
 * statements between BEGIN and COMMIT, each a round trip: the same rows read up to three times through the
 * generic repository functions. Here it is four: lock, read, protocol counter, write. The reads and the writes
 * are the same as before; confirm.test.ts pins the count and the API tests check every row they leave.
 */

/** Both drivers (pg and PGlite) return the rows of a raw statement under `rows`. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** pg parses json/jsonb, PGlite may hand back text: read either. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

const date = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string | Date);

export interface LockedApplication {
  id: string;
  callId: string;
  studentId: string;
  status: 'draft' | 'confirmed' | 'withdrawn';
  declaredTitles: Record<string, unknown>;
  contactEmail: string | null;
  protocolNumber: string | null;
  confirmKey: string | null;
  withdrawnAt: Date | null;
  person: { isStaff: boolean; givenName: string; familyName: string; email: string; locale: string };
}

/**
 * Statement 1: locks the student's row and the application's (in that order of tables, as every confirmation
 * does, so two cannot deadlock) and returns both. Locking the student serialises starting a draft and confirming
 * per student (createDraft locks the same row), so two tabs or two instances cannot leave two live applications
 * to one call. A locked row is re-read at its latest committed version after any wait, so the status seen here is
 * current. Null when the application does not exist or is another student's.
 */
export const lockApplicationForConfirm = async (
  tx: DbOrTx,
  studentId: string,
  applicationId: string,
): Promise<LockedApplication | null> => {
  const [row] = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select a.id, a.call_id, a.student_id, a.status, a.declared_titles, a.contact_email, a.protocol_number,
             a.confirm_key, a.withdrawn_at,
             p.is_staff, p.given_name, p.family_name, p.email, p.locale
      from people p join applications a on a.student_id = p.id
      where a.id = ${applicationId} and p.id = ${studentId}
      for update of p, a`),
  );
  if (!row) return null;
  return {
    id: String(row.id),
    callId: String(row.call_id),
    studentId: String(row.student_id),
    status: row.status as LockedApplication['status'],
    declaredTitles: json<Record<string, unknown>>(row.declared_titles) ?? {},
    contactEmail: (row.contact_email as string | null) ?? null,
    protocolNumber: (row.protocol_number as string | null) ?? null,
    confirmKey: (row.confirm_key as string | null) ?? null,
    withdrawnAt: date(row.withdrawn_at),
    person: {
      isStaff: Boolean(row.is_staff),
      givenName: String(row.given_name),
      familyName: String(row.family_name),
      email: String(row.email),
      locale: String(row.locale),
    },
  };
};

export interface ConfirmContext {
  call: {
    id: string;
    status: string;
    code: string;
    title: string;
    academicYear: number;
    opensAt: Date;
    closesAt: Date;
    version: number;
    rules: CallRules;
    requiredAttachments: RequiredAttachment[];
    positions: Array<{ id: string; admittedProgrammeTypes: ProgrammeType[] }>;
  };
  /** The application's chosen positions in order of preference. */
  positionIds: string[];
  attachments: Attachment[];
  enrolment: CareerFacts['enrolment'];
  /** Another confirmed application of the same student to the same call, if any. */
  otherConfirmed: { protocolNumber: string | null } | null;
}

/**
 * Statement 2, after the locks (so with a snapshot that sees whatever committed while this one waited): the call
 * and its positions, the application's chosen positions and attachments, the student's enrolment in the call's
 * academic year, and whether another application of the student to the call is confirmed.
 */
export const readConfirmContext = async (
  tx: DbOrTx,
  studentId: string,
  applicationId: string,
  callId: string,
): Promise<ConfirmContext | null> => {
  const [row] = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select c.id, c.status, c.code, c.title, c.academic_year, c.opens_at, c.closes_at, c.version, c.rules,
        c.required_attachments,
        coalesce((select json_agg(json_build_object('id', cp.id, 'admitted', cp.admitted_programme_types)
                    order by cp.ordinal)
                  from call_positions cp where cp.call_id = c.id), '[]'::json) as positions,
        coalesce((select json_agg(ap.position_id order by ap.preference)
                  from application_positions ap where ap.application_id = ${applicationId}), '[]'::json) as chosen,
        coalesce((select json_agg(json_build_object('id', f.id, 'code', f.kind, 'fileName', f.file_name,
                    'contentType', f.content_type, 'sizeBytes', f.size_bytes, 'sha256', f.sha256)
                    order by f.uploaded_at)
                  from application_attachments f where f.application_id = ${applicationId}), '[]'::json)
          as attachments,
        (select json_build_object('academicYear', e.academic_year, 'programmeType', d.type,
            'normalDurationYears', d.normal_duration_years, 'yearOfCourse', e.year_of_course,
            'yearsBeyond', e.years_beyond, 'partTime', e.part_time, 'singleCourse', e.single_course,
            'status', e.status)
          from enrolments e join degree_programmes d on d.id = e.programme_id
          where e.student_id = ${studentId} and e.academic_year = c.academic_year limit 1) as enrolment,
        (select json_build_object('protocolNumber', o.protocol_number)
          from applications o
          where o.student_id = ${studentId} and o.call_id = c.id and o.id <> ${applicationId}
            and o.status = 'confirmed' limit 1) as other_confirmed
      from calls c where c.id = ${callId}`),
  );
  if (!row) return null;
  const positions = json<Array<{ id: string; admitted: unknown }>>(row.positions);
  const enrolment = json<Record<string, unknown> | null>(row.enrolment);
  return {
    call: {
      id: String(row.id),
      status: String(row.status),
      code: String(row.code),
      title: String(row.title),
      academicYear: Number(row.academic_year),
      opensAt: date(row.opens_at) as Date,
      closesAt: date(row.closes_at) as Date,
      version: Number(row.version),
      rules: json<CallRules>(row.rules),
      requiredAttachments: json<RequiredAttachment[]>(row.required_attachments),
      positions: positions.map((p) => ({
        id: p.id,
        admittedProgrammeTypes: json<ProgrammeType[]>(p.admitted),
      })),
    },
    positionIds: json<string[]>(row.chosen),
    attachments: json<Attachment[]>(row.attachments),
    enrolment: enrolment
      ? {
          academicYear: Number(enrolment.academicYear),
          programmeType: enrolment.programmeType as ProgrammeType,
          normalDurationYears: Number(enrolment.normalDurationYears),
          yearOfCourse: Number(enrolment.yearOfCourse),
          yearsBeyond: Number(enrolment.yearsBeyond),
          partTime: Boolean(enrolment.partTime),
          singleCourse: Boolean(enrolment.singleCourse),
          status: enrolment.status as EnrolmentStatus,
        }
      : null,
    otherConfirmed: json<{ protocolNumber: string | null } | null>(row.other_confirmed),
  };
};

/**
 * Statement 3: the next protocol number of the year. Its row stays locked until COMMIT, so every confirmation of
 * the year queues here: it is taken after every read and check, and only one statement (the write) follows it.
 */
export const nextProtocolNumber = async (tx: DbOrTx, year: number): Promise<number> => {
  const [row] = rowsOf<{ last_number: number }>(
    await tx.execute(sql`
      insert into protocol_counters (year, last_number) values (${year}, 1)
      on conflict (year) do update set last_number = protocol_counters.last_number + 1
      returning last_number`),
  );
  if (!row) throw new Error('protocol counter failed');
  return Number(row.last_number);
};

export interface ConfirmWrite {
  applicationId: string;
  studentId: string;
  key: string;
  protocolNumber: string;
  at: Date;
  callVersion: number;
  eligibilitySnapshot: Record<string, unknown>;
  email: {
    to: string;
    subject: string;
    textBody: string;
    attachments: Array<{ fileName: string; contentType: string; documentKind: string; documentId: string }>;
  };
}

const CONFIRMED_EVENT: AuditEvent = 'application.confirmed';

/**
 * Statement 4, one round trip for four writes (data-modifying CTEs all run, in one statement): the application
 * frozen with its protocol number, its audit entry (what writeAudit writes), the receipt email in the outbox and
 * the job that sends it (what queueEmail and enqueueJob write). Returns false when the application was no longer
 * a draft (cannot happen under the lock, checked all the same).
 */
export const writeConfirmation = async (tx: DbOrTx, w: ConfirmWrite): Promise<boolean> => {
  const at = w.at.toISOString();
  const [row] = rowsOf<{ updated: number }>(
    await tx.execute(sql`
      with confirmed as (
        update applications set status = 'confirmed', confirmed_at = ${at}::timestamptz, confirm_key = ${w.key},
          protocol_number = ${w.protocolNumber}, call_version = ${w.callVersion},
          eligibility_snapshot = ${JSON.stringify(w.eligibilitySnapshot)}::jsonb, updated_at = ${at}::timestamptz
        where id = ${w.applicationId} and status = 'draft'
        returning id
      ), audit as (
        insert into audit_log (at, actor_id, event, entity_type, entity_id, reason, data)
        select ${at}::timestamptz, ${w.studentId}, ${CONFIRMED_EVENT}, 'application', confirmed.id::text, null,
          ${JSON.stringify({ protocolNumber: w.protocolNumber })}::jsonb
        from confirmed
      ), email as (
        insert into outbound_emails (recipient_id, to_address, subject, text_body, attachments, created_at)
        select ${w.studentId}, ${w.email.to}, ${w.email.subject}, ${w.email.textBody},
          ${JSON.stringify(w.email.attachments)}::jsonb, ${at}::timestamptz
        from confirmed
        returning id
      ), job as (
        insert into jobs (kind, payload, run_at)
        select ${SEND_EMAIL_JOB_KIND}, jsonb_build_object('emailId', email.id), ${at}::timestamptz from email
      )
      select count(*)::int as updated from confirmed`),
  );
  return Number(row?.updated ?? 0) === 1;
};
