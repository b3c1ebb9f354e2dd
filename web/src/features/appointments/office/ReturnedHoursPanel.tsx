import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Appointment } from '../../../../../api/appointments.ts';
import { QueryView } from '../../../components/QueryView.tsx';
import { dayText, euroText, fetchReturnedHours, returnedHoursKey } from '../queries.ts';
import { AssignReturnedHoursDialog, type ReturnedHoursProps } from './AssignReturnedHoursDialog.tsx';

const SECTION_ID = 'ore-restituite';

type OfferStatus = 'pending' | 'accepted' | 'refused' | 'expired' | 'withdrawn';

const romeDay = (iso: string) =>
  dayText(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(iso)));

/** Why nothing can be given now, or the action that gives it. */
const NextStep = ({ appointment, returned, onDone }: ReturnedHoursProps) => {
  const { t } = useTranslation();
  if (returned.left.hours === 0) return <p>{t('returnedHours.allGiven')}</p>;
  if (!returned.assignable) return <p>{t('returnedHours.heldByOffer')}</p>;
  if (returned.targets.length === 0) return <p>{t('returnedHours.noTargets')}</p>;
  return <AssignReturnedHoursDialog appointment={appointment} returned={returned} onDone={onDone} />;
};

const Details = ({ appointment, returned, onDone }: ReturnedHoursProps) => {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => euroText(cents, i18n.language);
  return (
    <>
      <ul data-testid="returned-summary">
        <li>
          {t('returnedHours.returnedText', {
            count: returned.returned.hours,
            amount: money(returned.returned.amountCents),
          })}
        </li>
        <li>
          {t('returnedHours.leftText', {
            count: returned.left.hours,
            amount: money(returned.left.amountCents),
          })}
        </li>
        {returned.offer && (
          <li>
            {t('returnedHours.offerText', {
              name: returned.offer.candidateName,
              date: romeDay(returned.offer.offeredAt),
              status: t(`offers.status.${returned.offer.status as OfferStatus}`),
            })}
          </li>
        )}
      </ul>
      {returned.assignments.length > 0 && (
        <Table responsive size="sm">
          <caption>{t('returnedHours.assignmentsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('returnedHours.tutor')}</th>
              <th scope="col">{t('returnedHours.hoursColumn')}</th>
              <th scope="col">{t('appointments.kind')}</th>
              <th scope="col">{t('appointments.amount')}</th>
              <th scope="col">{t('returnedHours.date')}</th>
              <th scope="col">{t('appointmentOffice.amendmentReason')}</th>
            </tr>
          </thead>
          <tbody>
            {returned.assignments.map((a) => (
              <tr key={a.id} data-testid="assignment">
                <th scope="row" className="fw-normal">
                  <Link to={`/appointments/${encodeURIComponent(a.targetAppointmentId)}`}>{a.tutorName}</Link>
                </th>
                <td>{a.hours}</td>
                <td>{t(`appointments.kinds.${a.kind}`)}</td>
                <td>{money(a.amountCents)}</td>
                <td>{romeDay(a.createdAt)}</td>
                <td>{a.reason}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <NextStep appointment={appointment} returned={returned} onDone={onDone} />
    </>
  );
};

/**
 * "Ore restituite" on an ended appointment's page: what it gave back, what went to the next candidate or to other
 * tutors of the call (seed 001 art. 8 c.4), what is left, and the office's action to give it.
 */
export const ReturnedHoursPanel = ({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const show = appointment.status === 'ended' && (appointment.ending?.hoursReturned ?? 0) > 0;
  const query = useQuery({
    queryKey: returnedHoursKey(appointment.id),
    queryFn: () => fetchReturnedHours(appointment.id),
    enabled: show,
  });
  const { hash } = useLocation();
  const loaded = query.isSuccess;
  // The ranking's offers page links here (#ore-restituite): once the section has its content, bring it into view.
  useEffect(() => {
    if (loaded && hash === `#${SECTION_ID}`) document.getElementById(SECTION_ID)?.scrollIntoView();
  }, [loaded, hash]);
  if (!show) return null;
  return (
    <section aria-labelledby="returned-hours-title" className="mb-5" id={SECTION_ID}>
      <h2 id="returned-hours-title" className="h4">
        {t('returnedHours.title')}
      </h2>
      <QueryView query={query}>
        {(returned) => <Details appointment={appointment} returned={returned} onDone={onDone} />}
      </QueryView>
    </section>
  );
};
