import { Button, Icon } from 'design-react-kit';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenCall } from '../../../../api/applications.ts';
import { euros } from '../calls/call-format.ts';
import { type FormIssue, movePosition, togglePosition } from './draft-form.ts';

type Position = OpenCall['positions'][number];

/**
 * The positions to apply for (seed 004 art. 4: at most two), ticked among those the student is eligible for, then
 * put in order of preference with up/down buttons. After a move the focus stays on the moved position's button and
 * a live region says where it went, so the order can be set from the keyboard and a screen reader.
 */
export const PositionPicker = ({
  positions,
  max,
  chosen,
  onChange,
  issues = [],
}: {
  positions: Position[];
  max: number | null;
  chosen: string[];
  onChange: (next: string[]) => void;
  issues?: FormIssue[];
}) => {
  const { t, i18n } = useTranslation();
  const [moved, setMoved] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const byId = new Map(positions.map((position) => [position.id, position]));
  const name = (id: string) => {
    const position = byId.get(id);
    return position ? `${position.activityType} · ${position.unitName}` : id;
  };
  const full = max !== null && chosen.length >= max;
  const move = (index: number, step: -1 | 1) => {
    const id = chosen[index] as string;
    const next = movePosition(chosen, index, step);
    onChange(next);
    const place = next.indexOf(id);
    setMoved(t('applications.movedTo', { name: name(id), place: place + 1 }));
    // At an end the button that was pressed is disabled: keep the focus on the other one of the same position.
    const atEnd = step === -1 ? place === 0 : place === next.length - 1;
    const target = `${id}:${atEnd ? -step : step}`;
    requestAnimationFrame(() => buttons.current.get(target)?.focus());
  };
  const errorId = 'positions-error';
  return (
    <fieldset className="mb-4" aria-describedby={issues.length > 0 ? errorId : 'positions-help'}>
      <legend className="h4">{t('applications.positionsLegend')}</legend>
      <p id="positions-help" className="small">
        {max === null
          ? t('applications.choosePositionsNoMax')
          : t('applications.choosePositions', { count: max })}
      </p>
      {issues.length > 0 && (
        <ul id={errorId} className="text-danger small ps-3">
          {issues.map((issue) => (
            <li key={`${issue.rank}-${issue.message}`}>
              {issue.rank
                ? t('applications.preferenceIssue', { rank: issue.rank, message: issue.message })
                : issue.message}
            </li>
          ))}
        </ul>
      )}
      {positions.map((position) => {
        const checked = chosen.includes(position.id);
        const disabled = !position.eligible || (!checked && full);
        const id = `position-${position.id}`;
        return (
          <div key={position.id} className="form-check mb-2" data-testid="position-choice">
            <input
              id={id}
              type="checkbox"
              checked={checked}
              disabled={disabled}
              aria-describedby={`${id}-facts`}
              onChange={() => onChange(togglePosition(chosen, position.id, max))}
            />
            <label htmlFor={id}>{name(position.id)}</label>
            <div id={`${id}-facts`} className="small ms-5">
              {t('applications.positionFacts', {
                grants: position.grants,
                hours: position.hoursPerGrant,
                amount: euros(position.amountPerGrantCents, i18n.language),
              })}
              {!position.eligible && (
                <>
                  {' · '}
                  {t('applications.notEligible')}:{' '}
                  {position.reasons.map((reason) => reason.message).join('; ')}
                </>
              )}
            </div>
          </div>
        );
      })}
      {full && <p className="small fw-semibold">{t('applications.maxReached', { count: max })}</p>}
      <h3 className="h5 mt-3" id="preference-title">
        {t('applications.preferenceTitle')}
      </h3>
      {chosen.length === 0 ? (
        <p className="small">{t('applications.noneChosen')}</p>
      ) : (
        <ol
          aria-labelledby="preference-title"
          className="list-group list-group-numbered"
          data-testid="preferences"
        >
          {chosen.map((id, index) => (
            <li key={id} className="list-group-item d-flex align-items-center gap-2 flex-wrap">
              <span className="flex-grow-1">{name(id)}</span>
              <span className="d-inline-flex gap-1">
                <Button
                  type="button"
                  size="sm"
                  icon
                  color="primary"
                  outline
                  innerRef={(element: HTMLButtonElement | null) => {
                    if (element) buttons.current.set(`${id}:-1`, element);
                    else buttons.current.delete(`${id}:-1`);
                  }}
                  disabled={index === 0}
                  aria-label={t('applications.moveUp', { name: name(id) })}
                  onClick={() => move(index, -1)}
                >
                  <Icon icon="it-arrow-up" size="sm" color="primary" aria-hidden />
                </Button>
                <Button
                  type="button"
                  size="sm"
                  icon
                  color="primary"
                  outline
                  innerRef={(element: HTMLButtonElement | null) => {
                    if (element) buttons.current.set(`${id}:1`, element);
                    else buttons.current.delete(`${id}:1`);
                  }}
                  disabled={index === chosen.length - 1}
                  aria-label={t('applications.moveDown', { name: name(id) })}
                  onClick={() => move(index, 1)}
                >
                  <Icon icon="it-arrow-down" size="sm" color="primary" aria-hidden />
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="visually-hidden" aria-live="polite">
        {moved}
      </div>
    </fieldset>
  );
};
