import { Icon } from 'design-react-kit';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, OpenCall } from '../../../../api/applications.ts';
import { romeDateTime } from './application-format.ts';
import { receiptHref } from './applications-api.ts';

/** A confirmed application: its protocol number, when it was confirmed (Rome time), what it asks for, the receipt. */
export const ReceiptPanel = ({
  application,
  positions,
  focusOnMount = false,
}: {
  application: Application;
  positions: OpenCall['positions'] | null;
  focusOnMount?: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const byId = new Map((positions ?? []).map((position) => [position.id, position]));
  return (
    <section
      aria-labelledby="receipt-title"
      className="border border-success rounded p-3 mb-4"
      data-testid="receipt"
    >
      <h2 id="receipt-title" ref={heading} tabIndex={-1} className="h3">
        <Icon icon="it-check-circle" color="success" aria-hidden className="me-2" />
        {t('applications.receiptTitle')}
      </h2>
      <dl className="row mb-2">
        <dt className="col-sm-4">{t('applications.protocol')}</dt>
        <dd className="col-sm-8 fw-bold" data-testid="protocol-number">
          {application.protocolNumber}
        </dd>
        {application.confirmedAt && (
          <>
            <dt className="col-sm-4">{t('applications.confirmedAt')}</dt>
            <dd className="col-sm-8" data-testid="confirmed-at">
              {t('applications.at', romeDateTime(application.confirmedAt, i18n.language, true))}{' '}
              {t('applications.romeTime')}
            </dd>
          </>
        )}
        {positions && (
          <>
            <dt className="col-sm-4">{t('applications.preferenceTitle')}</dt>
            <dd className="col-sm-8">
              <ol className="mb-0 ps-3">
                {application.positionIds.map((id) => {
                  const position = byId.get(id);
                  return (
                    <li key={id}>{position ? `${position.activityType} · ${position.unitName}` : id}</li>
                  );
                })}
              </ol>
            </dd>
          </>
        )}
      </dl>
      <p className="small">{t('applications.receiptFinal')}</p>
      <a className="btn btn-primary btn-icon" href={receiptHref(application.id)}>
        <Icon icon="it-file-pdf" color="white" size="sm" className="me-1" aria-hidden />
        <span>{t('applications.downloadReceipt')}</span>
      </a>
    </section>
  );
};
