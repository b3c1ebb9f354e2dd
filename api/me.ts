import { z } from 'zod';
import { LocaleSchema } from './common.ts';
import { RoleAssignmentSchema } from './session.ts';

export const MeSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  birthDate: z.string().nullable(),
  locale: LocaleSchema,
  unitName: z.string().nullable(),
  roles: z.array(RoleAssignmentSchema),
});
export type Me = z.infer<typeof MeSchema>;

export const UpdatePreferencesBodySchema = z.object({ locale: LocaleSchema });

/**
 * What the home page says the person should do next. `key` names an i18n text in the web app; `count` fills
 * it; `href` is the page that does it.
 */
export const NextActionSchema = z.object({
  key: z.string(),
  count: z.number().int().optional(),
  href: z.string(),
  role: z.string(),
});
export const HomeSchema = z.object({ actions: z.array(NextActionSchema) });
export type Home = z.infer<typeof HomeSchema>;
