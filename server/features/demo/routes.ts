import { z } from 'zod';
import { DemoAccountSchema } from '../../../api/session.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/accounts.ts';
import type { App } from '../../http/app-types.ts';
import { requestLocale } from '../../i18n/locale.ts';

/** The login page lists the demo accounts while the demo data is on, and nothing otherwise. */
export const demoRoutes = async (app: App) => {
  app.get(
    '/api/demo-accounts',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Demo accounts, when demo data is on',
        response: { 200: z.array(DemoAccountSchema) },
      },
    },
    async (request) => {
      if (!app.ctx.config.DEMO_DATA) return [];
      const locale = requestLocale(request);
      return DEMO_ACCOUNTS.map((account) => ({
        username: account.username,
        password: DEMO_PASSWORD,
        displayName: `${account.givenName} ${account.familyName}`,
        roles: account.roles.map((grant) => grant.role),
        description: account.description[locale],
      }));
    },
  );
};
