import { Button } from 'design-react-kit';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleSchema } from '../../../../api/common.ts';
import type { PersonSummary } from '../../../../api/people.ts';
import type { Unit } from '../../../../api/units.ts';
import type { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';

type Role = (typeof RoleSchema.options)[number];

interface GrantRoleFormProps {
  person: PersonSummary;
  units: Unit[];
  onGrant: (grant: { role: Role; unitId: string | null }) => void;
  onCancel: () => void;
  busy: boolean;
  error: ApiError | null;
}

/** Grants one role, scoped to a unit when it needs one (a supervisor belongs to a department). */
export const GrantRoleForm = ({ person, units, onGrant, onCancel, busy, error }: GrantRoleFormProps) => {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [role, setRole] = useState<Role>('supervisor');
  const [unitId, setUnitId] = useState('');
  const name = `${person.givenName} ${person.familyName}`;
  useEffect(() => heading.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onGrant({ role, unitId: unitId || null });
  };
  const fieldError = error?.issueFor('unitId') ?? error?.issueFor('role');
  return (
    <section aria-labelledby="grant-title" className="border rounded p-3 mb-4">
      <h2 id="grant-title" ref={heading} tabIndex={-1} className="h4">
        {t('people.grantTitle', { name })}
      </h2>
      {error && !fieldError && <ErrorAlert error={error} />}
      <form onSubmit={submit} className="row g-3 align-items-end">
        <div className="col-md-5">
          <SelectField
            id="grant-role"
            label={t('people.role')}
            value={role}
            onChange={(value) => setRole(RoleSchema.parse(value))}
            options={RoleSchema.options.map((option) => ({ value: option, label: t(`roles.${option}`) }))}
          />
        </div>
        <div className="col-md-7">
          <SelectField
            id="grant-unit"
            label={t('people.grantUnit')}
            value={unitId}
            onChange={setUnitId}
            emptyLabel={t('people.noUnit')}
            options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        </div>
        {fieldError && (
          <p className="col-12 text-danger mb-0" role="alert">
            {fieldError}
          </p>
        )}
        <div className="col-12 d-flex gap-2">
          <Button type="submit" color="primary" disabled={busy}>
            {t('people.confirmGrant')}
          </Button>
          <Button type="button" color="secondary" outline onClick={onCancel}>
            {t('people.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
};
