import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProfileDetail, ProfileDetailSchema } from '../../../../api/profiles.ts';
import { ApiError, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Checkbox, CheckboxGroup, TieBreakOrder } from './ProfileFormFields.tsx';
import {
  type Draft,
  draftOf,
  FLAG_FIELDS,
  type FlagPath,
  LIST_FIELDS,
  type ListPath,
  NUMBER_FIELDS,
  type NumberPath,
  profileFrom,
  RANKING_PUBLICATIONS,
} from './profile-form.ts';
import { issueUnder, shapedInput } from './ShapedSettings.tsx';
import { SETTING_GROUPS } from './setting-text.ts';

/** The element id of a setting: its last name ("caps.contractMinHours" -> "profile-contractMinHours"). */
const idOf = (path: string) => `profile-${path.split('.')[1]}`;

const numberField = (path: string) => NUMBER_FIELDS.find((field) => field.path === path);
const isFlag = (path: string): path is FlagPath => (FLAG_FIELDS as readonly string[]).includes(path);
const isList = (path: string): path is ListPath => path in LIST_FIELDS;

/**
 * The administrator edits a copy, group by group in the order the profile page shows them. Rubrics, INPS rates and
 * the sources of the values are read on the page and not edited here. The server validates the whole profile on
 * save and names the field at fault, which shows its message under it.
 */
export const ProfileEditForm = ({ detail, onSaved }: { detail: ProfileDetail; onSaved: () => void }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(detail.name);
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail.profile));
  const save = useMutation({
    mutationFn: () =>
      apiSend(
        'PUT',
        `/api/profiles/${encodeURIComponent(detail.code)}`,
        { name, profile: profileFrom(detail.profile, draft) },
        ProfileDetailSchema,
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['profiles'] });
      onSaved();
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const hasIssues = (error?.problem.issues?.length ?? 0) > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const update = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const label = (path: string) => t(`profiles.settings.${path}` as 'profiles.settings.caps.contractMinHours');

  const numberInput = (path: NumberPath, nullable: boolean) => (
    <div key={path} className="col-md-4">
      <TextField
        id={idOf(path)}
        label={label(path)}
        inputMode="numeric"
        infoText={nullable ? t('profiles.noLimitHelp') : undefined}
        value={draft.numbers[path]}
        onChange={(event) => update({ numbers: { ...draft.numbers, [path]: event.target.value } })}
        error={issueUnder(error, path)}
      />
    </div>
  );

  const listInput = (path: ListPath) => {
    const labelOf = {
      'eligibility.degreeTypes': (item: string) => t(`career.programmeTypes.${item as 'L'}`),
      'caps.overridable': (item: string) => t(`profiles.values.caps.${item as 'phd-hours'}`),
      'compatibility.incompatibleWith': (item: string) =>
        t(`profiles.values.incompatible.${item as 'fee-exemption'}`),
    }[path];
    return (
      <CheckboxGroup<string>
        key={path}
        id={idOf(path)}
        legend={label(path)}
        options={LIST_FIELDS[path]}
        selected={draft.lists[path]}
        labelOf={labelOf}
        onChange={(next) => update({ lists: { ...draft.lists, [path]: next } })}
        error={issueUnder(error, path)}
        nameSuffix={path === 'caps.overridable' ? t('profiles.form.overridableSuffix') : undefined}
      />
    );
  };

  /** The control of one setting, or null for those the form does not edit. */
  const inputFor = (path: string): ReactNode => {
    const number = numberField(path);
    if (number) return numberInput(number.path, number.nullable);
    if (isList(path)) return listInput(path);
    switch (path) {
      case 'caps.maxAmountPerYear':
        return (
          <div key={path} className="col-12 row g-3 m-0 p-0">
            <div className="col-md-4">
              <TextField
                id="profile-maxAmountEuro"
                label={t('profiles.amountEuro')}
                inputMode="decimal"
                infoText={t('profiles.noLimitHelp')}
                value={draft.maxAmountEuro}
                onChange={(event) => update({ maxAmountEuro: event.target.value })}
                error={issueUnder(error, path)}
              />
            </div>
            <div className="col-md-4">
              <SelectField
                id="profile-amountYear"
                label={t('profiles.form.amountYear')}
                value={draft.amountYear}
                onChange={(value) => update({ amountYear: value as Draft['amountYear'] })}
                options={(['academic', 'calendar'] as const).map((year) => ({
                  value: year,
                  label: t(`profiles.form.amountYears.${year}`),
                }))}
              />
            </div>
          </div>
        );
      case 'rankings.publication':
        return (
          <div key={path} className="col-md-4">
            <SelectField
              id={idOf(path)}
              label={label(path)}
              value={draft.publication}
              onChange={(value) => update({ publication: value as Draft['publication'] })}
              options={RANKING_PUBLICATIONS.map((kind) => ({
                value: kind,
                label: t(`profiles.values.publication.${kind}`),
              }))}
            />
          </div>
        );
      case 'rankings.tieBreaks':
        return (
          <TieBreakOrder
            key={path}
            value={draft.tieBreaks}
            onChange={(tieBreaks) => update({ tieBreaks })}
            error={issueUnder(error, path)}
          />
        );
      case 'activity.inpsRegistration':
        return (
          <div key={path} className="col-md-4">
            <TextField
              id={idOf(path)}
              label={t('profiles.form.inpsDays')}
              inputMode="numeric"
              infoText={t('profiles.form.inpsDaysHelp')}
              value={draft.inpsDaysAfterStart}
              onChange={(event) => update({ inpsDaysAfterStart: event.target.value })}
              error={issueUnder(error, path)}
            />
          </div>
        );
      default:
        return shapedInput(path, { draft, update, error, label });
    }
  };

  return (
    <section aria-labelledby="edit-profile-title" className="mt-4 mb-5 border rounded p-3">
      <h2 id="edit-profile-title" className="h3">
        {t('profiles.editTitle')}
      </h2>
      <p>{t('profiles.editLead')}</p>
      {save.isError &&
        (hasIssues ? (
          <div className="alert alert-danger" role="alert">
            {t('profiles.fixErrors')}
          </div>
        ) : (
          <ErrorAlert error={save.error} />
        ))}
      <form onSubmit={submit} noValidate className="row g-3">
        <div className="col-12">
          <TextField
            id="profile-name"
            label={t('profiles.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={error?.issueFor('name')}
            required
          />
        </div>
        {SETTING_GROUPS.map((group) => {
          const paths = Object.keys(detail.profile[group]).map((key) => `${group}.${key}`);
          const flags = paths.filter(isFlag);
          return (
            <fieldset key={group} className="col-12 row g-3 mx-0 px-0 mt-4">
              <legend className="h5 border-bottom pb-1">{t(`profiles.groups.${group}`)}</legend>
              {paths.map(inputFor)}
              {flags.length > 0 && (
                <div className="col-12">
                  {flags.map((path) => (
                    <Checkbox
                      key={path}
                      id={idOf(path)}
                      label={label(path)}
                      checked={draft.flags[path]}
                      onChange={(checked) => update({ flags: { ...draft.flags, [path]: checked } })}
                      error={issueUnder(error, path)}
                    />
                  ))}
                </div>
              )}
            </fieldset>
          );
        })}
        <div className="col-12">
          <Button type="submit" color="primary" disabled={save.isPending}>
            {t('profiles.save')}
          </Button>
        </div>
      </form>
    </section>
  );
};
