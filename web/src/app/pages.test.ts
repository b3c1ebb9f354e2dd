import { describe, expect, it } from 'vitest';
import type { SessionPerson } from '../../../api/session.ts';
import type { Role } from '../../../domain/access/roles.ts';
import { menuFor } from './pages.ts';

const personWith = (...roles: Role[]): SessionPerson => ({
  id: '00000000-0000-4000-8000-000000000001',
  displayName: 'Giulia Lorusso',
  locale: 'it',
  roles: roles.map((role) => ({ role, unitId: null, unitName: null, callId: null })),
});

describe('the menu of each role', () => {
  it('offers a student their calls and applications, offers, career and profile, nothing of the office', () => {
    expect(menuFor(personWith('student'))).toEqual([
      'home',
      'applications',
      'offers',
      'myAppointments',
      'career',
      'profile',
    ]);
  });

  it('offers the office students, imports, special-category grants, units, people and the audit log', () => {
    expect(menuFor(personWith('tutoring-office'))).toEqual([
      'home',
      'publicCalls',
      'calls',
      'appointments',
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
    ]);
  });

  it('offers the administrator people and the audit log, not student careers', () => {
    expect(menuFor(personWith('administrator'))).toEqual([
      'home',
      'publicCalls',
      'calls',
      'funding',
      'units',
      'people',
      'audit',
      'profiles',
      'profile',
    ]);
  });

  it('adds up the pages of every role a person holds, once each', () => {
    expect(menuFor(personWith('student', 'supervisor'))).toEqual([
      'home',
      'applications',
      'offers',
      'myAppointments',
      'career',
      'calls',
      'funding',
      'projects',
      'students',
      'units',
      'profile',
    ]);
  });

  it('offers a committee member their committees beside the calls', () => {
    expect(menuFor(personWith('committee-member'))).toEqual([
      'home',
      'publicCalls',
      'calls',
      'committee',
      'units',
      'profile',
    ]);
  });

  it('is empty for nobody', () => {
    expect(menuFor(null)).toEqual([]);
  });
});
