import type { AllocationBody, Funding, FundingBody, Project, ProjectBody } from '../../../api/funding.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { FieldIssue } from '../../../domain/errors.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { splitProportionally } from '../../../domain/funding/split.ts';
import { sumCents } from '../../../domain/money/cents.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { Locale } from '../../i18n/locale.ts';
import {
  allocationsOf,
  committedByFunding,
  enrolledByUnit,
  existingUnits,
  findFunding,
  insertFunding,
  insertProject,
  listFunding,
  listProjects,
  lockProject,
  type ProjectRow,
  replaceAllocations,
  updateProject,
} from './repository.ts';

export interface FundingRequest {
  ctx: AppContext;
  principal: Principal;
  locale: Locale;
}

const TEXTS = {
  'allocation-total': {
    it: 'La somma delle quote deve essere uguale all’importo del finanziamento.',
    en: 'The shares must add up to the amount of the funding.',
  },
  'unknown-unit': { it: 'Struttura inesistente.', en: 'Unknown unit.' },
  'duplicate-unit': { it: 'La struttura compare due volte.', en: 'The unit appears twice.' },
  'not-own-unit': {
    it: 'Puoi proporre progetti solo per la tua struttura.',
    en: 'You can propose projects only for your own unit.',
  },
  'period-order': {
    it: 'La fine del periodo deve seguire l’inizio.',
    en: 'The period must end after it starts.',
  },
  'not-draft': {
    it: 'Il progetto è già stato presentato.',
    en: 'The project has already been submitted.',
  },
  'not-submitted': {
    it: 'Si decide solo su un progetto presentato.',
    en: 'Only a submitted project can be decided.',
  },
  'note-required': {
    it: 'Indica il motivo del rigetto.',
    en: 'Give the reason for the rejection.',
  },
} as const;
const text = (key: keyof typeof TEXTS, locale: Locale) => TEXTS[key][locale];
const invalid = (issues: FieldIssue[]) => new DomainFailure({ kind: 'invalid-input', issues });

export const listFundingWithAmounts = async (ctx: AppContext): Promise<Funding[]> => {
  const db = ctx.database.db;
  const rows = await listFunding(db);
  const committed = await committedByFunding(db);
  const allocations = await allocationsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const used = committed.get(row.id) ?? 0;
    return {
      id: row.id,
      source: row.source,
      title: row.title,
      year: row.year,
      amountCents: row.amountCents,
      reference: row.reference,
      committedCents: used,
      remainingCents: row.amountCents - used,
      allocations: allocations
        .filter((a) => a.assignmentId === row.id)
        .map(({ assignmentId: _, ...a }) => ({ ...a, method: a.method as 'manual' | 'proportional' })),
    };
  });
};

const fundingById = async (ctx: AppContext, id: string): Promise<Funding> => {
  const found = (await listFundingWithAmounts(ctx)).find((f) => f.id === id);
  if (!found) throw new DomainFailure({ kind: 'not-found', entity: 'funding' });
  return found;
};

export const createFunding = async (request: FundingRequest, body: FundingBody): Promise<Funding> => {
  const { ctx, principal } = request;
  const at = ctx.clock.now();
  const id = await ctx.database.db.transaction(async (tx) => {
    const fundingId = await insertFunding(tx, { ...body, createdBy: principal.personId, createdAt: at });
    await writeAudit(tx, {
      at,
      event: 'funding.created',
      actorId: principal.personId,
      entityType: 'funding',
      entityId: fundingId,
      data: { title: body.title, amountCents: body.amountCents, year: body.year },
    });
    return fundingId;
  });
  return fundingById(ctx, id);
};

/**
 * Splits an assignment across units: by hand (the shares must add up to the amount, to the cent) or in
 * proportion to the students enrolled in the academic year in each unit's programmes, with the largest-remainder
 * method (seed 002: Tor Vergata divides by enrolled students).
 */
export const allocateFunding = async (
  request: FundingRequest,
  id: string,
  body: AllocationBody,
): Promise<Funding> => {
  const { ctx, principal, locale } = request;
  const db = ctx.database.db;
  const funding = await findFunding(db, id);
  if (!funding) throw new DomainFailure({ kind: 'not-found', entity: 'funding' });
  const unitIds = body.method === 'manual' ? body.shares.map((s) => s.unitId) : body.unitIds;
  const field = body.method === 'manual' ? 'shares' : 'unitIds';
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  unitIds.forEach((unitId, index) => {
    if (seen.has(unitId))
      issues.push({
        field: `${field}.${index}`,
        code: 'duplicate-unit',
        message: text('duplicate-unit', locale),
      });
    seen.add(unitId);
  });
  const known = new Set((await existingUnits(db, unitIds)).map((u) => u.id));
  unitIds.forEach((unitId, index) => {
    if (!known.has(unitId))
      issues.push({
        field: `${field}.${index}`,
        code: 'unknown-unit',
        message: text('unknown-unit', locale),
      });
  });
  if (body.method === 'manual' && sumCents(body.shares.map((s) => s.amountCents)) !== funding.amountCents)
    issues.push({ field: 'shares', code: 'allocation-total', message: text('allocation-total', locale) });
  if (issues.length > 0) throw invalid(issues);

  let shares: Array<{ unitId: string; amountCents: number; method: string; basis: number | null }>;
  if (body.method === 'manual') {
    shares = body.shares.map((s) => ({ ...s, method: 'manual', basis: null }));
  } else {
    const enrolled = await enrolledByUnit(db, body.academicYear, body.unitIds);
    shares = splitProportionally(
      funding.amountCents,
      body.unitIds.map((unitId) => ({ key: unitId, weight: enrolled.get(unitId) ?? 0 })),
    ).map((share) => ({
      unitId: share.key,
      amountCents: share.cents,
      method: 'proportional',
      basis: share.weight,
    }));
  }
  const at = ctx.clock.now();
  await db.transaction(async (tx) => {
    await replaceAllocations(tx, id, shares);
    await writeAudit(tx, {
      at,
      event: 'funding.allocated',
      actorId: principal.personId,
      entityType: 'funding',
      entityId: id,
      data: {
        method: body.method,
        shares: shares.map((s) => ({ unitId: s.unitId, amountCents: s.amountCents })),
      },
    });
  });
  return fundingById(ctx, id);
};

const projectOf = (row: ProjectRow, unitCode: string): Project => ({
  id: row.id,
  unitId: row.unitId,
  unitCode,
  responsibleId: row.responsibleId,
  title: row.title,
  objectives: row.objectives,
  activities: row.activities,
  tutorsRequested: row.tutorsRequested,
  hoursRequested: row.hoursRequested,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  expectedStudents: row.expectedStudents,
  indicators: row.indicators,
  allocationId: row.allocationId,
  status: row.status as Project['status'],
  decisionNote: row.decisionNote,
  decidedAt: row.decidedAt?.toISOString() ?? null,
});

/** The units a supervisor proposes for: those of their supervisor role; null for university-wide readers. */
const supervisedUnits = (principal: Principal): string[] =>
  principal.roles.filter((r) => r.role === 'supervisor' && r.unitId).map((r) => r.unitId as string);

const isUniversityWide = (principal: Principal) =>
  principal.roles.some((r) => r.role === 'tutoring-office' || r.role === 'university-commission');

export const projectsFor = async (ctx: AppContext, principal: Principal): Promise<Project[]> => {
  const scope = isUniversityWide(principal) ? null : supervisedUnits(principal);
  if (scope && scope.length === 0) return [];
  const rows = await listProjects(ctx.database.db, scope);
  return rows.map((r) => projectOf(r.project, r.unitCode));
};

const projectById = async (ctx: AppContext, id: string): Promise<Project> => {
  const rows = await listProjects(ctx.database.db, null);
  const found = rows.find((r) => r.project.id === id);
  if (!found) throw new DomainFailure({ kind: 'not-found', entity: 'project' });
  return projectOf(found.project, found.unitCode);
};

/** A supervisor drafts a tutoring project for their own unit (seed 001 art. 6). */
export const proposeProject = async (request: FundingRequest, body: ProjectBody): Promise<Project> => {
  const { ctx, principal, locale } = request;
  const issues: FieldIssue[] = [];
  if (!supervisedUnits(principal).includes(body.unitId))
    issues.push({ field: 'unitId', code: 'not-own-unit', message: text('not-own-unit', locale) });
  if (body.periodEnd <= body.periodStart)
    issues.push({ field: 'periodEnd', code: 'period-order', message: text('period-order', locale) });
  if (issues.length > 0) throw invalid(issues);
  const at = ctx.clock.now();
  const id = await ctx.database.db.transaction(async (tx) => {
    const projectId = await insertProject(tx, { ...body, responsibleId: principal.personId, createdAt: at });
    await writeAudit(tx, {
      at,
      event: 'project.created',
      actorId: principal.personId,
      entityType: 'project',
      entityId: projectId,
      data: { unitId: body.unitId, title: body.title },
    });
    return projectId;
  });
  return projectById(ctx, id);
};

export const submitProject = async (request: FundingRequest, id: string): Promise<Project> => {
  const { ctx, principal, locale } = request;
  const at = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockProject(tx, id);
    if (!row || !supervisedUnits(principal).includes(row.unitId))
      throw new DomainFailure({ kind: 'not-found', entity: 'project' });
    if (row.status !== 'draft')
      throw new DomainFailure({ kind: 'conflict', detail: text('not-draft', locale) });
    await updateProject(tx, id, { status: 'submitted' });
    await writeAudit(tx, {
      at,
      event: 'project.submitted',
      actorId: principal.personId,
      entityType: 'project',
      entityId: id,
    });
  });
  return projectById(ctx, id);
};

/** The university commission approves or rejects a submitted project, with a note (required to reject). */
export const decideProject = async (
  request: FundingRequest,
  id: string,
  decision: 'approved' | 'rejected',
  note: string,
): Promise<Project> => {
  const { ctx, principal, locale } = request;
  if (decision === 'rejected' && note.trim() === '')
    throw invalid([{ field: 'note', code: 'required', message: text('note-required', locale) }]);
  const at = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockProject(tx, id);
    if (!row) throw new DomainFailure({ kind: 'not-found', entity: 'project' });
    if (row.status !== 'submitted')
      throw new DomainFailure({ kind: 'conflict', detail: text('not-submitted', locale) });
    await updateProject(tx, id, {
      status: decision,
      decidedBy: principal.personId,
      decidedAt: at,
      decisionNote: note.trim() || null,
    });
    await writeAudit(tx, {
      at,
      event: decision === 'approved' ? 'project.approved' : 'project.rejected',
      actorId: principal.personId,
      entityType: 'project',
      entityId: id,
      reason: note.trim() || null,
    });
  });
  return projectById(ctx, id);
};
