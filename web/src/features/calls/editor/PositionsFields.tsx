import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../../api/units.ts';
import { TextField } from '../../../components/TextField.tsx';
import { emptyPosition, type PositionForm, PROGRAMME_TYPES } from './call-form.ts';
import { CheckboxGroup, EditorSection, type Option, SelectInput } from './FormFields.tsx';
import type { SectionProps } from './GeneralFields.tsx';

/** The units as a tree, depth first, each indented under its parent so the select reads like the structure. */
export const unitOptions = (units: readonly Unit[]): Option[] => {
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && units.some((u) => u.id === unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const options: Option[] = [];
  const walk = (parent: string | null, depth: number) => {
    const level = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it'));
    for (const unit of level) {
      options.push({ value: unit.id, label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name} (${unit.code})` });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return options;
};

/** The positions of the call (seed 004 art. 1), one fieldset each; rows are added and removed. */
export const PositionsFields = ({
  form,
  onChange,
  messageAt,
  messageOf,
  units,
}: SectionProps & { units: Unit[] }) => {
  const { t } = useTranslation();
  const unitChoices = [{ value: '', label: t('callEditor.chooseUnit') }, ...unitOptions(units)];
  const update = (index: number, patch: Partial<PositionForm>) =>
    onChange({ positions: form.positions.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const summary = messageOf('positions');
  return (
    <EditorSection id="call-positions" title={t('callEditor.positions')}>
      {summary && (
        <p id="call-positions-error" className="text-danger fw-semibold">
          {summary}
        </p>
      )}
      {form.positions.map((position, index) => {
        const id = `call-position-${index}`;
        const at = (field: string) => messageAt(`positions.${index}.${field}`);
        const number = index + 1;
        return (
          <fieldset key={position.key} className="border-bottom pb-3 mb-3" data-testid="editor-position">
            <legend className="h5">{t('callEditor.position', { number })}</legend>
            <div className="row g-3">
              <div className="col-lg-6">
                <TextField
                  id={`${id}-activityType`}
                  label={t('callEditor.activityType')}
                  value={position.activityType}
                  onChange={(event) => update(index, { activityType: event.target.value })}
                  error={at('activityType')}
                  required
                />
              </div>
              <div className="col-lg-6">
                <SelectInput
                  id={`${id}-activityKind`}
                  label={t('callEditor.activityKind')}
                  value={position.activityKind}
                  onChange={(value) => update(index, { activityKind: value as PositionForm['activityKind'] })}
                  error={at('activityKind')}
                  options={[
                    { value: 'tutoring', label: t('calls.kinds.tutoring') },
                    { value: 'supplementary-teaching', label: t('calls.kinds.supplementary-teaching') },
                  ]}
                />
              </div>
              <div className="col-12">
                <SelectInput
                  id={`${id}-unit`}
                  label={t('callEditor.unit')}
                  value={position.unitId}
                  onChange={(value) => update(index, { unitId: value })}
                  error={at('unitId')}
                  options={unitChoices}
                />
              </div>
              <div className="col-sm-4">
                <TextField
                  id={`${id}-grants`}
                  label={t('callEditor.grants')}
                  inputMode="numeric"
                  value={position.grants}
                  onChange={(event) => update(index, { grants: event.target.value })}
                  error={at('grants')}
                  required
                />
              </div>
              <div className="col-sm-4">
                <TextField
                  id={`${id}-hours`}
                  label={t('callEditor.hours')}
                  inputMode="numeric"
                  value={position.hoursPerGrant}
                  onChange={(event) => update(index, { hoursPerGrant: event.target.value })}
                  error={at('hoursPerGrant')}
                  required
                />
              </div>
              <div className="col-sm-4">
                <TextField
                  id={`${id}-amount`}
                  label={t('callEditor.amount')}
                  infoText={t('callEditor.amountHelp')}
                  inputMode="decimal"
                  value={position.amountEuro}
                  onChange={(event) => update(index, { amountEuro: event.target.value })}
                  error={at('amountPerGrantCents')}
                  required
                />
              </div>
              <div className="col-12">
                <CheckboxGroup
                  id={`${id}-admitted`}
                  legend={t('callEditor.admitted')}
                  options={PROGRAMME_TYPES.map((type) => ({
                    value: type,
                    label: t(`career.programmeTypes.${type}`),
                  }))}
                  selected={position.admittedProgrammeTypes}
                  onChange={(admittedProgrammeTypes) => update(index, { admittedProgrammeTypes })}
                  error={at('admittedProgrammeTypes')}
                />
              </div>
            </div>
            <Button
              type="button"
              color="danger"
              outline
              size="sm"
              onClick={() => onChange({ positions: form.positions.filter((_, i) => i !== index) })}
            >
              {t('callEditor.removePosition', { number })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        type="button"
        color="primary"
        outline
        onClick={() => onChange({ positions: [...form.positions, emptyPosition(form.rules.degreeTypes)] })}
      >
        {t('callEditor.addPosition')}
      </Button>
    </EditorSection>
  );
};
