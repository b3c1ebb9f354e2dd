import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { OpenCall } from '../../../../api/applications.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { academicYearText, euros } from '../calls/call-format.ts';
import { applicationKeys, receiptHref, startApplication } from './applications-api.ts';
import { CallDeadline } from './CallDeadline.tsx';

/** One open call as the student sees it: each position with whether they may apply and why not, and their application. */
export const OpenCallCard = ({ call }: { call: OpenCall }) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () => startApplication(call.id),
    onSuccess: async (application) => {
      client.setQueryData(applicationKeys.one(application.id), application);
      await client.invalidateQueries({ queryKey: applicationKeys.openCalls });
      await navigate(`/applications/${application.id}`);
    },
  });
  const eligible = call.positions.filter((position) => position.eligible).length;
  const mine = call.myApplication;
  const headingId = `open-call-${call.id}`;
  return (
    <article aria-labelledby={headingId} className="card-wrapper mb-4" data-testid="open-call">
      <div className="card card-bg shadow-sm">
        <div className="card-body">
          <h3 id={headingId} className="h4 card-title">
            {call.title}
          </h3>
          <p className="mb-2 text-muted small">
            {call.code} · {academicYearText(call.academicYear, t)}
          </p>
          <CallDeadline closesAt={call.closesAt} />
          {call.maxPositionsPerCandidate !== null && (
            <p className="mb-3">{t('applications.maxPositions', { count: call.maxPositionsPerCandidate })}</p>
          )}
          <h4 className="h6">{t('applications.positionsTitle')}</h4>
          <ul className="list-unstyled mb-3">
            {call.positions.map((position) => (
              <li key={position.id} className="border-bottom py-2" data-testid="open-call-position">
                <div className="fw-semibold">
                  {position.activityType} · {position.unitName}
                </div>
                <div className="small">
                  {t('applications.positionFacts', {
                    grants: position.grants,
                    hours: position.hoursPerGrant,
                    amount: euros(position.amountPerGrantCents, i18n.language),
                  })}
                  {' · '}
                  {position.admittedProgrammeTypes
                    .map((type) => t(`career.programmeTypes.${type}` as 'career.programmeTypes.LM'))
                    .join(', ')}
                </div>
                {position.eligible ? (
                  <span className="badge bg-success mt-1">{t('applications.eligible')}</span>
                ) : (
                  <div className="small mt-1">
                    <span className="badge bg-secondary me-1">{t('applications.notEligible')}</span>
                    <ul className="mb-0">
                      {position.reasons.map((reason) => (
                        <li key={reason.code}>{reason.message}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {start.isError && <ErrorAlert error={start.error} />}
          {mine === null ? (
            eligible === 0 ? (
              <p className="mb-0">{t('applications.noEligiblePosition')}</p>
            ) : (
              <Button color="primary" onClick={() => start.mutate()} disabled={start.isPending}>
                {t('applications.start')}
                <span className="visually-hidden"> · {call.title}</span>
              </Button>
            )
          ) : mine.status === 'draft' ? (
            <Link className="btn btn-primary" to={`/applications/${mine.id}`}>
              {t('applications.continue')}
              <span className="visually-hidden"> · {call.title}</span>
            </Link>
          ) : (
            <div>
              <p className="mb-2">
                <span className="badge bg-success me-2">{t('applications.statuses.confirmed')}</span>
                {t('applications.protocol')}: <strong>{mine.protocolNumber}</strong>
              </p>
              <Link className="btn btn-outline-primary btn-sm me-2 mb-2" to={`/applications/${mine.id}`}>
                {t('applications.view')}
                <span className="visually-hidden"> · {call.title}</span>
              </Link>
              <a className="btn btn-outline-primary btn-sm btn-icon mb-2" href={receiptHref(mine.id)}>
                <Icon icon="it-file-pdf" color="primary" size="sm" className="me-1" />
                <span>{t('applications.receipt')}</span>
                <span className="visually-hidden"> · {call.title}</span>
              </a>
            </div>
          )}
        </div>
      </div>
    </article>
  );
};
