import { describe, expect, it } from 'vitest';
import { RegulationProfileSchema } from '../api/profiles.ts';
import { isWorkingDay } from '../domain/calendar/working-days.ts';
import {
  inpsRateFor,
  rubricFor,
  singleCycleMinYear,
  tieBreaksOf,
  workingDaySettings,
} from '../domain/profiles/accessors.ts';
import { settingsOf, uncitedPaths } from '../domain/profiles/settings.ts';
import { validateProfile } from '../domain/profiles/validate.ts';
import { PRESETS, presetByCode } from './index.ts';

/** The seed each preset is built from (domain.md, table of seeds). */
const SEED_OF: Record<string, string> = {
  polimi: '000',
  unife: '001',
  uniroma2: '002',
  unive: '003',
  poliba: '004',
};

const preset = (code: string) => {
  const found = presetByCode(code);
  if (!found) throw new Error(`no preset ${code}`);
  return found.profile;
};

const criteriaOf = (code: string, kind: Parameters<typeof rubricFor>[1]) =>
  Object.fromEntries((rubricFor(preset(code), kind)?.criteria ?? []).map((c) => [c.id, c.maxPoints]));

describe.each(PRESETS.map((p) => [p.code, p] as const))('preset %s', (code, { profile }) => {
  it('passes validation', () => {
    expect(validateProfile(profile)).toEqual([]);
  });

  it('cites a source for every value', () => {
    expect(uncitedPaths(profile)).toEqual([]);
    expect(settingsOf(profile).length).toBeGreaterThan(30);
  });

  it("cites only its own seed, domain.md or 'default', and its own seed at least once", () => {
    const sources = settingsOf(profile).map(({ setting }) => setting.source);
    const seeds = new Set<string>();
    for (const source of sources) {
      const seed = /^seed (\d{3})\b.+/.exec(source);
      if (seed?.[1]) seeds.add(seed[1]);
      else expect(source, source).toMatch(/^(default|domain\.md §\d+( \(.+\))?)$/);
    }
    expect([...seeds]).toEqual([SEED_OF[code]]);
  });

  it('matches the shape the API accepts', () => {
    expect(RegulationProfileSchema.safeParse(profile).error?.issues).toBeUndefined();
  });

  it('cannot be changed in place', () => {
    expect(() => {
      (profile.caps.maxHoursPerYear as { value: number | null }).value = 1;
    }).toThrow(TypeError);
  });

  it('has the INPS rate 35.03% with the student paying a third in 2025 and 2026', () => {
    for (const year of [2025, 2026]) {
      expect(inpsRateFor(profile, year)).toEqual({
        year,
        rateBasisPoints: 3503,
        studentShare: { numerator: 1, denominator: 3 },
      });
    }
    expect(inpsRateFor(profile, 2024)).toBeNull();
  });

  it('publishes rankings pseudonymised', () => {
    expect(profile.rankings.publication.value).toBe('pseudonymised');
  });
});

describe('Politecnico di Bari (seed 004)', () => {
  const bari = preset('poliba');

  it('scores master’s students out of 50: grade 20, average 10, collaborations 8, representation 4, exchange 6, certificates 2', () => {
    expect(criteriaOf('poliba', 'master')).toEqual({
      'bachelor-grade': 20,
      'weighted-average': 10,
      collaborations: 8,
      representation: 4,
      exchange: 6,
      certificates: 2,
    });
    const grade = rubricFor(bari, 'master')?.criteria[0]?.formula;
    expect(grade).toEqual({
      kind: 'degree-grade-bands',
      bands: [
        { minGrade: 0, points: 0 },
        { minGrade: 71, points: 5 },
        { minGrade: 81, points: 9 },
        { minGrade: 91, points: 13 },
        { minGrade: 101, points: 18 },
      ],
      honoursPoints: 2,
    });
    expect(rubricFor(bari, 'master')?.criteria[1]?.formula).toEqual({
      kind: 'average-times-credit-ratio',
      divisor: 3,
    });
  });

  it('scores single-cycle students out of 50 with the average up to 30', () => {
    expect(criteriaOf('poliba', 'single-cycle')).toEqual({
      'weighted-average': 30,
      collaborations: 8,
      representation: 4,
      exchange: 6,
      certificates: 2,
    });
    expect(rubricFor(bari, 'single-cycle')?.criteria[0]?.formula).toEqual({
      kind: 'average-times-credit-ratio',
      divisor: 1,
    });
  });

  it('scores PhD students out of 50, with at most 6 publications submitted', () => {
    expect(criteriaOf('poliba', 'phd')).toEqual({
      'master-grade': 15,
      'research-abroad': 8,
      'research-grants': 5,
      collaborations: 10,
      'teaching-research': 4,
      publications: 4,
      certificates: 4,
    });
    expect(rubricFor(bari, 'phd')?.criteria.find((c) => c.id === 'publications')?.maxItems).toBe(6);
    expect(rubricFor(bari, 'phd')?.totalPoints).toBe(50);
  });

  it('breaks ties by age, takes appeals for 10 days and two positions per candidate', () => {
    expect(tieBreaksOf(bari)).toEqual(['younger-first']);
    expect(bari.rankings.appealWindowDays.value).toBe(10);
    expect(bari.applications.maxPositionsPerCandidate.value).toBe(2);
    expect(bari.applications.ownDepartmentFirst.value).toBe(true);
  });

  it('admits LM, LMCU from the 4th year and PhD; excludes fuori corso over a year, part-time and single courses', () => {
    expect(bari.eligibility.degreeTypes.value).toEqual(['LM', 'LMCU', 'PHD']);
    expect(singleCycleMinYear(bari, 5)).toBe(4);
    expect(singleCycleMinYear(bari, 6)).toBe(4);
    expect(bari.eligibility.maxYearsBeyond.value).toBe(1);
    expect(bari.eligibility.partTimeExcluded.value).toBe(true);
    expect(bari.eligibility.singleCourseExcluded.value).toBe(true);
  });

  it('pauses at most 30 days, pays from 30 hours, lets graduates finish with at most 50 hours left', () => {
    expect(bari.activity.maxPauseDays.value).toBe(30);
    expect(bari.payout.minimumHours.value).toBe(30);
    expect(bari.activity.continuationAfterGraduation.value).toEqual({ maxRemainingHours: 50 });
    expect(bari.caps.grantsCumulative.value).toBe(false);
  });
});

describe('Università di Ferrara (seed 001)', () => {
  const ferrara = preset('unife');
  it('caps EUR 4,000 per calendar year, 5 working days to accept, excluded at the second refusal', () => {
    expect(ferrara.caps.maxAmountPerYear.value).toEqual({ cents: 400_000, year: 'calendar' });
    expect(ferrara.offers.acceptanceWorkingDays.value).toBe(5);
    expect(ferrara.offers.refusal.value).toEqual({
      kind: 'move-to-end',
      excludeAfter: 2,
      silenceIsRefusal: true,
    });
  });
  it('admits fuori corso at most twice and specialisation schools', () => {
    expect(ferrara.eligibility.maxYearsBeyond.value).toBe(2);
    expect(ferrara.eligibility.degreeTypes.value).toContain('SPEC');
    expect(rubricFor(ferrara, 'specialisation')).not.toBeNull();
  });
});

describe('Università di Roma Tor Vergata (seed 002)', () => {
  const torVergata = preset('uniroma2');
  it('caps 400 hours and EUR 4,000 a year, PhD 40 hours, one grant per academic year', () => {
    expect(torVergata.caps.maxHoursPerYear.value).toBe(400);
    expect(torVergata.caps.maxAmountPerYear.value?.cents).toBe(400_000);
    expect(torVergata.caps.phdMaxHours.value).toBe(40);
    expect(torVergata.caps.oneGrantPerAcademicYear.value).toBe(true);
  });
  it('puts economic hardship first at equal merit and counts 8 hours of safety training', () => {
    expect(tieBreaksOf(torVergata)[0]).toBe('economic-hardship-first');
    expect(torVergata.activity.safetyTrainingHours.value).toBe(8);
    expect(torVergata.activity.trainingCountsInHours.value).toBe(true);
  });
  it('admits the last two years of any single-cycle programme', () => {
    expect(singleCycleMinYear(torVergata, 5)).toBe(4);
    expect(singleCycleMinYear(torVergata, 6)).toBe(5);
  });
});

describe("Università Ca' Foscari Venezia (seed 003)", () => {
  const venice = preset('unive');
  it('allows 30-90 hours per contract, 90 a year and 150 for complex projects', () => {
    expect(venice.caps.contractMinHours.value).toBe(30);
    expect(venice.caps.contractMaxHours.value).toBe(90);
    expect(venice.caps.maxHoursPerYear.value).toBe(90);
    expect(venice.caps.complexProjectMaxHours.value).toBe(150);
  });
  it('puts PhD students without a scholarship first, keeps rankings a year, lets graduates finish, excludes staff', () => {
    expect(tieBreaksOf(venice)[0]).toBe('phd-without-scholarship-first');
    expect(venice.rankings.validityMonths.value).toBe(12);
    expect(venice.activity.continuationAfterGraduation.value).toBe('always');
    expect(venice.eligibility.staffExcluded.value).toBe(true);
    expect(singleCycleMinYear(venice, 5)).toBeNull();
  });
});

describe('Politecnico di Milano (seed 000)', () => {
  it('takes bachelor’s and master’s students as peer tutors, the rest by default', () => {
    const milan = preset('polimi');
    expect(milan.eligibility.degreeTypes.value).toEqual(['L', 'LM']);
    const defaults = settingsOf(milan).filter(({ setting }) => setting.source === 'default');
    expect(defaults.length).toBeGreaterThan(settingsOf(milan).length / 2);
  });
});

describe('patron days (domain.md section 6)', () => {
  it('close the offices of their own city only', () => {
    const expected = { poliba: '12-06', polimi: '12-07', uniroma2: '06-29', unive: '04-25', unife: '04-23' };
    for (const [code, monthDay] of Object.entries(expected)) {
      expect(workingDaySettings(preset(code)).patronDay, code).toBe(monthDay);
    }
    // Monday 6/12/2027 (San Nicola) and Tuesday 7/12/2027 (Sant'Ambrogio).
    expect(isWorkingDay('2027-12-06', workingDaySettings(preset('poliba')))).toBe(false);
    expect(isWorkingDay('2027-12-06', workingDaySettings(preset('polimi')))).toBe(true);
    expect(isWorkingDay('2027-12-07', workingDaySettings(preset('polimi')))).toBe(false);
    // Friday 23/04/2027 (San Giorgio) closes Ferrara only.
    expect(isWorkingDay('2027-04-23', workingDaySettings(preset('unife')))).toBe(false);
    expect(isWorkingDay('2027-04-23', workingDaySettings(preset('unive')))).toBe(true);
  });
});

describe('caps and appointment settings (decision 010)', () => {
  it('cite the seeds where they speak: INPS by the start at Ferrara, within 30 days at Bari; the region at Venice', () => {
    expect(preset('unife').activity.inpsRegistration).toEqual({
      value: { daysAfterStart: 0 },
      source: 'seed 001 art. 10 c.3',
    });
    expect(preset('poliba').activity.inpsRegistration.value).toEqual({ daysAfterStart: 30 });
    expect(preset('unive').activity.regionalCommunication.value).toBe(true);
    expect(preset('poliba').activity.regionalCommunication).toEqual({ value: false, source: 'default' });
  });

  it('let the office override only the per-contract minimum, by default, everywhere', () => {
    for (const { profile } of PRESETS)
      expect(profile.caps.overridable).toEqual({ value: ['contract-min-hours'], source: 'default' });
  });

  it('read a profile saved before these settings existed with the same defaults', () => {
    const saved = structuredClone(preset('unive')) as unknown as {
      caps: Record<string, unknown>;
      activity: Record<string, unknown>;
    };
    delete saved.caps.overridable;
    delete saved.activity.inpsRegistration;
    delete saved.activity.regionalCommunication;
    const read = RegulationProfileSchema.parse(saved);
    expect(read.caps.overridable).toEqual({ value: ['contract-min-hours'], source: 'default' });
    expect(read.activity.inpsRegistration).toEqual({ value: { daysAfterStart: 0 }, source: 'default' });
    expect(read.activity.regionalCommunication).toEqual({ value: false, source: 'default' });
  });
});
