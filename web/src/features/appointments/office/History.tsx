import { Table } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Appointment, AppointmentTermsInput } from '../../../../../api/appointments.ts';
import { dayText, euroText } from '../queries.ts';
import { daysBetween } from './dates.ts';
import { PauseLimit } from './PauseDialog.tsx';

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section aria-labelledby={id} className="mb-5">
    <h2 id={id} className="h4">
      {title}
    </h2>
    {children}
  </section>
);

/** The pauses with their dates and reasons, and the days used against the profile's limit. */
export const Pauses = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  return (
    <Section id="pauses-title" title={t('appointmentOffice.pausesTitle')}>
      <PauseLimit appointment={appointment} />
      {appointment.pauses.length === 0 ? (
        <p>{t('appointmentOffice.noPauses')}</p>
      ) : (
        <ul data-testid="pauses">
          {appointment.pauses.map((pause) => (
            <li key={pause.from}>
              {pause.resumedOn
                ? t('appointmentOffice.pauseClosed', {
                    from: dayText(pause.from),
                    on: dayText(pause.resumedOn),
                    count: daysBetween(pause.from, pause.resumedOn),
                  })
                : t('appointmentOffice.pauseOpen', { from: dayText(pause.from) })}{' '}
              — {pause.reason}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};

/** The terms of one version in a line: period, hours and cost per kind, training. */
const TermsLine = ({ terms }: { terms: AppointmentTermsInput }) => {
  const { t, i18n } = useTranslation();
  return (
    <>
      {t('appointments.fromTo', { from: dayText(terms.startDate), to: dayText(terms.endDate) })};{' '}
      {terms.items
        .map((item) =>
          t('appointmentOffice.itemText', {
            kind: t(`appointments.kinds.${item.kind}`),
            hours: item.hours,
            amount: euroText(item.costCents, i18n.language),
          }),
        )
        .join('; ')}
      ; {t('appointmentOffice.trainingText', { count: terms.trainingHours })}
    </>
  );
};

/** The amendments of a signed letter: date, elements changed, before and after, reason. */
export const Amendments = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  return (
    <Section id="amendments-title" title={t('appointmentOffice.amendmentsTitle')}>
      {appointment.amendments.length === 0 ? (
        <p>{t('appointmentOffice.noAmendments')}</p>
      ) : (
        <Table responsive size="sm">
          <caption>{t('appointmentOffice.amendmentsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('appointmentOffice.amendmentDate')}</th>
              <th scope="col">{t('appointmentOffice.amendmentChanged')}</th>
              <th scope="col">{t('appointmentOffice.amendmentBeforeAfter')}</th>
              <th scope="col">{t('appointmentOffice.amendmentReason')}</th>
            </tr>
          </thead>
          <tbody>
            {appointment.amendments.map((amendment, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: amendments are only ever appended
              <tr key={index} data-testid="amendment">
                <td>{dayText(amendment.date)}</td>
                <td>{amendment.changed.map((e) => t(`appointmentOffice.elements.${e}`)).join(', ')}</td>
                <td>
                  <TermsLine terms={amendment.before} /> → <TermsLine terms={amendment.after} />
                </td>
                <td>
                  {amendment.reason}
                  {amendment.returnedHoursFrom && (
                    <>
                      {' '}
                      (
                      <Link to={`/appointments/${encodeURIComponent(amendment.returnedHoursFrom)}`}>
                        {t('returnedHours.amendmentSource')}
                      </Link>
                      )
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Section>
  );
};

/** How the appointment ended: kind, date, hours done and given back, note. */
export const Ending = ({ appointment, children }: { appointment: Appointment; children?: ReactNode }) => {
  const { t } = useTranslation();
  const ending = appointment.ending;
  return (
    <Section id="ending-title" title={t('appointmentOffice.endingTitle')}>
      {ending === null ? (
        <p>{t('appointmentOffice.notEnded')}</p>
      ) : (
        <dl className="row" data-testid="ending">
          <dt className="col-sm-4">{t('appointmentOffice.endKind')}</dt>
          <dd className="col-sm-8">{t(`appointmentOffice.endings.${ending.kind}`)}</dd>
          <dt className="col-sm-4">{t('appointmentOffice.endDate')}</dt>
          <dd className="col-sm-8">{dayText(ending.date)}</dd>
          <dt className="col-sm-4">{t('appointmentOffice.hoursDone')}</dt>
          <dd className="col-sm-8">{ending.hoursDone}</dd>
          <dt className="col-sm-4">{t('appointmentOffice.hoursReturned')}</dt>
          <dd className="col-sm-8">{ending.hoursReturned}</dd>
          <dt className="col-sm-4">{t('appointmentOffice.endNote')}</dt>
          <dd className="col-sm-8">{ending.note || '—'}</dd>
        </dl>
      )}
      {children}
    </Section>
  );
};
