import type { FastifyRequest } from 'fastify';
import {
  CreateProfileBodySchema,
  ProfileDetailSchema,
  ProfileListSchema,
  ProfileParamsSchema,
  ProfileSummarySchema,
  UpdateProfileBodySchema,
} from '../../../api/profiles.ts';
import { DomainFailure } from '../../../domain/errors.ts';
import type { App } from '../../http/app-types.ts';
import { requestLocale } from '../../i18n/locale.ts';
import {
  activate,
  copyProfile,
  findProfile,
  listProfiles,
  type ProfileRequest,
  saveProfile,
} from './service.ts';

export const profileRoutes = async (app: App) => {
  const asker = (request: FastifyRequest): ProfileRequest => ({
    ctx: app.ctx,
    actorId: request.principal?.personId ?? null,
    locale: requestLocale(request),
  });

  app.get(
    '/api/profiles',
    {
      config: { access: 'profiles.read' },
      schema: {
        tags: ['profiles'],
        summary: 'The presets shipped with the product and the saved copies, with the one in force',
        response: { 200: ProfileListSchema },
      },
    },
    async () => listProfiles(app.ctx),
  );

  app.get(
    '/api/profiles/:code',
    {
      config: { access: 'profiles.read' },
      schema: {
        tags: ['profiles'],
        summary: 'One regulation profile, every setting with its source',
        params: ProfileParamsSchema,
        response: { 200: ProfileDetailSchema },
      },
    },
    async (request) => {
      const found = await findProfile(app.ctx, request.params.code);
      if (!found) throw new DomainFailure({ kind: 'not-found', entity: 'regulation profile' });
      return found;
    },
  );

  app.post(
    '/api/profiles',
    {
      config: { access: 'profiles.manage' },
      schema: {
        tags: ['profiles'],
        summary: 'Copy a preset or a saved profile under a new code',
        body: CreateProfileBodySchema,
        response: { 201: ProfileDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await copyProfile(asker(request), request.body)),
  );

  app.put(
    '/api/profiles/:code',
    {
      config: { access: 'profiles.manage' },
      schema: {
        tags: ['profiles'],
        summary:
          'Save an edited copy (presets are read-only); refused with field issues when values contradict',
        params: ProfileParamsSchema,
        body: UpdateProfileBodySchema,
        response: { 200: ProfileDetailSchema },
      },
    },
    async (request) => saveProfile(asker(request), request.params.code, request.body),
  );

  app.post(
    '/api/profiles/:code/activate',
    {
      config: { access: 'profiles.manage' },
      schema: {
        tags: ['profiles'],
        summary: 'Put a profile in force (one at a time)',
        params: ProfileParamsSchema,
        response: { 200: ProfileSummarySchema },
      },
    },
    async (request) => activate(asker(request), request.params.code),
  );
};
