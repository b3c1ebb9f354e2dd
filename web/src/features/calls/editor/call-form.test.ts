import { describe, expect, it } from 'vitest';
import { CallAmendmentBodySchema, type CallDetail, CallDraftBodySchema } from '../../../../../api/calls.ts';
import type { CallRules } from '../../../../../domain/calls/types.ts';
import {
  amendmentBodyOf,
  type CallForm,
  callFormOf,
  centsToEuroText,
  draftBodyOf,
  editorField,
  emptyPosition,
  isShownField,
  messageAt,
  newCallForm,
  parseEuroCents,
  romeDateTimeOf,
} from './call-form.ts';

const UNIT = '00000000-0000-4000-8000-0000000000aa';
const FUNDING = '00000000-0000-4000-8000-0000000000bb';

const rules: CallRules = {
  eligibility: {
    degreeTypes: ['LM', 'LMCU', 'PHD'],
    singleCycleMinYear: { fiveYear: 4, sixYear: 4 },
    maxYearsBeyond: 1,
    partTimeExcluded: true,
    singleCourseExcluded: true,
    statusForWholeAppointment: true,
    staffExcluded: false,
  },
  rubrics: [],
  tieBreaks: ['younger-first'],
  appealWindowDays: 10,
  maxPositionsPerCandidate: 2,
  ownDepartmentFirst: true,
};

const filledForm = (): CallForm => {
  const form = newCallForm(rules, new Date('2026-11-23T10:00:00Z'));
  return {
    ...form,
    code: ' TUT-2026 ',
    title: 'Tutorato 2026/27',
    legalReferences: 'D.M. 773/2024',
    fundingAssignmentId: FUNDING,
    opensDate: '2026-12-01',
    opensTime: '09:00',
    closesDate: '2026-12-20',
    closesTime: '12:00',
    activitiesEndDate: '2027-12-31',
    positions: [
      {
        ...emptyPosition(['LM']),
        activityType: 'Tutorato informativo',
        unitId: UNIT,
        grants: '2',
        hoursPerGrant: '200',
        amountEuro: '3.000,00',
      },
      {
        ...emptyPosition(['PHD', 'LM']),
        activityType: 'Tutorato trasversale',
        activityKind: 'supplementary-teaching',
        unitId: UNIT,
        grants: '1',
        hoursPerGrant: '250',
        amountEuro: '3750',
      },
    ],
    attachments: [
      {
        key: 'a',
        code: 'identity-document',
        labelIt: 'Documento',
        labelEn: 'Identity document',
        required: 'always',
        when: 'ignored',
      },
      {
        key: 'b',
        code: 'disability',
        labelIt: 'Certificato',
        labelEn: 'Certificate',
        required: 'when-declared',
        when: 'disability',
      },
    ],
    articles: [{ key: 'c', title: 'Art. 1', body: 'Testo' }],
  };
};

describe('euros typed by the office, to integer cents', () => {
  it.each([
    ['1.234,56', 123_456],
    ['1234,56', 123_456],
    ['1234.56', 123_456],
    ['3.000', 300_000],
    ['3.000,00', 300_000],
    ['1.234.567,8', 123_456_780],
    ['3000', 300_000],
    ['0,5', 50],
    ['12.5', 1_250],
    ['€ 3.000,00', 300_000],
    [' 3 000 ', 300_000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each(['', 'tremila', '1,234.56', '1.234.56', '12,345', '12.34.5', '-100', '1.23,00', ',50'])(
    'refuses %j',
    (text) => {
      expect(parseEuroCents(text)).toBeNull();
    },
  );

  it('shows cents again the way they are read back', () => {
    expect(centsToEuroText(375_000)).toBe('3.750,00');
    expect(parseEuroCents(centsToEuroText(123_456_789))).toBe(123_456_789);
  });
});

describe('the editor form as the body of a draft', () => {
  it('maps every field, converting amounts and numbers, and passes the API schema', () => {
    const { body, issues } = draftBodyOf(filledForm());
    expect(issues).toEqual([]);
    expect(CallDraftBodySchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      code: 'TUT-2026',
      title: 'Tutorato 2026/27',
      academicYear: 2026,
      fundingAssignmentId: FUNDING,
      opensAt: { date: '2026-12-01', time: '09:00' },
      closesAt: { date: '2026-12-20', time: '12:00' },
      activitiesEndDate: '2027-12-31',
      articles: [{ title: 'Art. 1', body: 'Testo' }],
    });
    expect(body.positions).toEqual([
      {
        activityType: 'Tutorato informativo',
        activityKind: 'tutoring',
        unitId: UNIT,
        grants: 2,
        hoursPerGrant: 200,
        amountPerGrantCents: 300_000,
        admittedProgrammeTypes: ['LM'],
      },
      {
        activityType: 'Tutorato trasversale',
        activityKind: 'supplementary-teaching',
        unitId: UNIT,
        grants: 1,
        hoursPerGrant: 250,
        amountPerGrantCents: 375_000,
        // Always in the catalogue's order, whatever order they were ticked in.
        admittedProgrammeTypes: ['LM', 'PHD'],
      },
    ]);
    // "when" only for an attachment required when a situation is declared.
    expect(body.requiredAttachments).toEqual([
      { code: 'identity-document', label: { it: 'Documento', en: 'Identity document' }, required: 'always' },
      {
        code: 'disability',
        label: { it: 'Certificato', en: 'Certificate' },
        required: 'when-declared',
        when: 'disability',
      },
    ]);
    expect(body.rules).toEqual(rules);
  });

  it('sends the adjusted rules; empty limits mean none', () => {
    const form = filledForm();
    form.rules = {
      ...form.rules,
      degreeTypes: ['PHD', 'LM'],
      maxYearsBeyond: '',
      maxPositionsPerCandidate: ' ',
      singleCycleFiveYear: '',
      singleCycleSixYear: '',
      staffExcluded: true,
      appealWindowDays: '15',
    };
    const { body, issues } = draftBodyOf(form);
    expect(issues).toEqual([]);
    expect(body.rules).toEqual({
      ...rules,
      eligibility: {
        ...rules.eligibility,
        degreeTypes: ['LM', 'PHD'],
        maxYearsBeyond: null,
        singleCycleMinYear: null,
        staffExcluded: true,
      },
      maxPositionsPerCandidate: null,
      appealWindowDays: 15,
    });
  });

  it('leaves the end of activities to the server when not typed, and the funding null when none is chosen', () => {
    const form = { ...filledForm(), activitiesEndDate: '', fundingAssignmentId: '' };
    const { body } = draftBodyOf(form);
    expect('activitiesEndDate' in body).toBe(false);
    expect(body.fundingAssignmentId).toBeNull();
  });

  it('names each field it cannot read with the path the server uses', () => {
    const form = filledForm();
    form.academicYear = '2026/27';
    form.positions[1] = { ...(form.positions[1] as CallForm['positions'][number]), amountEuro: '3,750.00' };
    form.positions[0] = { ...(form.positions[0] as CallForm['positions'][number]), hoursPerGrant: '12.5' };
    form.rules = { ...form.rules, maxYearsBeyond: 'uno' };
    form.closesTime = '';
    expect(draftBodyOf(form).issues).toEqual([
      { field: 'academicYear', code: 'not-integer' },
      { field: 'closesAt.time', code: 'required' },
      { field: 'rules.eligibility.maxYearsBeyond', code: 'not-integer' },
      { field: 'positions.0.hoursPerGrant', code: 'not-integer' },
      { field: 'positions.1.amountPerGrantCents', code: 'not-amount' },
    ]);
  });
});

const detailOf = (body: ReturnType<typeof draftBodyOf>['body']): CallDetail => ({
  id: '00000000-0000-4000-8000-0000000000cc',
  code: body.code,
  title: body.title,
  academicYear: body.academicYear,
  status: 'published',
  // 09:00 and 12:00 in Rome in winter.
  opensAt: '2026-12-01T08:00:00.000Z',
  closesAt: '2026-12-20T11:00:00.000Z',
  open: false,
  grants: 3,
  totalCents: 975_000,
  version: 1,
  publishedAt: '2026-11-23T10:00:00.000Z',
  legalReferences: body.legalReferences,
  profileCode: 'poliba',
  activitiesEndDate: '2027-12-31',
  fundingAssignmentId: body.fundingAssignmentId,
  rules: body.rules as CallRules,
  requiredAttachments: body.requiredAttachments,
  articles: body.articles,
  positions: body.positions.map((p, index) => ({
    ...p,
    id: `00000000-0000-4000-8000-00000000010${index}`,
    ordinal: index + 1,
    unitCode: 'DEI',
    unitName: 'Dipartimento',
  })),
  amendments: [],
});

describe('a saved call back in the editor', () => {
  it('reads the window in Rome time, across summer time too', () => {
    expect(romeDateTimeOf('2026-12-20T11:00:00.000Z')).toEqual({ date: '2026-12-20', time: '12:00' });
    expect(romeDateTimeOf('2026-06-30T21:59:00.000Z')).toEqual({ date: '2026-06-30', time: '23:59' });
    expect(romeDateTimeOf('2026-06-30T22:00:00.000Z')).toEqual({ date: '2026-07-01', time: '00:00' });
  });

  it('gives back the same body it was saved from', () => {
    const { body } = draftBodyOf(filledForm());
    expect(draftBodyOf(callFormOf(detailOf(body))).body).toEqual(body);
  });
});

describe('an amendment', () => {
  const published = () => callFormOf(detailOf(draftBodyOf(filledForm()).body));

  it('sends the reason and only the parts that changed, each whole', () => {
    const original = published();
    const edited = structuredClone(original);
    edited.closesDate = '2027-01-10';
    edited.positions[0] = { ...(edited.positions[0] as CallForm['positions'][number]), grants: '3' };
    const { body, issues } = amendmentBodyOf(original, edited, '  Proroga della scadenza  ');
    expect(issues).toEqual([]);
    expect(CallAmendmentBodySchema.safeParse(body).success).toBe(true);
    expect(body.reason).toBe('Proroga della scadenza');
    expect(Object.keys(body.changes).sort()).toEqual(['closesAt', 'positions']);
    expect(body.changes.closesAt).toEqual({ date: '2027-01-10', time: '12:00' });
    expect(body.changes.positions?.map((p) => p.grants)).toEqual([3, 1]);
  });

  it('asks for a reason of at least 3 characters', () => {
    const original = published();
    expect(amendmentBodyOf(original, structuredClone(original), ' ok ').issues).toEqual([
      { field: 'reason', code: 'reason-required' },
    ]);
  });

  it('sends no change when nothing was edited, and never the code or the year', () => {
    const original = published();
    const edited = { ...structuredClone(original), code: 'OTHER', academicYear: '2030' };
    expect(amendmentBodyOf(original, edited, 'Nulla').body.changes).toEqual({});
  });
});

describe('server issues next to their fields', () => {
  const issues = [
    { field: 'opensAt.date', message: 'Data non valida' },
    { field: 'closesAt', message: 'La chiusura deve essere successiva' },
  ];
  it('finds the message for a field or a part of it, and reads amendment paths as the draft ones', () => {
    expect(messageAt(issues, 'opensAt')).toBe('Data non valida');
    expect(messageAt(issues, 'closesAt')).toBe('La chiusura deve essere successiva');
    expect(messageAt(issues, 'closes')).toBeUndefined();
    expect(editorField('changes.positions.0.grants')).toBe('positions.0.grants');
  });

  it('knows which fields it shows a message under; the rest go above the form', () => {
    for (const field of [
      'closesAt',
      'opensAt.date',
      'positions',
      'positions.1.amountPerGrantCents',
      'rules.eligibility.singleCycleMinYear.fiveYear',
      'requiredAttachments.0.label.en',
      'articles.2.title',
    ])
      expect(isShownField(field), field).toBe(true);
    for (const field of ['rules.rubrics.0.value', 'rules', 'changes', 'positions.0', 'requiredAttachments'])
      expect(isShownField(field), field).toBe(false);
  });
});
