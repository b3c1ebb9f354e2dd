import 'i18next';
import type { it } from './it.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof it };
  }
}
