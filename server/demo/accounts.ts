import type { Role } from '../../domain/access/roles.ts';

/** The password of every demo account; shown on the login page only while demo data is on. */
export const DEMO_PASSWORD = 'affianco2026';

export interface DemoAccount {
  username: string;
  givenName: string;
  familyName: string;
  roles: Array<{ role: Role; unit?: string }>;
  unit: string;
  description: { it: string; en: string };
  /** The student number when the account is a student's (their career comes from the demo careers). */
  studentNumber?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'studente',
    givenName: 'Giulia',
    familyName: 'Lorusso',
    roles: [{ role: 'student' }],
    unit: 'DEI',
    studentNumber: '600001',
    description: { it: 'Studentessa di laurea magistrale (DEI)', en: "Master's student (DEI)" },
  },
  {
    username: 'tutor',
    givenName: 'Marco',
    familyName: 'Santoro',
    roles: [{ role: 'student' }, { role: 'tutor' }],
    unit: 'DMMM',
    studentNumber: '600002',
    description: { it: 'Studente e tutor (DMMM)', en: 'Student and tutor (DMMM)' },
  },
  {
    username: 'referente',
    givenName: 'Paola',
    familyName: 'Amoruso',
    roles: [{ role: 'supervisor', unit: 'DEI' }],
    unit: 'DEI',
    description: { it: 'Docente referente del tutorato (DEI)', en: 'Tutoring supervisor (DEI)' },
  },
  {
    username: 'commissione',
    givenName: 'Vito',
    familyName: 'Capriati',
    roles: [{ role: 'committee-member' }],
    unit: 'DMMM',
    description: { it: 'Membro della commissione giudicatrice', en: 'Selection committee member' },
  },
  {
    username: 'ufficio',
    givenName: 'Angela',
    familyName: 'Dellino',
    roles: [{ role: 'tutoring-office' }],
    unit: 'DSU',
    description: { it: 'Ufficio tutorato e diritto allo studio', en: 'Tutoring office' },
  },
  {
    username: 'commissione-ateneo',
    givenName: 'Nicola',
    familyName: 'Dibenedetto',
    roles: [{ role: 'university-commission' }],
    unit: 'POLIBA',
    description: { it: 'Commissione di Ateneo per il tutorato', en: 'University tutoring commission' },
  },
  {
    username: 'nucleo',
    givenName: 'Rosa',
    familyName: 'Lacalamita',
    roles: [{ role: 'evaluator' }],
    unit: 'POLIBA',
    description: { it: 'Nucleo di Valutazione (sola lettura)', en: 'Evaluation unit (read-only)' },
  },
  {
    username: 'admin',
    givenName: 'Franco',
    familyName: 'Loiacono',
    roles: [{ role: 'administrator' }],
    unit: 'POLIBA',
    description: { it: 'Amministratore del sistema', en: 'System administrator' },
  },
];
