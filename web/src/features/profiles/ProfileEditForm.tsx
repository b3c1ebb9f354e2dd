import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProfileDetail, ProfileDetailSchema } from '../../../../api/profiles.ts';
import type { RegulationProfile } from '../../../../domain/profiles/types.ts';
import { ApiError, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

/** The settings the form edits, each with the path the server names when it refuses the value. */
const FIELDS = [
  { key: 'maxAmountEuro', path: 'caps.maxAmountPerYear', nullable: true },
  { key: 'maxHoursPerYear', path: 'caps.maxHoursPerYear', nullable: true },
  { key: 'contractMinHours', path: 'caps.contractMinHours', nullable: true },
  { key: 'contractMaxHours', path: 'caps.contractMaxHours', nullable: true },
  { key: 'phdMaxHours', path: 'caps.phdMaxHours', nullable: true },
  { key: 'maxYearsBeyond', path: 'eligibility.maxYearsBeyond', nullable: true },
  { key: 'acceptanceWorkingDays', path: 'offers.acceptanceWorkingDays', nullable: false },
  { key: 'appealWindowDays', path: 'rankings.appealWindowDays', nullable: false },
  { key: 'maxPositionsPerCandidate', path: 'applications.maxPositionsPerCandidate', nullable: true },
] as const;
type FieldKey = (typeof FIELDS)[number]['key'];

/** Yes/no settings of eligibility and applications, as checkboxes. */
const FLAGS = [
  { key: 'partTimeExcluded', group: 'eligibility' },
  { key: 'singleCourseExcluded', group: 'eligibility' },
  { key: 'staffExcluded', group: 'eligibility' },
  { key: 'ownDepartmentFirst', group: 'applications' },
] as const;
type FlagKey = (typeof FLAGS)[number]['key'];
type Flags = Record<FlagKey, boolean>;

const flagsOf = (profile: RegulationProfile): Flags => ({
  partTimeExcluded: profile.eligibility.partTimeExcluded.value,
  singleCourseExcluded: profile.eligibility.singleCourseExcluded.value,
  staffExcluded: profile.eligibility.staffExcluded.value,
  ownDepartmentFirst: profile.applications.ownDepartmentFirst.value,
});
type Values = Record<FieldKey, string>;

const text = (value: number | null) => (value === null ? '' : String(value));

const valuesOf = (profile: RegulationProfile): Values => {
  const cap = profile.caps.maxAmountPerYear.value;
  return {
    maxAmountEuro: cap === null ? '' : (cap.cents / 100).toFixed(2).replace('.', ','),
    maxHoursPerYear: text(profile.caps.maxHoursPerYear.value),
    contractMinHours: text(profile.caps.contractMinHours.value),
    contractMaxHours: text(profile.caps.contractMaxHours.value),
    phdMaxHours: text(profile.caps.phdMaxHours.value),
    maxYearsBeyond: text(profile.eligibility.maxYearsBeyond.value),
    acceptanceWorkingDays: text(profile.offers.acceptanceWorkingDays.value),
    appealWindowDays: text(profile.rankings.appealWindowDays.value),
    maxPositionsPerCandidate: text(profile.applications.maxPositionsPerCandidate.value),
  };
};

/** A typed number; an empty field is "no limit". Anything unreadable goes to the server, which names the field. */
const numberOf = (value: string): number | null => {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
};

const required = (value: string): number => numberOf(value) ?? Number.NaN;

const profileWith = (profile: RegulationProfile, values: Values, flags: Flags): RegulationProfile => {
  const next = structuredClone(profile);
  next.eligibility.partTimeExcluded.value = flags.partTimeExcluded;
  next.eligibility.singleCourseExcluded.value = flags.singleCourseExcluded;
  next.eligibility.staffExcluded.value = flags.staffExcluded;
  next.applications.ownDepartmentFirst.value = flags.ownDepartmentFirst;
  const euros = numberOf(values.maxAmountEuro);
  next.caps.maxAmountPerYear.value =
    euros === null
      ? null
      : { cents: Math.round(euros * 100), year: profile.caps.maxAmountPerYear.value?.year ?? 'academic' };
  next.caps.maxHoursPerYear.value = numberOf(values.maxHoursPerYear);
  next.caps.contractMinHours.value = numberOf(values.contractMinHours);
  next.caps.contractMaxHours.value = numberOf(values.contractMaxHours);
  next.caps.phdMaxHours.value = numberOf(values.phdMaxHours);
  next.eligibility.maxYearsBeyond.value = numberOf(values.maxYearsBeyond);
  next.offers.acceptanceWorkingDays.value = required(values.acceptanceWorkingDays);
  next.rankings.appealWindowDays.value = required(values.appealWindowDays);
  next.applications.maxPositionsPerCandidate.value = numberOf(values.maxPositionsPerCandidate);
  return next;
};

/** The first message the server gave for a setting (its value, or a part of it). */
const issueUnder = (error: ApiError | null, path: string): string | undefined =>
  error?.problem.issues?.find(
    (issue) => issue.field === `profile.${path}` || issue.field.startsWith(`profile.${path}.`),
  )?.message;

/** The administrator edits the main settings of a copy; the server validates the whole profile on save. */
export const ProfileEditForm = ({ detail, onSaved }: { detail: ProfileDetail; onSaved: () => void }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(detail.name);
  const [values, setValues] = useState<Values>(() => valuesOf(detail.profile));
  const [flags, setFlags] = useState<Flags>(() => flagsOf(detail.profile));
  const save = useMutation({
    mutationFn: () =>
      apiSend(
        'PUT',
        `/api/profiles/${encodeURIComponent(detail.code)}`,
        { name, profile: profileWith(detail.profile, values, flags) },
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
  const label = (key: FieldKey, path: string) =>
    key === 'maxAmountEuro'
      ? t('profiles.amountEuro')
      : t(`profiles.settings.${path}` as 'profiles.settings.caps.contractMinHours');
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
        {FIELDS.map((field) => (
          <div key={field.key} className="col-md-4">
            <TextField
              id={`profile-${field.key}`}
              label={label(field.key, field.path)}
              inputMode={field.key === 'maxAmountEuro' ? 'decimal' : 'numeric'}
              infoText={field.nullable ? t('profiles.noLimitHelp') : undefined}
              value={values[field.key]}
              onChange={(event) => setValues({ ...values, [field.key]: event.target.value })}
              error={issueUnder(error, field.path)}
            />
          </div>
        ))}
        <fieldset className="col-12">
          <legend className="h6 fw-semibold">{t('profiles.flagsLegend')}</legend>
          {FLAGS.map((flag) => (
            <div key={flag.key} className="form-check">
              <input
                id={`profile-${flag.key}`}
                type="checkbox"
                checked={flags[flag.key]}
                onChange={(event) => setFlags({ ...flags, [flag.key]: event.target.checked })}
              />
              <label htmlFor={`profile-${flag.key}`}>
                {t(
                  `profiles.settings.${flag.group}.${flag.key}` as 'profiles.settings.caps.grantsCumulative',
                )}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="col-12">
          <Button type="submit" color="primary" disabled={save.isPending}>
            {t('profiles.save')}
          </Button>
        </div>
      </form>
    </section>
  );
};
