import type { App } from '../http/app-types.ts';
import { officeApplicationRoutes } from './applications/office-routes.ts';
import { receiptRoutes } from './applications/receipt-routes.ts';
import { applicationRoutes } from './applications/routes.ts';
import { appointmentRoutes } from './appointments/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { callRoutes } from './calls/routes.ts';
import { committeeAppealRoutes } from './committees/appeals-routes.ts';
import { minutesRoutes } from './committees/minutes-routes.ts';
import { committeeRoutes } from './committees/routes.ts';
import { demoRoutes } from './demo/routes.ts';
import { fundingRoutes } from './funding/routes.ts';
import { importRoutes } from './imports/routes.ts';
import { meRoutes } from './me/routes.ts';
import { offerRoutes } from './offers/routes.ts';
import { oidcRoutes } from './oidc/routes.ts';
import { payoutRoutes } from './payouts/routes.ts';
import { peopleRoutes } from './people/routes.ts';
import { profileRoutes } from './profiles/routes.ts';
import { rankingExportRoutes } from './rankings/export-routes.ts';
import { rankingRoutes } from './rankings/routes.ts';
import { scoringRoutes } from './scoring/routes.ts';
import { studentRoutes } from './students/routes.ts';
import { specialCategoryRoutes } from './students/special-category-routes.ts';
import { testClockRoutes } from './test-clock/routes.ts';
import { unitRoutes } from './units/routes.ts';

/** Every feature's routes. A feature adds its module here and nowhere else. */
export const featureRoutes: Array<(app: App) => Promise<void>> = [
  demoRoutes,
  oidcRoutes,
  meRoutes,
  unitRoutes,
  peopleRoutes,
  auditRoutes,
  importRoutes,
  studentRoutes,
  specialCategoryRoutes,
  profileRoutes,
  callRoutes,
  fundingRoutes,
  applicationRoutes,
  officeApplicationRoutes,
  receiptRoutes,
  committeeRoutes,
  minutesRoutes,
  committeeAppealRoutes,
  scoringRoutes,
  rankingRoutes,
  offerRoutes,
  appointmentRoutes,
  payoutRoutes,
  rankingExportRoutes,
  testClockRoutes,
];
