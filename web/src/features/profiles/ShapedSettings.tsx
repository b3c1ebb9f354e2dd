import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Checkbox } from './ProfileFormFields.tsx';
import type { Draft } from './profile-form.ts';

/** The first message the server gave for a setting (its value, or a part of it). */
export const issueUnder = (error: ApiError | null, path: string): string | undefined =>
  error?.problem.issues?.find(
    (issue) => issue.field === `profile.${path}` || issue.field.startsWith(`profile.${path}.`),
  )?.message;

/** The server's message for exactly this part of a setting. */
export const issueAt = (error: ApiError | null, path: string): string | undefined =>
  error?.problem.issues?.find((issue) => issue.field === `profile.${path}`)?.message;

interface ShapedContext {
  draft: Draft;
  update: (change: Partial<Draft>) => void;
  error: ApiError | null;
  label: (path: string) => string;
}

const ShapedInput = ({ path, draft, update, error, label }: ShapedContext & { path: string }): ReactNode => {
  const { t } = useTranslation();
  switch (path) {
    case 'eligibility.singleCycleMinYear':
      return (['fiveYear', 'sixYear'] as const).map((part) => (
        <div key={`${path}.${part}`} className="col-md-4">
          <TextField
            id={`profile-singleCycle-${part}`}
            label={t(`profiles.form.singleCycle.${part}`)}
            inputMode="numeric"
            infoText={t('profiles.form.singleCycle.help')}
            value={draft.singleCycle[part]}
            onChange={(event) =>
              update({ singleCycle: { ...draft.singleCycle, [part]: event.target.value } })
            }
            error={
              issueUnder(error, `${path}.value.${part}`) ??
              (part === 'fiveYear' ? issueAt(error, `${path}.value`) : undefined)
            }
          />
        </div>
      ));
    case 'offers.refusal':
      return (
        <div key={path} className="col-12 row g-3 m-0 p-0">
          <div className="col-md-4">
            <SelectField
              id="profile-refusal"
              label={label(path)}
              value={draft.refusal.kind}
              onChange={(kind) =>
                update({ refusal: { ...draft.refusal, kind: kind as Draft['refusal']['kind'] } })
              }
              options={[
                { value: 'exclude', label: t('profiles.values.refusalExclude') },
                { value: 'move-to-end', label: t('profiles.values.refusalMoveToEnd') },
              ]}
            />
          </div>
          {draft.refusal.kind === 'move-to-end' && (
            <div className="col-md-4">
              <TextField
                id="profile-refusal-excludeAfter"
                label={t('profiles.form.excludeAfter')}
                inputMode="numeric"
                infoText={t('profiles.form.excludeAfterHelp')}
                value={draft.refusal.excludeAfter}
                onChange={(event) =>
                  update({ refusal: { ...draft.refusal, excludeAfter: event.target.value } })
                }
                error={issueUnder(error, path)}
              />
            </div>
          )}
          <div className="col-12">
            <Checkbox
              id="profile-refusal-silence"
              label={t('profiles.form.silenceIsRefusal')}
              checked={draft.refusal.silenceIsRefusal}
              onChange={(silenceIsRefusal) => update({ refusal: { ...draft.refusal, silenceIsRefusal } })}
            />
          </div>
        </div>
      );
    case 'calendar.patronDay':
      return (['saint', 'monthDay'] as const).map((part) => (
        <div key={`${path}.${part}`} className="col-md-4">
          <TextField
            id={`profile-patron-${part}`}
            label={t(`profiles.form.patron.${part}`)}
            infoText={t(`profiles.form.patron.${part}Help`)}
            value={draft.patronDay[part]}
            onChange={(event) => update({ patronDay: { ...draft.patronDay, [part]: event.target.value } })}
            error={issueUnder(error, `${path}.value.${part}`)}
          />
        </div>
      ));
    case 'activity.continuationAfterGraduation':
      return (
        <div key={path} className="col-12 row g-3 m-0 p-0">
          <div className="col-md-4">
            <SelectField
              id="profile-continuation"
              label={label(path)}
              value={draft.continuation.kind}
              onChange={(kind) =>
                update({
                  continuation: { ...draft.continuation, kind: kind as Draft['continuation']['kind'] },
                })
              }
              options={[
                { value: 'never', label: t('profiles.values.continuation.never') },
                { value: 'always', label: t('profiles.values.continuation.always') },
                { value: 'limited', label: t('profiles.form.continuationLimited') },
              ]}
            />
          </div>
          {draft.continuation.kind === 'limited' && (
            <div className="col-md-4">
              <TextField
                id="profile-continuation-hours"
                label={t('profiles.form.continuationHours')}
                inputMode="numeric"
                value={draft.continuation.hours}
                onChange={(event) =>
                  update({ continuation: { ...draft.continuation, hours: event.target.value } })
                }
                error={issueUnder(error, path)}
              />
            </div>
          )}
        </div>
      );
    default:
      return null;
  }
};

/**
 * The controls of the settings with a shape of their own (single-cycle years, refusal policy, patron day,
 * continuation after graduation), or null for a setting that is not one of them.
 */
export const shapedInput = (path: string, context: ShapedContext): ReactNode => (
  <ShapedInput key={path} path={path} {...context} />
);
