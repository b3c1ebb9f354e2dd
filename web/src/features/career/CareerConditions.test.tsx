import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Career } from '../../../../api/students.ts';
import { createI18n } from '../../i18n/index.ts';
import { CareerConditions } from './CareerConditions.tsx';

const career = (overrides: Partial<Career>): Career => ({
  id: '00000000-0000-4000-8000-000000000001',
  studentNumber: '570001',
  givenName: 'Maria',
  familyName: 'Rossi',
  email: 'm.rossi@studenti.poliba.it',
  birthDate: '1998-04-04',
  economicHardship: false,
  iseeCents: null,
  phdScholarship: null,
  dualCareer: false,
  bachelorGrade: 104,
  bachelorHonours: false,
  masterGrade: 110,
  masterHonours: true,
  enrolments: [
    {
      academicYear: 2025,
      programmeCode: 'DR-IEI',
      programmeName: 'Dottorato in Ingegneria Elettrica e dell’Informazione',
      programmeType: 'PHD',
      yearOfCourse: 2,
      yearsBeyond: 0,
      partTime: false,
      singleCourse: false,
      status: 'active',
    },
  ],
  exams: [],
  studyPlan: [],
  creditsEarned: 0,
  weightedAverage: null,
  specialCategory: null,
  ...overrides,
});

const renderIn = (language: 'it' | 'en', value: Career) =>
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <CareerConditions career={value} />
    </I18nextProvider>,
  );

const shownValue = (term: string) =>
  screen.getByText(term).nextElementSibling?.textContent?.replace(/\s/g, ' ');

describe('CareerConditions', () => {
  afterEach(cleanup);

  it('shows the ISEE in euros and a PhD student’s scholarship, in Italian and English', () => {
    renderIn('it', career({ iseeCents: 1_234_567, phdScholarship: false }));
    expect(shownValue('ISEE per le prestazioni universitarie')).toBe('12.345,67 €');
    expect(shownValue('Borsa di dottorato')).toBe('No');
    cleanup();
    renderIn('en', career({ iseeCents: 1_234_567, phdScholarship: true }));
    expect(shownValue('ISEE for university benefits')).toBe('€12,345.67');
    expect(shownValue('Doctoral scholarship')).toBe('Yes');
  });

  it('says when the ISEE was not declared or the scholarship is unknown, and hides the scholarship outside a PhD', () => {
    renderIn('it', career({}));
    expect(shownValue('ISEE per le prestazioni universitarie')).toBe('Non dichiarato');
    expect(shownValue('Borsa di dottorato')).toBe('Non noto');
    cleanup();
    const master = career({});
    renderIn('it', { ...master, enrolments: master.enrolments.map((e) => ({ ...e, programmeType: 'LM' })) });
    expect(screen.queryByText('Borsa di dottorato')).toBeNull();
  });
});
