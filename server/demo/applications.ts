import { createHash, randomUUID } from 'node:crypto';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { type DeclaredTitles, titleCriteria } from '../../domain/applications/declared-titles.ts';
import { type CareerFacts, eligibility } from '../../domain/applications/eligibility.ts';
import { formatProtocolNumber } from '../../domain/applications/protocol.ts';
import { romeDate } from '../../domain/calendar/rome-time.ts';
import type { CallRules } from '../../domain/calls/types.ts';
import { buildFiscalCode } from '../../domain/careers/fiscal-code.ts';
import type { EnrolmentStatus, ProgrammeType } from '../../domain/careers/types.ts';
import { candidateKindOf } from '../../domain/profiles/accessors.ts';
import type { DbOrTx } from '../db/client.ts';
import {
  applicationAttachments,
  applicationPositions,
  applications,
  auditLog,
  callPositions,
  calls,
  degreeProgrammes,
  enrolments,
  exams,
  localAccounts,
  people,
  protocolCounters,
  students,
  studyPlanItems,
} from '../db/schema/index.ts';
import { DEMO_CALL_CODE } from './call-poliba.ts';
import { pick, seededRandom } from './names.ts';
import type { DemoSeedPart } from './seed.ts';

/** About 40 live applications (two more confirmed, then withdrawn) and a few drafts, as the office would see. */
const SUBMITTED = 42;
const WITHDRAWN = 2;
const DRAFTS = 4;

type Random = () => number;

/** What candidates write for each criterion the committee scores (Bari: seed 004 art. 6). */
const TITLE_ITEMS: Record<string, string[]> = {
  collaborations: [
    'Collaborazione part-time 150 ore presso la Biblioteca di Ateneo (a.a. 2024/25)',
    'Tutor informativo presso il Dipartimento (a.a. 2023/24)',
    'Supporto alle giornate di orientamento «Open Day» 2025',
    'Collaborazione con la segreteria didattica del corso di studio (2024)',
  ],
  representation: [
    'Rappresentante degli studenti nel Consiglio di Corso di Studio (2023-2025)',
    'Rappresentante degli studenti nel Consiglio di Dipartimento (2024-2026)',
    'Componente della Commissione Paritetica Docenti-Studenti (2024)',
  ],
  exchange: [
    'Erasmus+ Studio, Universidad Politécnica de Madrid (6 mesi, 2024)',
    'Erasmus+ Traineeship, TU Delft (3 mesi, 2023)',
    'Programma di doppio titolo con la Technische Universität München (2024/25)',
  ],
  certificates: [
    'Certificazione di lingua inglese B2 (Cambridge FCE)',
    'Certificazione di lingua inglese C1 (IELTS 7.0)',
    'ECDL / ICDL Full Standard',
    'Certificazione Cisco CCNA',
  ],
  'master-grade': ['Laurea magistrale con voto 110/110', 'Laurea magistrale con voto 108/110'],
  'research-abroad': [
    'Visiting PhD student, KTH Stockholm (4 mesi, 2025)',
    'Periodo di ricerca presso ETH Zürich (3 mesi, 2024)',
  ],
  'research-grants': [
    'Borsa di ricerca «Giovani ricercatori» (12 mesi, 2023)',
    'Master di II livello in Data Science (2022)',
  ],
  'teaching-research': [
    'Esercitazioni del corso di Analisi matematica I (40 ore, a.a. 2024/25)',
    'Supporto alla didattica di Fisica generale (30 ore, a.a. 2023/24)',
  ],
  publications: [
    'Articolo su rivista internazionale con revisione (IEEE Access, 2025)',
    'Contributo a convegno internazionale (2024)',
    'Articolo su rivista nazionale (2023)',
  ],
};

const asciiOnly = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[\\()]/g, (c) => `\\${c}`);

/** A one-page PDF (a stand-in for a scanned identity document), valid enough for any reader. */
export const demoIdentityPdf = (holder: string): Buffer => {
  const text = `BT /F1 14 Tf 72 770 Td (Documento di identita - ${asciiOnly(holder)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
};

const shuffle = <T>(random: Random, items: T[]): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

const declaredTitlesFor = (random: Random, criteria: string[]): DeclaredTitles => {
  const titles: DeclaredTitles = {};
  for (const id of criteria) {
    const pool = TITLE_ITEMS[id] ?? [];
    const count = Math.min(pool.length, Math.floor(random() * 3));
    if (count > 0) titles[id] = shuffle(random, pool).slice(0, count);
  }
  return titles;
};

/**
 * The position of the Bari call whose ranking holds a tie no rule breaks: two candidates with the same career (so
 * the same computed scores) and the same birth date, whom the office must order by a draw once the committee gives
 * them the same scores (e2e/selection.spec.ts scores this position).
 */
export const DEMO_TIE_ACTIVITY = 'Tutorato informativo per orientamento in ingresso';

/**
 * Makes `twinId`'s career the same as `modelId`'s for every rule a ranking reads: birth date (with the fiscal code
 * that encodes it), degree grades, the year's enrolment, exams and study plan. Only ever a student with no other
 * application, so no other demo call's scores move.
 */
const copyCareer = async (tx: DbOrTx, modelId: string, twinId: string, academicYear: number) => {
  const [model] = await tx
    .select({
      birthDate: people.birthDate,
      unitId: people.unitId,
      bachelorGrade: students.bachelorGrade,
      bachelorHonours: students.bachelorHonours,
      masterGrade: students.masterGrade,
      masterHonours: students.masterHonours,
    })
    .from(people)
    .innerJoin(students, eq(students.personId, people.id))
    .where(eq(people.id, modelId));
  const [twin] = await tx
    .select({ givenName: people.givenName, familyName: people.familyName, fiscalCode: people.fiscalCode })
    .from(people)
    .where(eq(people.id, twinId));
  if (!model?.birthDate || !twin) return;
  const fiscalCode = twin.fiscalCode
    ? buildFiscalCode({
        familyName: twin.familyName,
        givenName: twin.givenName,
        birthDate: model.birthDate,
        female: Number(twin.fiscalCode.slice(9, 11)) > 40,
        placeCode: twin.fiscalCode.slice(11, 15),
      })
    : null;
  const [taken] = fiscalCode
    ? await tx.select({ id: people.id }).from(people).where(eq(people.fiscalCode, fiscalCode))
    : [];
  await tx
    .update(people)
    .set({ birthDate: model.birthDate, unitId: model.unitId, fiscalCode: taken ? null : fiscalCode })
    .where(eq(people.id, twinId));
  await tx
    .update(students)
    .set({
      bachelorGrade: model.bachelorGrade,
      bachelorHonours: model.bachelorHonours,
      masterGrade: model.masterGrade,
      masterHonours: model.masterHonours,
    })
    .where(eq(students.personId, twinId));
  const [enrolment] = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.studentId, modelId), eq(enrolments.academicYear, academicYear)));
  if (enrolment) {
    await tx
      .delete(enrolments)
      .where(and(eq(enrolments.studentId, twinId), eq(enrolments.academicYear, academicYear)));
    const { id: _id, ...rest } = enrolment;
    await tx.insert(enrolments).values({ ...rest, studentId: twinId });
  }
  const modelExams = await tx.select().from(exams).where(eq(exams.studentId, modelId));
  await tx.delete(exams).where(eq(exams.studentId, twinId));
  if (modelExams.length > 0)
    await tx.insert(exams).values(modelExams.map(({ id: _id, ...exam }) => ({ ...exam, studentId: twinId })));
  const plan = await tx.select().from(studyPlanItems).where(eq(studyPlanItems.studentId, modelId));
  await tx.delete(studyPlanItems).where(eq(studyPlanItems.studentId, twinId));
  if (plan.length > 0)
    await tx
      .insert(studyPlanItems)
      .values(plan.map(({ id: _id, ...item }) => ({ ...item, studentId: twinId })));
};

/** Students of the demo careers (never a demo account: their own journeys start from nothing) of LM, LMCU, PhD. */
const candidatesOf = async (tx: DbOrTx, academicYear: number) =>
  tx
    .select({
      personId: students.personId,
      studentNumber: students.studentNumber,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      isStaff: people.isStaff,
      programmeType: degreeProgrammes.type,
      normalDurationYears: degreeProgrammes.normalDurationYears,
      programmeUnitId: degreeProgrammes.unitId,
      departmentId: degreeProgrammes.departmentId,
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
        eq(enrolments.academicYear, academicYear),
        inArray(degreeProgrammes.type, ['LM', 'LMCU', 'PHD']),
        notInArray(students.personId, tx.select({ id: localAccounts.personId }).from(localAccounts)),
      ),
    )
    .orderBy(students.studentNumber);

/**
 * Applications to the demo Bari call, as if students had applied since it opened: confirmed ones with protocol
 * numbers from the year's counter (as confirmation takes them), chosen positions they are eligible for (their own
 * department's first, mostly), declared titles and an identity document; two withdrawn, a few drafts. Deterministic
 * but for ids; bulk inserts, so the demo still loads in seconds.
 */
export const seedDemoApplications: DemoSeedPart = async (ctx, tx) => {
  const [call] = await tx.select().from(calls).where(eq(calls.code, DEMO_CALL_CODE));
  if (!call) return;
  const rules = call.rules as unknown as CallRules;
  const positions = await tx
    .select({
      id: callPositions.id,
      unitId: callPositions.unitId,
      activityType: callPositions.activityType,
      admitted: callPositions.admittedProgrammeTypes,
    })
    .from(callPositions)
    .where(eq(callPositions.callId, call.id))
    .orderBy(callPositions.ordinal);
  const random = seededRandom(7732024);
  const now = ctx.clock.now();
  const candidates = (await candidatesOf(tx, call.academicYear)).flatMap((student) => {
    const career: CareerFacts = {
      isStaff: student.isStaff,
      enrolment: {
        academicYear: call.academicYear,
        programmeType: student.programmeType as ProgrammeType,
        normalDurationYears: student.normalDurationYears,
        yearOfCourse: student.yearOfCourse,
        yearsBeyond: student.yearsBeyond,
        partTime: student.partTime,
        singleCourse: student.singleCourse,
        status: student.status as EnrolmentStatus,
      },
    };
    const judged = positions.map((position) => ({
      positionId: position.id,
      unitId: position.unitId,
      eligibility: eligibility({
        career,
        callAcademicYear: call.academicYear,
        admittedProgrammeTypes: position.admitted as ProgrammeType[],
        rules: rules.eligibility,
      }),
    }));
    const eligible = judged.filter((p) => p.eligibility.eligible);
    return eligible.length > 0 ? [{ student, career, eligible }] : [];
  });
  const chosen = shuffle(random, candidates);
  const drafts = Math.min(DRAFTS, Math.floor(chosen.length / 10));
  const submitted = Math.min(SUBMITTED, chosen.length - drafts);
  const maxPositions = rules.maxPositionsPerCandidate ?? 2;

  const choose = (candidate: (typeof candidates)[number]) => {
    const home = candidate.student.departmentId ?? candidate.student.programmeUnitId;
    const own = candidate.eligible.filter((p) => p.unitId === home);
    const ordered = shuffle(random, candidate.eligible);
    const first = own.length > 0 && random() < 0.7 ? pick(random, own) : (ordered[0] as (typeof ordered)[0]);
    const rest = ordered.filter((p) => p.positionId !== first.positionId);
    const count = Math.min(maxPositions, 1 + (random() < 0.5 ? 1 : 0), 1 + rest.length);
    return [first, ...rest.slice(0, count - 1)];
  };
  const criteriaOf = (programmeType: string) =>
    titleCriteria(
      rules.rubrics.filter((rubric) =>
        rubric.candidateKinds.includes(candidateKindOf(programmeType as ProgrammeType)),
      ),
    ).map((criterion) => criterion.id);

  // Confirmation instants spread from the opening to half an hour ago, in order, so numbers follow time.
  const span = Math.max(0, now.getTime() - 30 * 60_000 - call.opensAt.getTime());
  const instants = Array.from(
    { length: submitted },
    () => new Date(call.opensAt.getTime() + Math.floor(random() * span)),
  ).sort((a, b) => a.getTime() - b.getTime());
  const perYear = new Map<number, number>();
  for (const at of instants) {
    const year = Number(romeDate(at).slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const nextNumber = new Map<number, number>();
  for (const [year, count] of perYear) {
    const [counter] = await tx
      .insert(protocolCounters)
      .values({ year, lastNumber: count })
      .onConflictDoUpdate({
        target: protocolCounters.year,
        set: { lastNumber: sql`${protocolCounters.lastNumber} + ${count}` },
      })
      .returning({ lastNumber: protocolCounters.lastNumber });
    nextNumber.set(year, (counter?.lastNumber ?? count) - count + 1);
  }
  const withdrawn = new Set(shuffle(random, [...instants.keys()]).slice(0, Math.min(WITHDRAWN, submitted)));

  const tiePosition = positions.find((p) => p.activityType === DEMO_TIE_ACTIVITY);
  /** Confirmed candidates of the tie's position, in protocol order, with their application row. */
  const tieGroup: Array<{ candidate: (typeof candidates)[number]; row: number }> = [];
  const applicationRows: Array<typeof applications.$inferInsert> = [];
  const positionRows: Array<typeof applicationPositions.$inferInsert> = [];
  const attachmentRows: Array<typeof applicationAttachments.$inferInsert> = [];
  const auditRows: Array<typeof auditLog.$inferInsert> = [];
  chosen.slice(0, submitted + drafts).forEach((candidate, index) => {
    const { student } = candidate;
    const id = randomUUID();
    const picked = choose(candidate);
    const isDraft = index >= submitted;
    const confirmedAt = isDraft ? null : (instants[index] as Date);
    const createdAt = confirmedAt
      ? new Date(confirmedAt.getTime() - (10 + Math.floor(random() * 110)) * 60_000)
      : new Date(call.opensAt.getTime() + Math.floor(random() * span));
    const withdrawnAt =
      confirmedAt && withdrawn.has(index)
        ? new Date(confirmedAt.getTime() + Math.floor(random() * (now.getTime() - confirmedAt.getTime())))
        : null;
    let protocolNumber: string | null = null;
    if (confirmedAt) {
      const year = Number(romeDate(confirmedAt).slice(0, 4));
      const number = nextNumber.get(year) ?? 1;
      nextNumber.set(year, number + 1);
      protocolNumber = formatProtocolNumber(year, number);
    }
    applicationRows.push({
      id,
      callId: call.id,
      studentId: student.personId,
      status: withdrawnAt ? 'withdrawn' : confirmedAt ? 'confirmed' : 'draft',
      declaredTitles: declaredTitlesFor(random, criteriaOf(student.programmeType)),
      contactEmail: student.email,
      eligibilitySnapshot: confirmedAt
        ? ({
            career: candidate.career,
            positions: picked.map((p) => ({ positionId: p.positionId, eligibility: p.eligibility })),
          } as unknown as Record<string, unknown>)
        : null,
      protocolNumber,
      confirmedAt,
      confirmKey: confirmedAt ? `demo-${randomUUID()}` : null,
      callVersion: confirmedAt ? call.version : null,
      withdrawnAt,
      createdAt,
      updatedAt: withdrawnAt ?? confirmedAt ?? createdAt,
    });
    if (
      confirmedAt &&
      !withdrawnAt &&
      student.programmeType !== 'PHD' &&
      picked.some((p) => p.positionId === tiePosition?.id)
    )
      tieGroup.push({ candidate, row: applicationRows.length - 1 });
    for (const [preference, position] of picked.entries())
      positionRows.push({ applicationId: id, positionId: position.positionId, preference: preference + 1 });
    if (confirmedAt || random() < 0.5) {
      const content = demoIdentityPdf(`${student.givenName} ${student.familyName}`);
      attachmentRows.push({
        applicationId: id,
        kind: 'identity-document',
        fileName: 'documento-identita.pdf',
        contentType: 'application/pdf',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploadedAt: new Date(createdAt.getTime() + 5 * 60_000),
      });
    }
    const audit = { actorId: student.personId, entityType: 'application', entityId: id };
    auditRows.push({ ...audit, event: 'application.created', at: createdAt });
    if (confirmedAt)
      auditRows.push({ ...audit, event: 'application.confirmed', data: { protocolNumber }, at: confirmedAt });
    if (withdrawnAt) auditRows.push({ ...audit, event: 'application.withdrawn', at: withdrawnAt });
  });
  if (applicationRows.length === 0) return;
  // The tie: the second candidate of the group (one with no application elsewhere, of the same kind of programme if
  // there is one) gets the first one's career; the committee scores make the rest.
  const elsewhere = new Set(
    (await tx.select({ id: applications.studentId }).from(applications)).map((row) => row.id),
  );
  const [model, ...rest] = tieGroup;
  const free = rest.filter((t) => !elsewhere.has(t.candidate.student.personId));
  const twin =
    free.find((t) => t.candidate.student.programmeType === model?.candidate.student.programmeType) ?? free[0];
  if (model && twin) {
    await copyCareer(
      tx,
      model.candidate.student.personId,
      twin.candidate.student.personId,
      call.academicYear,
    );
    const row = applicationRows[twin.row];
    const snapshot = row?.eligibilitySnapshot as { career: CareerFacts } | null | undefined;
    if (row && snapshot) row.eligibilitySnapshot = { ...snapshot, career: model.candidate.career };
  }
  await tx.insert(applications).values(applicationRows);
  await tx.insert(applicationPositions).values(positionRows);
  if (attachmentRows.length > 0) await tx.insert(applicationAttachments).values(attachmentRows);
  await tx.insert(auditLog).values(auditRows);
};
