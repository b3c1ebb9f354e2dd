import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AllocationBody,
  AllocationPreviewSchema,
  type AllocationShare,
  type Funding,
  FundingSchema,
} from '../../../../api/funding.ts';
import { UnitListSchema } from '../../../../api/units.ts';
import { ApiError, apiGet, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { AllocationChart } from './AllocationChart.tsx';
import { euros } from './money-format.ts';
import { centsToEuroInput, parseEuroCents, remainingCents } from './money-input.ts';

type Method = 'manual' | 'proportional';
interface Row {
  key: number;
  unitId: string;
  amount: string;
}

let nextKey = 0;
const row = (unitId = '', amount = ''): Row => ({ key: nextKey++, unitId, amount });

/**
 * The office splits an assignment across units: by hand, one row per unit with the amount left shown as it is
 * typed, or in proportion to enrolled students, previewed from the server's own calculation before it is saved.
 * Whatever was typed stays on the page when the server refuses it, with the message next to the field at fault.
 */
export const AllocationForm = ({ funding, onSaved }: { funding: Funding; onSaved: () => void }) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const id = useId().replaceAll(':', '');
  const units = useQuery({ queryKey: ['units'], queryFn: () => apiGet('/api/units', UnitListSchema) });
  const current = funding.allocations;
  const [method, setMethod] = useState<Method>(current[0]?.method ?? 'manual');
  const [rows, setRows] = useState<Row[]>(() =>
    current.length > 0 ? current.map((a) => row(a.unitId, centsToEuroInput(a.amountCents))) : [row()],
  );
  const [chosen, setChosen] = useState<string[] | null>(() =>
    current.length > 0 && current[0]?.method === 'proportional' ? current.map((a) => a.unitId) : null,
  );
  const [academicYear, setAcademicYear] = useState(String(funding.year));
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [preview, setPreview] = useState<AllocationShare[] | null>(null);

  const allUnits = (units.data ?? []).filter((unit) => unit.kind !== 'university');
  const departments = allUnits.filter((unit) => unit.kind === 'department');
  const selected = chosen ?? departments.map((unit) => unit.id);

  const body = (): AllocationBody =>
    method === 'manual'
      ? {
          method,
          shares: rows.map((r) => ({ unitId: r.unitId, amountCents: parseEuroCents(r.amount) ?? 0 })),
        }
      : { method, unitIds: selected, academicYear: Number(academicYear) };

  const previewMutation = useMutation({
    mutationFn: () =>
      apiSend('POST', `/api/funding/${funding.id}/allocations/preview`, body(), AllocationPreviewSchema),
    onSuccess: (reply) => setPreview(reply.shares),
  });
  const save = useMutation({
    mutationFn: () => apiSend('PUT', `/api/funding/${funding.id}/allocations`, body(), FundingSchema),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['funding'] });
      onSaved();
    },
  });
  const failed = save.error ?? previewMutation.error;
  const error = failed instanceof ApiError ? failed : null;
  const issue = (...fields: string[]) => fields.map((field) => error?.issueFor(field)).find(Boolean);

  const left = remainingCents(
    funding.amountCents,
    rows.map((r) => r.amount),
  );
  const changed = () => {
    setPreview(null);
    save.reset();
    previewMutation.reset();
  };
  const checkRows = (): boolean => {
    const errors: Record<number, string> = {};
    rows.forEach((r, index) => {
      if (!r.unitId) errors[index] = t('funding.chooseUnit');
      else if (parseEuroCents(r.amount) === null) errors[index] = t('funding.amountInvalid');
    });
    setRowErrors(errors);
    return Object.keys(errors).length === 0;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (method === 'manual') {
      if (checkRows()) save.mutate();
    } else if (preview) save.mutate();
    else previewMutation.mutate();
  };

  const unitOptions = allUnits.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }));
  const totalIssue = issue('shares', 'unitIds');
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="border rounded p-3 mb-3">
      <h3 id={`${id}-title`} className="h5">
        {t('funding.splitTitle', { title: funding.title })}
      </h3>
      {failed && <ErrorAlert error={failed} />}
      <fieldset className="mb-3">
        <legend className="fs-6 fw-semibold">{t('funding.methodLegend')}</legend>
        {(['manual', 'proportional'] as const).map((value) => (
          <div className="form-check form-check-inline" key={value}>
            <input
              type="radio"
              className="form-check-input"
              id={`${id}-method-${value}`}
              name={`${id}-method`}
              checked={method === value}
              onChange={() => {
                setMethod(value);
                changed();
              }}
            />
            <label className="form-check-label" htmlFor={`${id}-method-${value}`}>
              {t(`funding.methods.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>

      {method === 'manual' ? (
        <>
          {rows.map((r, index) => (
            <div className="row g-2 align-items-start mb-2" key={r.key}>
              <div className="col-12 col-md-6 mb-3">
                <SelectField
                  id={`${id}-unit-${index}`}
                  label={t('funding.rowUnit', { n: index + 1 })}
                  value={r.unitId}
                  emptyLabel={t('funding.chooseUnit')}
                  onChange={(value) => {
                    setRows(rows.map((other) => (other.key === r.key ? { ...other, unitId: value } : other)));
                    changed();
                  }}
                  options={unitOptions}
                />
              </div>
              <div className="col-12 col-md-3">
                <TextField
                  id={`${id}-amount-${index}`}
                  label={t('funding.rowAmount', { n: index + 1 })}
                  inputMode="decimal"
                  value={r.amount}
                  onChange={(event) => {
                    setRows(
                      rows.map((other) =>
                        other.key === r.key ? { ...other, amount: event.target.value } : other,
                      ),
                    );
                    changed();
                  }}
                  error={
                    rowErrors[index] ??
                    issue(`shares.${index}`, `shares.${index}.unitId`, `shares.${index}.amountCents`)
                  }
                />
              </div>
              <div className="col-12 col-md-3 pt-md-3">
                {rows.length > 1 && (
                  <Button
                    type="button"
                    color="secondary"
                    outline
                    size="sm"
                    onClick={() => {
                      setRows(rows.filter((other) => other.key !== r.key));
                      setRowErrors({});
                      changed();
                    }}
                  >
                    {t('funding.removeRow', { n: index + 1 })}
                  </Button>
                )}
              </div>
            </div>
          ))}
          <Button
            type="button"
            color="primary"
            outline
            size="sm"
            className="mb-3"
            onClick={() => setRows([...rows, row()])}
          >
            {t('funding.addRow')}
          </Button>
          <p
            aria-live="polite"
            id={`${id}-left`}
            className={left === 0 ? 'text-success fw-semibold' : 'fw-semibold'}
            data-testid="funding-left"
          >
            {left === 0
              ? t('funding.allSplit')
              : left > 0
                ? t('funding.left', { amount: euros(left, i18n.language) })
                : t('funding.over', { amount: euros(-left, i18n.language) })}
          </p>
          {totalIssue && <p className="text-danger small">{totalIssue}</p>}
        </>
      ) : (
        <>
          <fieldset className="mb-3">
            <legend className="fs-6 fw-semibold">{t('funding.unitsLegend')}</legend>
            {departments.map((unit) => (
              <div className="form-check" key={unit.id}>
                <input
                  type="checkbox"
                  className="form-check-input"
                  id={`${id}-dept-${unit.code}`}
                  checked={selected.includes(unit.id)}
                  onChange={(event) => {
                    setChosen(
                      event.target.checked ? [...selected, unit.id] : selected.filter((u) => u !== unit.id),
                    );
                    changed();
                  }}
                />
                <label className="form-check-label" htmlFor={`${id}-dept-${unit.code}`}>
                  {unit.name}
                </label>
              </div>
            ))}
            {totalIssue && <p className="text-danger small">{totalIssue}</p>}
          </fieldset>
          <div className="row">
            <div className="col-md-6">
              <TextField
                id={`${id}-year`}
                label={t('funding.academicYear')}
                infoText={t('funding.academicYearHelp')}
                inputMode="numeric"
                value={academicYear}
                onChange={(event) => {
                  setAcademicYear(event.target.value);
                  changed();
                }}
                error={issue('academicYear')}
              />
            </div>
          </div>
          {preview && (
            <section aria-labelledby={`${id}-preview`} className="mb-3">
              <h4 id={`${id}-preview`} className="h6">
                {t('funding.previewTitle')}
              </h4>
              <AllocationChart id={`${id}-preview-chart`} shares={preview} />
              <ul className="small mb-0">
                {preview.map((share) => (
                  <li key={share.unitId}>
                    {share.unitName}: {t('funding.basis')} {share.basis ?? 0}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <div className="d-flex flex-wrap gap-2">
        {method === 'proportional' && (
          <Button
            type="button"
            color="primary"
            outline
            disabled={previewMutation.isPending}
            onClick={() => previewMutation.mutate()}
          >
            {t('funding.preview')}
          </Button>
        )}
        <Button
          type="submit"
          color="primary"
          disabled={save.isPending || (method === 'proportional' && !preview)}
        >
          {t('funding.save')}
        </Button>
      </div>
    </form>
  );
};
