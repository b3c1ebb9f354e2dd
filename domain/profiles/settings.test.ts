import { describe, expect, it } from 'vitest';
import {
  admitsProgrammeType,
  candidateKindOf,
  inpsRateFor,
  rubricFor,
  singleCycleMinYear,
  workingDaySettings,
} from './accessors.ts';
import { buildProfile } from './builders.ts';
import { changedSettings, isSetting, settingsOf, uncitedPaths } from './settings.ts';

describe('settings of a profile', () => {
  it('lists each setting once with its path, array items included', () => {
    const paths = settingsOf(buildProfile()).map((entry) => entry.path);
    expect(paths).toContain('caps.contractMinHours');
    expect(paths).toContain('rankings.tieBreaks.0');
    expect(paths).toContain('rubrics.1');
    expect(paths).toContain('inpsRates.1');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('finds a value outside any setting, and a setting with a blank source', () => {
    const profile = buildProfile((p) => {
      p.caps.contractMaxHours.source = '';
    }) as unknown as Record<string, unknown>;
    profile.extra = { hours: 12 };
    expect(uncitedPaths(profile)).toEqual(['caps.contractMaxHours.source', 'extra.hours']);
  });

  it('treats only { value, source } as a setting', () => {
    expect(isSetting({ value: null, source: 'default' })).toBe(true);
    expect(isSetting({ value: 1, source: 'default', note: 'x' })).toBe(false);
    expect(isSetting({ value: 1 })).toBe(false);
  });
});

describe('profile accessors', () => {
  it('give the working-day settings, with or without a patron day', () => {
    expect(workingDaySettings(buildProfile())).toEqual({
      saturdaysAreWorkingDays: false,
      patronDay: '12-06',
    });
    const none = buildProfile((p) => {
      p.calendar.patronDay.value = null;
      p.calendar.saturdaysAreWorkingDays.value = true;
    });
    expect(workingDaySettings(none)).toEqual({ saturdaysAreWorkingDays: true, patronDay: null });
  });

  it('find the rubric of a candidate kind from the programme type', () => {
    const profile = buildProfile();
    expect(rubricFor(profile, candidateKindOf('LMCU'))?.totalPoints).toBe(50);
    expect(rubricFor(profile, candidateKindOf('PHD'))?.totalPoints).toBe(10);
    expect(rubricFor(profile, candidateKindOf('L'))).toBeNull();
  });

  it('give no single-cycle minimum year when single-cycle students are not admitted', () => {
    const profile = buildProfile((p) => {
      p.eligibility.degreeTypes.value = ['LM'];
      p.eligibility.singleCycleMinYear.value = { fiveYear: 4, sixYear: 5 };
    });
    expect(admitsProgrammeType(profile, 'LMCU')).toBe(false);
    expect(singleCycleMinYear(profile, 5)).toBeNull();
    expect(singleCycleMinYear(buildProfile(), 6)).toBe(4);
  });

  it('find the INPS rate of a year', () => {
    expect(inpsRateFor(buildProfile(), 2026)?.rateBasisPoints).toBe(3503);
    expect(inpsRateFor(buildProfile(), 2027)).toBeNull();
  });
});

describe('changedSettings', () => {
  it('names the settings whose value or source changed, and those added or removed', () => {
    const before = buildProfile();
    const after = buildProfile((p) => {
      p.caps.contractMaxHours.value = 200;
      p.offers.acceptanceWorkingDays.source = 'D.R. 12/2026 art. 8';
      p.rankings.tieBreaks.push({ value: 'economic-hardship-first', source: 'default' });
    });
    expect(changedSettings(before, after)).toEqual([
      'caps.contractMaxHours',
      'offers.acceptanceWorkingDays',
      'rankings.tieBreaks.1',
    ]);
    expect(changedSettings(after, after)).toEqual([]);
  });
});
