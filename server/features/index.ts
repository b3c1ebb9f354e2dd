import type { App } from '../http/app-types.ts';
import { demoRoutes } from './demo/routes.ts';

/** Every feature's routes. A feature adds its module here and nowhere else. */
export const featureRoutes: Array<(app: App) => Promise<void>> = [demoRoutes];
