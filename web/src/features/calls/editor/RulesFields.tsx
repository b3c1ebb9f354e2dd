import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.tsx';
import { PROGRAMME_TYPES, type RulesForm } from './call-form.ts';
import { Checkbox, CheckboxGroup, EditorSection } from './FormFields.tsx';
import type { SectionProps } from './GeneralFields.tsx';

const NUMBERS = [
  { key: 'singleCycleFiveYear', field: 'rules.eligibility.singleCycleMinYear.fiveYear', noLimit: false },
  { key: 'singleCycleSixYear', field: 'rules.eligibility.singleCycleMinYear.sixYear', noLimit: false },
  { key: 'maxYearsBeyond', field: 'rules.eligibility.maxYearsBeyond', noLimit: true },
  { key: 'maxPositionsPerCandidate', field: 'rules.maxPositionsPerCandidate', noLimit: true },
  { key: 'appealWindowDays', field: 'rules.appealWindowDays', noLimit: false },
] as const;

const LABELS = {
  singleCycleFiveYear: 'callEditor.singleCycleFiveYear',
  singleCycleSixYear: 'callEditor.singleCycleSixYear',
  maxYearsBeyond: 'callEditor.maxYearsBeyond',
  maxPositionsPerCandidate: 'callEditor.maxPositions',
  appealWindowDays: 'callEditor.appealWindowDays',
} as const;

const FLAGS = [
  'partTimeExcluded',
  'singleCourseExcluded',
  'statusForWholeAppointment',
  'staffExcluded',
  'ownDepartmentFirst',
] as const;

/** Eligibility and application rules, copied from the profile and adjustable for this call (decision 006). */
export const RulesFields = ({ form, onChange, messageAt }: SectionProps) => {
  const { t } = useTranslation();
  const rules = form.rules;
  const set = (patch: Partial<RulesForm>) => onChange({ rules: { ...rules, ...patch } });
  return (
    <EditorSection id="call-rules" title={t('callEditor.rules')} help={t('callEditor.rulesHelp')}>
      <CheckboxGroup
        id="call-degreeTypes"
        legend={t('callEditor.degreeTypes')}
        options={PROGRAMME_TYPES.map((type) => ({ value: type, label: t(`career.programmeTypes.${type}`) }))}
        selected={rules.degreeTypes}
        onChange={(degreeTypes) => set({ degreeTypes })}
        error={messageAt('rules.eligibility.degreeTypes')}
      />
      <div className="row g-3">
        {NUMBERS.map((number) => (
          <div key={number.key} className="col-sm-6 col-lg-4">
            <TextField
              id={`call-${number.key}`}
              label={t(LABELS[number.key])}
              inputMode="numeric"
              infoText={number.noLimit ? t('callEditor.noLimitHelp') : undefined}
              value={rules[number.key]}
              onChange={(event) => set({ [number.key]: event.target.value })}
              error={
                messageAt(number.field) ??
                (number.key === 'singleCycleFiveYear'
                  ? messageAt('rules.eligibility.singleCycleMinYear')
                  : undefined)
              }
            />
          </div>
        ))}
      </div>
      <fieldset>
        <legend className="visually-hidden">{t('callEditor.rules')}</legend>
        {FLAGS.map((flag) => (
          <Checkbox
            key={flag}
            id={`call-${flag}`}
            label={t(`callEditor.flags.${flag}`)}
            checked={rules[flag]}
            onChange={(checked) => set({ [flag]: checked })}
          />
        ))}
      </fieldset>
    </EditorSection>
  );
};
