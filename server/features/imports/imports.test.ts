import { count, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExamRow,
  buildProgrammeRow,
  buildStudentRow,
  buildStudyPlanRow,
  csvOf,
  type ExportRow,
} from '../../../domain/careers/builders.ts';
import {
  auditLog,
  degreeProgrammes,
  enrolments,
  exams,
  importJobs,
  people,
  specialCategoryData,
  students,
  studyPlanItems,
} from '../../db/schema/index.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { runDueJobs } from '../../jobs/worker.ts';
import { startTestApp, type TestApp, TestClient } from '../../test/app.ts';
import { testBackends } from '../../test/database.ts';
import { multipartBody } from '../../test/multipart.ts';

const xlsxOf = async (
  rows: ExportRow[],
  cellValue?: (column: string, value: string) => ExcelJS.CellValue,
) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  const header = Object.keys(rows[0] ?? {});
  sheet.addRow(header);
  for (const row of rows)
    sheet.addRow(header.map((column) => (cellValue ? cellValue(column, row[column] ?? '') : row[column])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describe.each(testBackends())('careers import on %s', (backend) => {
  let t: TestApp;
  let office: TestClient;

  const upload = (client: TestClient, kind: string, name: string, content: Buffer | string, lang = 'it') => {
    const body = multipartBody({ kind }, [{ name, content }]);
    return client.request({
      method: 'POST',
      url: '/api/imports',
      payload: body.payload,
      headers: { ...body.headers, 'accept-language': lang },
    });
  };

  /** Uploads, runs the queued job as the worker would, and returns the finished import. */
  const runImport = async (kind: string, name: string, content: Buffer | string, lang = 'it') => {
    const posted = await upload(office, kind, name, content, lang);
    expect(posted.statusCode).toBe(202);
    expect(posted.json()).toMatchObject({
      status: 'queued',
      processedRows: 0,
      totalRows: null,
      report: null,
    });
    await runDueJobs(t.ctx, jobHandlers);
    const finished = await office.get(`/api/imports/${posted.json().id}`);
    expect(finished.statusCode).toBe(200);
    return finished.json();
  };

  const importCount = async () => (await t.ctx.database.db.select({ n: count() }).from(importJobs))[0]?.n;

  beforeAll(async () => {
    t = await startTestApp(backend);
    office = new TestClient(t.app, '10.1.0.1');
    expect((await office.login('ufficio')).statusCode).toBe(200);
    const programmes = await runImport(
      'programmes',
      'corsi.csv',
      csvOf([
        buildProgrammeRow({ CDS_COD: 'T-LM-INF', DIP_RIF_COD: '' }),
        buildProgrammeRow({
          CDS_COD: 'T-L-MEC',
          CDS_DES: 'Ingegneria Meccanica',
          TIPO_CORSO: 'L',
          DURATA_ANNI: '3',
          DIP_COD: 'DMMM',
        }),
        buildProgrammeRow({
          CDS_COD: 'T-DR',
          CDS_DES: 'Dottorato in Ingegneria Elettrica e dell’Informazione',
          TIPO_CORSO: 'DR',
          DURATA_ANNI: '3',
          DIP_COD: 'SCUDO',
          DIP_RIF_COD: 'DEI',
        }),
      ]),
    );
    expect(programmes).toMatchObject({ status: 'succeeded', report: { written: 3, errorCount: 0 } });
  });
  afterAll(async () => t?.close());

  it('imports students from a semicolon CSV, all in one go, with progress and an audit trail', async () => {
    const rows = [
      buildStudentRow({ MATRICOLA: '710001', CDS_COD: 'T-LM-INF', DISABILITA: 'S' }),
      buildStudentRow({
        MATRICOLA: '710002',
        NOME: 'Lucia',
        COGNOME: 'Dell’Olio',
        EMAIL: 'l.dellolio@studenti.poliba.it',
        CODICE_FISCALE: '',
        CDS_COD: 'T-L-MEC',
        ANNO_CORSO: '3',
        ANNI_FUORI_CORSO: '1',
        PART_TIME: 'SI',
        VOTO_LAUREA_TRIENNALE: '',
      }),
    ];
    const done = await runImport('students', 'studenti.csv', `\uFEFF${csvOf(rows)}\r\n\r\n`);
    expect(done).toMatchObject({
      kind: 'students',
      fileName: 'studenti.csv',
      status: 'succeeded',
      totalRows: 2,
      processedRows: 2,
      report: {
        written: 2,
        rowCount: 2,
        errorCount: 0,
        errors: [],
        message: expect.stringContaining('2 righe'),
      },
    });
    const { db } = t.ctx.database;
    const stored = await db
      .select({ number: students.studentNumber, personId: students.personId, familyName: people.familyName })
      .from(students)
      .innerJoin(people, eq(people.id, students.personId))
      .where(inArray(students.studentNumber, ['710001', '710002']))
      .orderBy(students.studentNumber);
    expect(stored.map((s) => [s.number, s.familyName])).toEqual([
      ['710001', 'Rossi'],
      ['710002', 'Dell’Olio'],
    ]);
    const [lucia] = await db
      .select()
      .from(enrolments)
      .where(eq(enrolments.studentId, stored[1]?.personId ?? ''));
    expect(lucia).toMatchObject({ academicYear: 2025, yearOfCourse: 3, yearsBeyond: 1, partTime: true });
    const special = await db
      .select()
      .from(specialCategoryData)
      .where(
        inArray(
          specialCategoryData.personId,
          stored.map((s) => s.personId),
        ),
      );
    // Kept only where there is something to say: Lucia's "N, N" stores no row.
    expect(special.map((s) => [s.personId, s.disability, s.dsa])).toEqual([
      [stored[0]?.personId, true, false],
    ]);
    const events = await db
      .select({ event: auditLog.event })
      .from(auditLog)
      .where(eq(auditLog.entityId, done.id))
      .orderBy(auditLog.at);
    expect(events.map((e) => e.event)).toEqual(['import.requested', 'import.completed']);
    // The uploaded file is not kept once imported.
    const [job] = await db
      .select({ file: importJobs.file })
      .from(importJobs)
      .where(eq(importJobs.id, done.id));
    expect(job?.file).toBeNull();
  });

  it('imports exams from an XLSX with real dates and numbers in the cells', async () => {
    const rows = [
      buildExamRow({ MATRICOLA: '710001', COD_INSEGNAMENTO: 'SD', VOTO: '28', DATA_ESAME: '2026-01-20' }),
      buildExamRow({ MATRICOLA: '710001', COD_INSEGNAMENTO: 'ENG', VOTO: 'IDO', DATA_ESAME: '2025-09-10' }),
      buildExamRow({
        MATRICOLA: '710001',
        COD_INSEGNAMENTO: 'AN',
        VOTO: '30',
        LODE: 'S',
        DATA_ESAME: '2025-07-01',
      }),
    ];
    const file = await xlsxOf(rows, (column, value) => {
      if (column === 'DATA_ESAME') return new Date(`${value}T00:00:00Z`);
      if (['CFU', 'MATRICOLA'].includes(column) || (column === 'VOTO' && /^\d+$/.test(value)))
        return Number(value);
      return value;
    });
    const done = await runImport('exams', 'esami.xlsx', file);
    expect(done).toMatchObject({ status: 'succeeded', report: { written: 3 } });
    const stored = await t.ctx.database.db
      .select({
        code: exams.courseCode,
        grade: exams.grade,
        honours: exams.honours,
        passedOn: exams.passedOn,
      })
      .from(exams)
      .innerJoin(students, eq(students.personId, exams.studentId))
      .where(eq(students.studentNumber, '710001'))
      .orderBy(exams.courseCode);
    expect(stored).toEqual([
      { code: 'AN', grade: 30, honours: true, passedOn: '2025-07-01' },
      { code: 'ENG', grade: null, honours: false, passedOn: '2025-09-10' },
      { code: 'SD', grade: 28, honours: false, passedOn: '2026-01-20' },
    ]);
  });

  it('replaces a study plan and updates a student on a second import, without duplicates', async () => {
    const plan = (codes: string[]) =>
      csvOf(
        codes.map((code) => buildStudyPlanRow({ MATRICOLA: '710001', COD_INSEGNAMENTO: code })),
        ',',
      );
    expect(await runImport('study-plans', 'piani.csv', plan(['SD', 'AN', 'RETI']))).toMatchObject({
      status: 'succeeded',
    });
    expect(await runImport('study-plans', 'piani.csv', plan(['SD', 'AN', 'IA']))).toMatchObject({
      status: 'succeeded',
    });
    const { db } = t.ctx.database;
    const items = await db
      .select({ code: studyPlanItems.courseCode })
      .from(studyPlanItems)
      .innerJoin(students, eq(students.personId, studyPlanItems.studentId))
      .where(eq(students.studentNumber, '710001'))
      .orderBy(studyPlanItems.courseCode);
    expect(items.map((i) => i.code)).toEqual(['AN', 'IA', 'SD']);

    // Without the DISABILITA and DSA columns the special-category data stays as it was.
    const {
      DISABILITA: _d,
      DSA: _s,
      ...row
    } = buildStudentRow({ MATRICOLA: '710001', CDS_COD: 'T-LM-INF', NOME: 'Mario Giuseppe' });
    expect(await runImport('students', 'studenti.csv', csvOf([row]))).toMatchObject({ status: 'succeeded' });
    const mario = await db
      .select({ givenName: people.givenName, personId: people.id })
      .from(students)
      .innerJoin(people, eq(people.id, students.personId))
      .where(eq(students.studentNumber, '710001'));
    expect(mario.map((m) => m.givenName)).toEqual(['Mario Giuseppe']);
    const [special] = await db
      .select()
      .from(specialCategoryData)
      .where(eq(specialCategoryData.personId, mario[0]?.personId ?? ''));
    expect(special?.disability).toBe(true);
  });

  it('reads a latin1 CSV with commas as an office PC writes it', async () => {
    const text = csvOf(
      [
        buildStudentRow({
          MATRICOLA: '710003',
          COGNOME: 'Niccolò',
          NOME: 'Zoë',
          EMAIL: 'z.niccolo@poliba.it',
          CODICE_FISCALE: '',
          CDS_COD: 'T-DR',
        }),
      ],
      ',',
    );
    const done = await runImport('students', 'export.csv', Buffer.from(text, 'latin1'));
    expect(done.status).toBe('succeeded');
    const [stored] = await t.ctx.database.db
      .select({ familyName: people.familyName, givenName: people.givenName })
      .from(students)
      .innerJoin(people, eq(people.id, students.personId))
      .where(eq(students.studentNumber, '710003'));
    expect(stored).toEqual({ familyName: 'Niccolò', givenName: 'Zoë' });
  });

  it('writes nothing when one row is bad, and names its row and column', async () => {
    const rows = [
      buildStudentRow({ MATRICOLA: '720001', EMAIL: 'a@poliba.it', CODICE_FISCALE: '', CDS_COD: 'T-LM-INF' }),
      buildStudentRow({
        MATRICOLA: '720002',
        EMAIL: 'b@poliba.it',
        CODICE_FISCALE: '',
        CDS_COD: 'T-LM-INF',
        DATA_NASCITA: '31/02/2001',
      }),
      buildStudentRow({ MATRICOLA: '720003', EMAIL: 'c@poliba.it', CODICE_FISCALE: '', CDS_COD: 'T-LM-INF' }),
    ];
    const done = await runImport('students', 'studenti.csv', csvOf(rows));
    expect(done).toMatchObject({
      status: 'rejected',
      totalRows: 3,
      processedRows: 3,
      report: {
        written: 0,
        errorCount: 1,
        errors: [
          {
            row: 3,
            column: 'DATA_NASCITA',
            code: 'bad-date',
            message: 'Data non valida: "31/02/2001" (usa gg/mm/aaaa o aaaa-mm-gg).',
          },
        ],
        message: expect.stringContaining('Nessun dato è stato modificato'),
      },
    });
    const written = await t.ctx.database.db
      .select({ n: count() })
      .from(students)
      .where(inArray(students.studentNumber, ['720001', '720002', '720003']));
    expect(written[0]?.n).toBe(0);
    // The report is rendered in the reader's language, whenever it is read.
    expect((await office.patch('/api/me/preferences', { locale: 'en' })).statusCode).toBe(204);
    const english = await office.get(`/api/imports/${done.id}`);
    expect((await office.patch('/api/me/preferences', { locale: 'it' })).statusCode).toBe(204);
    expect(english.json().report.errors[0].message).toBe(
      'Invalid date: "31/02/2001" (use dd/mm/yyyy or yyyy-mm-dd).',
    );
  });

  it('stores the ISEE typed in euros as cents and the PhD scholarship, and refuses bad ones at their cell', async () => {
    const rows = [
      buildStudentRow({
        MATRICOLA: '740001',
        EMAIL: 'isee1@poliba.it',
        CODICE_FISCALE: '',
        CDS_COD: 'T-LM-INF',
        ISEE: '12.345,67',
        BORSA_DOTTORATO: '',
      }),
      buildStudentRow({
        MATRICOLA: '740002',
        EMAIL: 'isee2@poliba.it',
        CODICE_FISCALE: '',
        CDS_COD: 'T-DR',
        ISEE: '',
        BORSA_DOTTORATO: 'sì',
      }),
    ];
    expect(await runImport('students', 'studenti.csv', csvOf(rows))).toMatchObject({ status: 'succeeded' });
    const stored = async () =>
      (
        await t.ctx.database.db
          .select({
            number: students.studentNumber,
            isee: students.iseeCents,
            scholarship: students.phdScholarship,
          })
          .from(students)
          .where(inArray(students.studentNumber, ['740001', '740002']))
          .orderBy(students.studentNumber)
      ).map((s) => [s.number, s.isee, s.scholarship]);
    expect(await stored()).toEqual([
      ['740001', 1_234_567, null],
      ['740002', null, true],
    ]);

    const bad = [
      { ...rows[0], ISEE: '12.34,5' },
      { ...rows[1], BORSA_DOTTORATO: 'forse' },
    ] as ExportRow[];
    const refused = await runImport('students', 'studenti.csv', csvOf(bad));
    expect(refused).toMatchObject({
      status: 'rejected',
      report: {
        written: 0,
        errors: [
          {
            row: 2,
            column: 'ISEE',
            code: 'bad-amount',
            message:
              'Importo in euro non valido: "12.34,5" (scrivi ad esempio 12.345,67; al massimo 1.000.000,00).',
          },
          { row: 3, column: 'BORSA_DOTTORATO', code: 'bad-boolean' },
        ],
      },
    });
    // Nothing changed.
    expect(await stored()).toEqual([
      ['740001', 1_234_567, null],
      ['740002', null, true],
    ]);
  });

  it('refuses an unknown programme and repeated student numbers, writing nothing', async () => {
    const rows = [
      buildStudentRow({ MATRICOLA: '730001', EMAIL: 'd@poliba.it', CODICE_FISCALE: '', CDS_COD: 'LM-NOPE' }),
      buildStudentRow({ MATRICOLA: '730002', EMAIL: 'e@poliba.it', CODICE_FISCALE: '', CDS_COD: 'T-LM-INF' }),
      buildStudentRow({ MATRICOLA: '730002', EMAIL: 'f@poliba.it', CODICE_FISCALE: '', CDS_COD: 'T-LM-INF' }),
    ];
    const done = await runImport('students', 'studenti.csv', csvOf(rows));
    expect(done.status).toBe('rejected');
    expect(
      done.report.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
    ).toEqual([[4, 'MATRICOLA', 'duplicate-student-number']]);
    // Row checks come first; once rows are clean, references are checked.
    const again = await runImport('students', 'studenti.csv', csvOf(rows.slice(0, 2)));
    expect(again.report.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'CDS_COD',
        code: 'unknown-programme',
        message: expect.stringContaining('LM-NOPE'),
      }),
    ]);
    const written = await t.ctx.database.db
      .select({ n: count() })
      .from(students)
      .where(inArray(students.studentNumber, ['730001', '730002']));
    expect(written[0]?.n).toBe(0);
  });

  it('refuses a file with the wrong columns, and says which kind it looks like', async () => {
    const done = await runImport('exams', 'piani.csv', csvOf([buildStudyPlanRow({ MATRICOLA: '710001' })]));
    expect(done.status).toBe('rejected');
    const codes = done.report.errors.map((e: { column: string; code: string }) => `${e.code}:${e.column}`);
    expect(codes).toEqual([
      'looks-like-kind:null',
      'unknown-column:ANNO_CORSO',
      'unknown-column:SEMESTRE',
      'missing-column:VOTO',
      'missing-column:DATA_ESAME',
    ]);
    expect(done.report.errors[0].message).toContain('piani di studio');
  });

  it('refuses exams of unknown student numbers', async () => {
    const done = await runImport('exams', 'esami.csv', csvOf([buildExamRow({ MATRICOLA: '999999' })]));
    expect(done.report.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'MATRICOLA', code: 'unknown-student' }),
    ]);
  });

  it('refuses a 50 MB file with a clear 413 and stores nothing', async () => {
    const before = await importCount();
    const big = Buffer.alloc(50 * 1024 * 1024, 'MATRICOLA;COGNOME\n');
    const reply = await upload(office, 'students', 'enorme.csv', big);
    expect(reply.statusCode).toBe(413);
    expect(reply.json()).toMatchObject({
      kind: 'file-too-large',
      title: 'Il file supera la dimensione massima consentita (20 MB): dividilo in più file.',
    });
    expect(await importCount()).toBe(before);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'sembra un documento PDF'],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'sembra un’immagine'],
  ])('refuses %s renamed .csv as not a spreadsheet, storing nothing', async (_what, content, detail) => {
    const before = await importCount();
    const reply = await upload(office, 'students', 'studenti.csv', content);
    expect(reply.statusCode).toBe(422);
    expect(reply.json().kind).toBe('not-a-spreadsheet');
    expect(reply.json().title).toContain('Il file non è un foglio di calcolo (CSV o XLSX)');
    expect(reply.json().title).toContain(detail);
    expect(await importCount()).toBe(before);
  });

  it('refuses an upload without a file or with an unknown kind, naming the field', async () => {
    const noFile = multipartBody({ kind: 'students' });
    const reply = await office.request({ method: 'POST', url: '/api/imports', ...noFile });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().issues[0].field).toBe('file');
    const badKind = await upload(office, 'voti', 'a.csv', 'A;B\n1;2');
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().issues[0].field).toBe('kind');
    const json = await office.post('/api/imports', { kind: 'students' });
    expect(json.statusCode).toBe(400);
  });

  it('lets only the office import and read imports', async () => {
    for (const username of ['studente', 'referente', 'admin']) {
      const client = new TestClient(t.app, `10.1.1.${username.length}`);
      expect((await client.login(username)).statusCode).toBe(200);
      const reply = await upload(client, 'students', 'studenti.csv', csvOf([buildStudentRow()]));
      expect(reply.statusCode).toBe(403);
      expect((await client.get('/api/imports')).statusCode).toBe(403);
    }
    const list = await office.get('/api/imports');
    expect(list.statusCode).toBe(200);
    expect(list.json().length).toBeGreaterThan(5);
    const [latest] = await t.ctx.database.db
      .select({ n: count() })
      .from(degreeProgrammes)
      .where(eq(degreeProgrammes.code, 'T-DR'));
    expect(latest?.n).toBe(1);
  });
});
