import { IdParamsSchema } from '../../../api/common.ts';
import {
  CareerSchema,
  ProgrammeListSchema,
  type StudentSummary,
  StudentsExportQuerySchema,
  StudentsPageSchema,
  StudentsQuerySchema,
} from '../../../api/students.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { descendantsOf } from '../../../domain/units/tree.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { App } from '../../http/app-types.ts';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../http/xlsx.ts';
import { type Locale, requestLocale } from '../../i18n/locale.ts';
import { ensureStudentVisible, readCareer, visibleStudentUnits } from './career.ts';
import {
  exportStudents,
  listProgrammes,
  listStudents,
  listUnitTree,
  type StudentFilter,
} from './repository.ts';

const filterFor = async (
  db: DbOrTx,
  principal: Parameters<typeof visibleStudentUnits>[1],
  query: Omit<StudentFilter, 'visibleUnitIds' | 'unitIds'>,
): Promise<StudentFilter> => {
  const visibleUnitIds = await visibleStudentUnits(db, principal);
  const unitIds = query.unitId
    ? [query.unitId, ...descendantsOf(await listUnitTree(db), query.unitId)]
    : undefined;
  return { ...query, visibleUnitIds, ...(unitIds ? { unitIds } : {}) };
};

const yesNo = (value: boolean | null, locale: Locale) =>
  value === null ? '' : value ? (locale === 'it' ? 'Sì' : 'Yes') : 'No';

const exportColumns = (locale: Locale): XlsxColumn<StudentSummary>[] => {
  const it = locale === 'it';
  return [
    { header: it ? 'Matricola' : 'Student number', width: 12, value: (s) => s.studentNumber },
    { header: it ? 'Cognome' : 'Family name', value: (s) => s.familyName },
    { header: it ? 'Nome' : 'Given name', value: (s) => s.givenName },
    { header: it ? 'Codice corso' : 'Programme code', width: 12, value: (s) => s.programmeCode },
    { header: it ? 'Corso di studio' : 'Degree programme', width: 40, value: (s) => s.programmeName },
    { header: it ? 'Tipo' : 'Type', width: 8, value: (s) => s.programmeType },
    { header: it ? 'Struttura' : 'Unit', width: 40, value: (s) => s.unitName },
    { header: it ? 'Anno di corso' : 'Year of course', width: 10, value: (s) => s.yearOfCourse },
    { header: it ? 'Anni fuori corso' : 'Years beyond', width: 10, value: (s) => s.yearsBeyond },
    { header: 'Part-time', width: 10, value: (s) => yesNo(s.partTime, locale) },
    { header: it ? 'CFU conseguiti' : 'Credits earned', width: 10, value: (s) => s.creditsEarned },
  ];
};

export const studentRoutes = async (app: App) => {
  const { ctx } = app;
  const { db } = ctx.database;

  app.get(
    '/api/programmes',
    {
      config: { access: 'students.read' },
      schema: { tags: ['students'], summary: 'Degree programmes', response: { 200: ProgrammeListSchema } },
    },
    async () => listProgrammes(db),
  );

  app.get(
    '/api/students',
    {
      config: { access: 'students.read' },
      schema: {
        tags: ['students'],
        summary: 'Students with their current enrolment; a supervisor sees those of their unit only',
        querystring: StudentsQuerySchema,
        response: { 200: StudentsPageSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      const { page, pageSize, ...query } = request.query;
      const filter = await filterFor(db, principal, query);
      const { items, total } = await listStudents(db, { ...filter, page, pageSize });
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/api/students.xlsx',
    {
      config: { access: 'students.read' },
      schema: {
        tags: ['students'],
        summary: 'The student list as an XLSX file, with the same filters',
        querystring: StudentsExportQuerySchema,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      const locale = requestLocale(request);
      const rows = await exportStudents(db, await filterFor(db, principal, request.query));
      const body = await buildXlsx(locale === 'it' ? 'Studenti' : 'Students', exportColumns(locale), rows);
      await writeAudit(db, {
        event: 'data-export.downloaded',
        actorId: principal.personId,
        entityType: 'students',
        entityId: null,
        data: { rows: rows.length, filters: request.query },
      });
      const day = ctx.clock.now().toISOString().slice(0, 10);
      return sendXlsx(reply, `${locale === 'it' ? 'studenti' : 'students'}-${day}.xlsx`, body);
    },
  );

  app.get(
    '/api/students/:id',
    {
      config: { access: 'students.read' },
      schema: {
        tags: ['students'],
        summary: 'A student’s career; special-category data only for the office and whom it grants (audited)',
        params: IdParamsSchema,
        response: { 200: CareerSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      await ensureStudentVisible(db, principal, request.params.id);
      const career = await db.transaction((tx) => readCareer(tx, request.params.id, principal));
      if (!career) throw new DomainFailure({ kind: 'not-found', entity: 'student' });
      return career;
    },
  );

  app.get(
    '/api/me/career',
    {
      config: { access: 'career.read-own' },
      schema: {
        tags: ['students'],
        summary: 'The signed-in student’s own career',
        response: { 200: CareerSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) throw new DomainFailure({ kind: 'not-authenticated' });
      const career = await readCareer(db, principal.personId, null);
      if (!career) throw new DomainFailure({ kind: 'no-career' });
      return career;
    },
  );
};
