import type { SessionPerson } from '../../../api/session.ts';
import type { Permission } from '../../../domain/access/permissions.ts';
import { personCan } from '../session/permissions.ts';

/** Every page of the app, with the permission the server asks for the data it shows. */
export const PAGES = {
  home: { path: '/', permission: null },
  publicCalls: { path: '/bandi', permission: null },
  applications: { path: '/applications', permission: 'applications.own' },
  offers: { path: '/offerte', permission: 'offers.own' },
  myAppointments: { path: '/incarichi', permission: 'appointments.own' },
  appointments: { path: '/appointments', permission: 'appointments.manage' },
  calls: { path: '/calls', permission: 'calls.read' },
  committee: { path: '/committee', permission: 'committee.work' },
  funding: { path: '/funding', permission: 'funding.read' },
  projects: { path: '/projects', permission: 'projects.read' },
  career: { path: '/career', permission: 'career.read-own' },
  students: { path: '/students', permission: 'students.read' },
  imports: { path: '/imports', permission: 'students.import' },
  specialCategory: { path: '/special-category', permission: 'special-category.grant' },
  units: { path: '/units', permission: 'units.read' },
  people: { path: '/people', permission: 'people.read' },
  audit: { path: '/audit', permission: 'audit.read' },
  profiles: { path: '/profiles', permission: 'profiles.read' },
  profile: { path: '/profile', permission: 'self.read' },
} as const satisfies Record<string, { path: string; permission: Permission | null }>;

export type PageName = keyof typeof PAGES;

const MENU_ORDER: PageName[] = [
  'home',
  'publicCalls',
  'applications',
  'offers',
  'myAppointments',
  'career',
  'calls',
  'appointments',
  'committee',
  'funding',
  'projects',
  'students',
  'imports',
  'specialCategory',
  'units',
  'people',
  'audit',
  'profiles',
  'profile',
];

/**
 * The menu of a person: the pages their roles can use, in a fixed order. A student's calls page (open calls, their
 * eligibility and applications) takes the place of the public list of calls.
 */
export const menuFor = (person: SessionPerson | null): PageName[] => {
  if (person === null) return [];
  const applies = personCan(person, PAGES.applications.permission);
  return MENU_ORDER.filter((name) => {
    if (name === 'publicCalls' && applies) return false;
    const permission: Permission | null = PAGES[name].permission;
    return permission === null || personCan(person, permission);
  });
};
