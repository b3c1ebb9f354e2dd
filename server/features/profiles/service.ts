import type {
  CreateProfileBody,
  ProfileDetail,
  ProfileList,
  ProfileSummary,
  UpdateProfileBody,
} from '../../../api/profiles.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import { changedSettings } from '../../../domain/profiles/settings.ts';
import { validateProfile } from '../../../domain/profiles/validate.ts';
import { isPresetCode, PRESETS, presetByCode } from '../../../profiles/index.ts';
import { writeAudit } from '../../audit/write-audit.ts';
import type { AppContext } from '../../context.ts';
import type { Locale } from '../../i18n/locale.ts';
import { profileFieldIssues, profileRouteMessage } from '../../i18n/profile-messages.ts';
import {
  activateProfile,
  findProfileRow,
  insertProfile,
  listProfileRows,
  type ProfileRow,
  profileOfRow,
  updateProfile,
} from './repository.ts';

/** Who asks, in which language: what every change needs besides its input. */
export interface ProfileRequest {
  ctx: AppContext;
  actorId: string | null;
  locale: Locale;
}

const ENTITY = 'regulation-profile';

const presetSummary = (code: string, name: string, row: ProfileRow | undefined): ProfileSummary => ({
  code,
  name,
  kind: 'preset',
  basedOn: null,
  active: row?.active ?? false,
  updatedAt: null,
  updatedByName: null,
});

const copySummary = (row: ProfileRow): ProfileSummary => ({
  code: row.code,
  name: row.name,
  kind: 'copy',
  basedOn: row.basedOn,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
  updatedByName: row.updatedByName,
});

/** The presets first, in the order they ship, then the university's saved copies by name. */
export const listProfiles = async (ctx: AppContext): Promise<ProfileList> => {
  const rows = await listProfileRows(ctx.database.db);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const items = [
    ...PRESETS.map((preset) => presetSummary(preset.code, preset.name, byCode.get(preset.code))),
    ...rows.filter((row) => row.body !== null).map(copySummary),
  ];
  return { activeCode: items.find((item) => item.active)?.code ?? null, items };
};

export const findProfile = async (ctx: AppContext, code: string): Promise<ProfileDetail | null> => {
  const preset = presetByCode(code);
  const row = await findProfileRow(ctx.database.db, code);
  if (preset)
    return { ...presetSummary(preset.code, preset.name, row ?? undefined), profile: preset.profile };
  if (!row) return null;
  return { ...copySummary(row), profile: profileOfRow(row).profile };
};

const requireProfile = async (ctx: AppContext, code: string): Promise<ProfileDetail> => {
  const found = await findProfile(ctx, code);
  if (!found) throw new DomainFailure({ kind: 'not-found', entity: 'regulation profile' });
  return found;
};

const invalidField = (field: string, code: string, message: string) =>
  new DomainFailure({ kind: 'invalid-input', issues: [{ field, code, message }] });

const isUniqueViolation = (error: unknown): boolean => {
  const codeOf = (e: unknown) =>
    typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : null;
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown })?.cause) === '23505';
};

/** Copies a preset or a saved profile under a new code; the copy starts identical, sources included. */
export const copyProfile = async (
  request: ProfileRequest,
  body: CreateProfileBody,
): Promise<ProfileDetail> => {
  const { ctx, actorId, locale } = request;
  const source = await findProfile(ctx, body.from);
  if (!source)
    throw invalidField(
      'from',
      'profile.source-unknown',
      profileRouteMessage('source-unknown', locale, body.from),
    );
  const taken = () =>
    invalidField('code', 'profile.code-taken', profileRouteMessage('code-taken', locale, body.code));
  if (isPresetCode(body.code) || (await findProfileRow(ctx.database.db, body.code))) throw taken();
  const at = ctx.clock.now();
  try {
    await ctx.database.db.transaction(async (tx) => {
      await insertProfile(tx, {
        code: body.code,
        name: body.name,
        basedOn: source.code,
        body: structuredClone(source.profile),
        actorId,
        at,
      });
      await writeAudit(tx, {
        at,
        event: 'profile.created',
        actorId,
        entityType: ENTITY,
        entityId: body.code,
        data: { from: source.code, name: body.name },
      });
    });
  } catch (error) {
    // Two copies under one code at the same moment: the second loses to the unique constraint.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  return requireProfile(ctx, body.code);
};

/** Saves an edited copy after validation; an invalid profile changes nothing and every issue names its field. */
export const saveProfile = async (
  request: ProfileRequest,
  code: string,
  body: UpdateProfileBody,
): Promise<ProfileDetail> => {
  const { ctx, actorId, locale } = request;
  if (isPresetCode(code))
    throw new DomainFailure({
      kind: 'conflict',
      detail: profileRouteMessage('preset-read-only', locale, code),
    });
  const current = await requireProfile(ctx, code);
  const issues = validateProfile(body.profile);
  if (issues.length > 0)
    throw new DomainFailure({ kind: 'invalid-input', issues: profileFieldIssues(issues, locale) });
  const changed = changedSettings(current.profile, body.profile);
  const at = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    await updateProfile(tx, code, { name: body.name, body: body.profile, actorId, at });
    await writeAudit(tx, {
      at,
      event: 'profile.updated',
      actorId,
      entityType: ENTITY,
      entityId: code,
      data: { changed, ...(body.name !== current.name ? { name: body.name } : {}) },
    });
  });
  return requireProfile(ctx, code);
};

/**
 * Puts a profile in force. A copy is validated again first, in case the rules tightened since it was saved.
 * Activating the profile already in force changes nothing and records nothing.
 */
export const activate = async (request: ProfileRequest, code: string): Promise<ProfileSummary> => {
  const { ctx, actorId, locale } = request;
  const target = await requireProfile(ctx, code);
  const { profile, ...summary } = target;
  if (target.active) return summary;
  if (target.kind === 'copy') {
    const issues = validateProfile(profile);
    if (issues.length > 0)
      throw new DomainFailure({ kind: 'invalid-input', issues: profileFieldIssues(issues, locale) });
  }
  const at = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const previous = await activateProfile(
      tx,
      { code, name: target.name, isPreset: target.kind === 'preset' },
      actorId,
      at,
    );
    await writeAudit(tx, {
      at,
      event: 'profile.activated',
      actorId,
      entityType: ENTITY,
      entityId: code,
      data: { previous, kind: target.kind },
    });
  });
  const { profile: _, ...after } = await requireProfile(ctx, code);
  return after;
};
