import { describe, expect, it } from 'vitest';
import { PRESETS, presetByCode } from '../../profiles/index.ts';
import { rulesFromProfile } from '../calls/types.ts';
import type { ProgrammeType } from '../careers/types.ts';
import { type CareerFacts, type EligibilityInput, eligibility } from './eligibility.ts';

const enrolment = (over: Partial<NonNullable<CareerFacts['enrolment']>> = {}): CareerFacts['enrolment'] => ({
  academicYear: 2026,
  programmeType: 'LM',
  normalDurationYears: 2,
  yearOfCourse: 1,
  yearsBeyond: 0,
  partTime: false,
  singleCourse: false,
  status: 'active',
  ...over,
});

const inputFor = (
  code: string,
  career: Partial<NonNullable<CareerFacts['enrolment']>> = {},
  admitted: ProgrammeType[] = ['L', 'LM', 'LMCU', 'PHD', 'SPEC'],
  isStaff = false,
): EligibilityInput => {
  const preset = presetByCode(code);
  if (!preset) throw new Error(code);
  return {
    career: { enrolment: enrolment(career), isStaff },
    callAcademicYear: 2026,
    admittedProgrammeTypes: admitted,
    rules: rulesFromProfile(preset.profile).eligibility,
  };
};

const codes = (input: EligibilityInput) => {
  const result = eligibility(input);
  return result.eligible ? [] : result.reasons.map((reason) => reason.code);
};

describe.each(PRESETS.map((preset) => [preset.code, preset] as const))(
  'eligibility under %s',
  (code, preset) => {
    const rules = preset.profile.eligibility;
    const admitsType = (type: ProgrammeType) => rules.degreeTypes.value.includes(type);

    it('admits exactly the degree types of the profile, when the position admits them', () => {
      for (const type of ['L', 'LM', 'PHD', 'SPEC'] as const) {
        const result = codes(inputFor(code, { programmeType: type, normalDurationYears: 3 }));
        expect(result.includes('programme-type-not-admitted')).toBe(!admitsType(type));
      }
    });

    it('refuses a type the profile admits but the position does not', () => {
      const type = rules.degreeTypes.value[0] as ProgrammeType;
      const other = rules.degreeTypes.value.filter((t) => t !== type);
      expect(codes(inputFor(code, { programmeType: type }, other))).toContain('programme-type-not-admitted');
    });

    it('admits single-cycle students from the first admitted year of 5- and 6-year programmes', () => {
      const years = rules.singleCycleMinYear.value;
      if (!admitsType('LMCU') || !years) {
        expect(
          codes(inputFor(code, { programmeType: 'LMCU', normalDurationYears: 5, yearOfCourse: 5 })),
        ).toContain(admitsType('LMCU') ? 'single-cycle-year-too-low' : 'programme-type-not-admitted');
        return;
      }
      for (const [duration, min] of [
        [5, years.fiveYear],
        [6, years.sixYear],
      ] as const) {
        expect(
          codes(inputFor(code, { programmeType: 'LMCU', normalDurationYears: duration, yearOfCourse: min })),
        ).toEqual([]);
        expect(
          codes(
            inputFor(code, { programmeType: 'LMCU', normalDurationYears: duration, yearOfCourse: min - 1 }),
          ),
        ).toEqual(['single-cycle-year-too-low']);
        expect(
          codes(
            inputFor(code, { programmeType: 'LMCU', normalDurationYears: duration, yearOfCourse: duration }),
          ),
        ).toEqual([]);
      }
    });

    it('admits a student exactly at the fuori corso limit and refuses one year more', () => {
      const type = rules.degreeTypes.value[0] as ProgrammeType;
      const max = rules.maxYearsBeyond.value;
      if (max === null) {
        expect(codes(inputFor(code, { programmeType: type, yearOfCourse: 2, yearsBeyond: 9 }))).toEqual([]);
        return;
      }
      expect(codes(inputFor(code, { programmeType: type, yearOfCourse: 2, yearsBeyond: max }))).toEqual([]);
      expect(codes(inputFor(code, { programmeType: type, yearOfCourse: 2, yearsBeyond: max + 1 }))).toEqual([
        'too-many-years-beyond',
      ]);
    });

    it('applies the part-time, single-course and staff exclusions of the profile', () => {
      const type = rules.degreeTypes.value[0] as ProgrammeType;
      expect(codes(inputFor(code, { programmeType: type, partTime: true }))).toEqual(
        rules.partTimeExcluded.value ? ['part-time'] : [],
      );
      expect(codes(inputFor(code, { programmeType: type, singleCourse: true }))).toEqual(
        rules.singleCourseExcluded.value ? ['single-course'] : [],
      );
      expect(codes(inputFor(code, { programmeType: type }, undefined, true))).toEqual(
        rules.staffExcluded.value ? ['staff'] : [],
      );
    });

    it('PhD students are eligible exactly where the profile admits them', () => {
      expect(
        codes(inputFor(code, { programmeType: 'PHD', normalDurationYears: 3, yearOfCourse: 3 })),
      ).toEqual(admitsType('PHD') ? [] : ['programme-type-not-admitted']);
    });

    it('requires an active enrolment in the academic year of the call', () => {
      const type = rules.degreeTypes.value[0] as ProgrammeType;
      expect(codes(inputFor(code, { programmeType: type, academicYear: 2025 }))).toEqual(['no-enrolment']);
      expect(codes(inputFor(code, { programmeType: type, status: 'suspended' }))).toEqual([
        'enrolment-not-active',
      ]);
      expect(codes(inputFor(code, { programmeType: type, status: 'graduated' }))).toEqual([
        'enrolment-not-active',
      ]);
    });
  },
);

describe('eligibility under the Bari call (seed 004 art. 1-2)', () => {
  it('admits single-cycle students from the 4th year, in 5- and in 6-year programmes', () => {
    expect(
      codes(inputFor('poliba', { programmeType: 'LMCU', normalDurationYears: 5, yearOfCourse: 4 })),
    ).toEqual([]);
    expect(
      codes(inputFor('poliba', { programmeType: 'LMCU', normalDurationYears: 6, yearOfCourse: 4 })),
    ).toEqual([]);
    expect(
      codes(inputFor('poliba', { programmeType: 'LMCU', normalDurationYears: 6, yearOfCourse: 3 })),
    ).toEqual(['single-cycle-year-too-low']);
  });

  it('refuses bachelor students and reports every reason at once', () => {
    const result = eligibility(
      inputFor('poliba', { programmeType: 'L', normalDurationYears: 3, yearsBeyond: 2, partTime: true }),
    );
    expect(result).toEqual({
      eligible: false,
      reasons: [
        { code: 'programme-type-not-admitted', programmeType: 'L', admitted: ['LM', 'LMCU', 'PHD'] },
        { code: 'too-many-years-beyond', yearsBeyond: 2, maxYearsBeyond: 1 },
        { code: 'part-time' },
      ],
    });
  });

  it('is eligible with no enrolment reason when nothing is wrong', () => {
    expect(eligibility(inputFor('poliba', { programmeType: 'LM', yearsBeyond: 1 }))).toEqual({
      eligible: true,
    });
  });

  it('a student without any enrolment is not eligible', () => {
    const input = inputFor('poliba');
    expect(eligibility({ ...input, career: { enrolment: null, isStaff: false } })).toEqual({
      eligible: false,
      reasons: [{ code: 'no-enrolment', academicYear: 2026 }],
    });
  });
});
