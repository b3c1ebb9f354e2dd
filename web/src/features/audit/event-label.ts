import type { i18n as I18n } from 'i18next';
import { translateDynamic } from '../../i18n/dynamic.ts';

/** "role.granted" → "Ruolo assegnato"; an event added on the server before its text exists shows its name. */
export const eventLabel = (i18n: I18n, event: string) =>
  translateDynamic(i18n, `audit.events.${event}`, event);
