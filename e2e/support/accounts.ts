import type { Role } from '../../domain/access/roles.ts';

/** The demo accounts (server/demo/accounts.ts), one per role; all share the demo password. */
export const DEMO_PASSWORD = 'affianco2026';

export const ACCOUNT_OF: Record<Role, string> = {
  student: 'studente',
  tutor: 'tutor',
  supervisor: 'referente',
  'committee-member': 'commissione',
  'tutoring-office': 'ufficio',
  'university-commission': 'commissione-ateneo',
  evaluator: 'nucleo',
  administrator: 'admin',
};
