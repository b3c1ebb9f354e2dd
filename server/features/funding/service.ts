import type {
  AllocationBody,
  AllocationShare,
  Funding,
  FundingBody,
  Project,
  ProjectBody,
  ProjectStatus,
} from '../../../api/funding.ts';
import { visibleUnits } from '../../../domain/access/permissions.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { FieldIssue } from '../../../domain/errors.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { splitProportionally } from '../../../domain/funding/split.ts';
import { sumCents } from '../../../domain/money/cents.ts';
import { descendantsOf } from '../../../domain/units/tree.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import {
  allocationsOf,
  commitmentsOf,
  enrolledByUnit,
  existingUnits,
  findAllocation,
  findFunding,
  insertFunding,
  insertProject,
  listFunding,
  listProjects,
  listUnitTree,
  lockProject,
  type ProjectRow,
  replaceAllocations,
  reservedByFunding,
  unitsWithFundedProjects,
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
    it: 'Puoi proporre progetti solo per la tua struttura o per le strutture che ne fanno parte.',
    en: 'You can propose projects only for your own unit or the units within it.',
  },
  'allocation-not-own': {
    it: 'Scegli una quota di finanziamento assegnata alla tua struttura.',
    en: 'Choose a funding share assigned to your unit.',
  },
  'allocation-in-use': {
    it: 'Questa struttura ha progetti finanziati con la sua quota: non può essere tolta dalla ripartizione.',
    en: 'Projects are funded from this unit’s share: it cannot be left out of the split.',
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

/**
 * The units whose funding shares a reader sees: null for university-wide roles, else a supervisor's unit and the
 * units within it.
 */
const unitScope = async (db: DbOrTx, principal: Principal, permission: 'funding.read' | 'projects.read') => {
  const tree = await listUnitTree(db);
  return visibleUnits(principal, permission, (id) => descendantsOf(tree, id));
};

/** The units a supervisor may propose projects for: their unit and every unit within it. */
const proposableUnits = async (db: DbOrTx, principal: Principal): Promise<string[]> => {
  const tree = await listUnitTree(db);
  return visibleUnits(principal, 'projects.propose', (id) => descendantsOf(tree, id)) ?? [];
};

/** Every assignment, or for a supervisor those with a share for their units, showing only those shares. */
export const fundingFor = async (ctx: AppContext, principal: Principal): Promise<Funding[]> => {
  const scope = await unitScope(ctx.database.db, principal, 'funding.read');
  const all = await listFundingWithAmounts(ctx);
  if (scope === null) return all;
  const visible = new Set(scope);
  return all
    .map((funding) => ({ ...funding, allocations: funding.allocations.filter((a) => visible.has(a.unitId)) }))
    .filter((funding) => funding.allocations.length > 0);
};

export const listFundingWithAmounts = async (ctx: AppContext): Promise<Funding[]> => {
  const db = ctx.database.db;
  const rows = await listFunding(db);
  const commitments = await commitmentsOf(db);
  const reserved = await reservedByFunding(db);
  const allocations = await allocationsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const mine = commitments.filter((c) => c.assignmentId === row.id);
    const committed = mine.reduce((sum, c) => sum + c.amountCents, 0);
    const reservedCents = reserved.get(row.id) ?? 0;
    // A call's reservation becomes a commitment when its ranking is approved: count whichever is larger, so a new
    // call is checked against what is really free (as the call editor does, calls/repository committedOnFunding).
    const used = Math.max(reservedCents, committed);
    return {
      id: row.id,
      source: row.source,
      title: row.title,
      year: row.year,
      amountCents: row.amountCents,
      reference: row.reference,
      reservedCents,
      committedCents: committed,
      remainingCents: row.amountCents - used,
      allocations: allocations
        .filter((a) => a.assignmentId === row.id)
        .map(({ assignmentId: _, ...a }) => ({ ...a, method: a.method as 'manual' | 'proportional' })),
      commitments: mine.map(({ assignmentId: _, committedAt, ...c }) => ({
        ...c,
        committedAt: committedAt.toISOString(),
      })),
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
 * The shares a split gives: by hand (they must add up to the amount, to the cent) or in proportion to the students
 * enrolled in the academic year in each unit's programmes, with the largest-remainder method (seed 002: Tor Vergata
 * divides by enrolled students). Refuses unknown or repeated units, naming the row.
 */
const sharesOf = async (
  db: DbOrTx,
  locale: Locale,
  id: string,
  body: AllocationBody,
): Promise<AllocationShare[]> => {
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
  const known = new Map((await existingUnits(db, unitIds)).map((u) => [u.id, u]));
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

  const named = (unitId: string) => ({
    unitId,
    unitCode: known.get(unitId)?.code ?? '',
    unitName: known.get(unitId)?.name ?? '',
  });
  if (body.method === 'manual')
    return body.shares.map((s) => ({
      ...named(s.unitId),
      amountCents: s.amountCents,
      method: 'manual',
      basis: null,
    }));
  const enrolled = await enrolledByUnit(db, body.academicYear, body.unitIds);
  return splitProportionally(
    funding.amountCents,
    body.unitIds.map((unitId) => ({ key: unitId, weight: enrolled.get(unitId) ?? 0 })),
  ).map((share) => ({
    ...named(share.key),
    amountCents: share.cents,
    method: 'proportional',
    basis: share.weight,
  }));
};

/** What a split would give, saving nothing: the office sees the proportional shares before confirming them. */
export const previewAllocation = async (
  request: FundingRequest,
  id: string,
  body: AllocationBody,
): Promise<AllocationShare[]> => sharesOf(request.ctx.database.db, request.locale, id, body);

/** Splits an assignment across units (see sharesOf); a unit whose share funds projects must keep a share. */
export const allocateFunding = async (
  request: FundingRequest,
  id: string,
  body: AllocationBody,
): Promise<Funding> => {
  const { ctx, principal, locale } = request;
  const db = ctx.database.db;
  const shares = await sharesOf(db, locale, id, body);
  const at = ctx.clock.now();
  await db.transaction(async (tx) => {
    const kept = new Set(shares.map((s) => s.unitId));
    const inUse = (await unitsWithFundedProjects(tx, id)).filter((unitId) => !kept.has(unitId));
    if (inUse.length > 0)
      throw new DomainFailure({ kind: 'conflict', detail: text('allocation-in-use', locale) });
    await replaceAllocations(
      tx,
      id,
      shares.map(({ unitId, amountCents, method, basis }) => ({ unitId, amountCents, method, basis })),
    );
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

interface ProjectListRow {
  project: ProjectRow;
  unitCode: string;
  unitName: string;
  responsibleName: string;
}

const projectOf = ({ project: row, unitCode, unitName, responsibleName }: ProjectListRow): Project => ({
  id: row.id,
  unitId: row.unitId,
  unitCode,
  unitName,
  responsibleId: row.responsibleId,
  responsibleName,
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

/** Every project, or a supervisor's (their unit and the units within it); optionally in one status. */
export const projectsFor = async (
  ctx: AppContext,
  principal: Principal,
  status?: ProjectStatus,
): Promise<Project[]> => {
  const db = ctx.database.db;
  const unitIds = await unitScope(db, principal, 'projects.read');
  if (unitIds && unitIds.length === 0) return [];
  return (await listProjects(db, { unitIds, status })).map(projectOf);
};

/** One project, if the reader may see it (else not found, so others' projects are not revealed). */
export const projectFor = async (ctx: AppContext, principal: Principal, id: string): Promise<Project> => {
  const db = ctx.database.db;
  const unitIds = await unitScope(db, principal, 'projects.read');
  const [found] = unitIds && unitIds.length === 0 ? [] : await listProjects(db, { unitIds, id });
  if (!found) throw new DomainFailure({ kind: 'not-found', entity: 'project' });
  return projectOf(found);
};

const projectById = async (ctx: AppContext, id: string): Promise<Project> => {
  const [found] = await listProjects(ctx.database.db, { unitIds: null, id });
  if (!found) throw new DomainFailure({ kind: 'not-found', entity: 'project' });
  return projectOf(found);
};

/**
 * A supervisor drafts a tutoring project for their unit or a unit within it (seed 001 art. 6: the teaching units
 * and offices draw up the projects), funded from a share assigned to one of those units.
 */
export const proposeProject = async (request: FundingRequest, body: ProjectBody): Promise<Project> => {
  const { ctx, principal, locale } = request;
  const issues: FieldIssue[] = [];
  const own = await proposableUnits(ctx.database.db, principal);
  if (!own.includes(body.unitId))
    issues.push({ field: 'unitId', code: 'not-own-unit', message: text('not-own-unit', locale) });
  if (body.allocationId) {
    const allocation = await findAllocation(ctx.database.db, body.allocationId);
    if (!allocation || !own.includes(allocation.unitId))
      issues.push({
        field: 'allocationId',
        code: 'allocation-not-own',
        message: text('allocation-not-own', locale),
      });
  }
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
  const own = await proposableUnits(ctx.database.db, principal);
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockProject(tx, id);
    if (!row || !own.includes(row.unitId)) throw new DomainFailure({ kind: 'not-found', entity: 'project' });
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
