import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../api/appointments.ts';
import { type Payout, PayoutSchema, type PayoutView, type RecordPayout } from '../../../../api/payouts.ts';
import { ApiError, apiGet, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { TextField } from '../../components/TextField.tsx';
import { dayText, euroText, REGISTER_KEY } from './queries.ts';

const payoutPath = (id: string) => `/api/appointments/${encodeURIComponent(id)}/payout`;

export const fetchPayout = (id: string) => apiGet(payoutPath(id), PayoutSchema);

export const recordPayout = (id: string, body: RecordPayout): Promise<Payout> =>
  apiSend('POST', payoutPath(id), body, PayoutSchema);

export const cancelPayoutOrder = (id: string, body: { reason: string }): Promise<Payout> =>
  apiSend('POST', `${payoutPath(id)}/cancel`, body, PayoutSchema);

/** Orders recorded and then cancelled: the office sees them before recording a new one. */
const CancelledOrders = ({ payout }: { payout: Payout }) => {
  const { t, i18n } = useTranslation();
  if (payout.cancelledOrders.length === 0) return null;
  return (
    <div className="mb-3" data-testid="cancelled-orders">
      <h3 className="h6">{t('payouts.cancelledOrders')}</h3>
      <ul className="small">
        {payout.cancelledOrders.map((order) => (
          <li key={order.cancelledAt}>
            {t('payouts.cancelledOrder', {
              number: order.orderNumber,
              date: dayText(order.orderDate),
              amount: euroText(order.grossCents, i18n.language),
              cancelledOn: dayText(order.cancelledAt.slice(0, 10)),
              reason: order.reason,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
};

/**
 * The recorded order as a PDF: in Italian, the act, and in English, its courtesy translation (like the letter's two
 * links on the office's appointment page). Only a paid appointment has one.
 */
export const PayoutOrderLinks = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  if (appointment.payout?.status !== 'paid') return null;
  const pdf = `${payoutPath(appointment.id)}.pdf`;
  return (
    <>
      <a href={`${pdf}?lang=it`} download>
        {t('payouts.orderPdfIt')}
      </a>
      <a href={`${pdf}?lang=en`} download>
        {t('payouts.orderPdfEn')}
      </a>
    </>
  );
};

/** "Da liquidare € 400,00", "Liquidato il 12/11/2026 (n. 2026/123)" or "Nulla da liquidare". */
export const PayoutStatus = ({ payout }: { payout: PayoutView | null | undefined }) => {
  const { t, i18n } = useTranslation();
  if (!payout) return null;
  if (payout.status === 'nothing-due') return <span>{t('payouts.nothingDue')}</span>;
  if (payout.status === 'due')
    return <span>{t('payouts.due', { amount: euroText(payout.grossCents, i18n.language) })}</span>;
  const date = payout.orderDate ? dayText(payout.orderDate) : '';
  return (
    <span>
      {payout.orderNumber
        ? t('payouts.paid', { date, number: payout.orderNumber })
        : t('payouts.paidNoNumber', { date })}
      {payout.netCents !== null &&
        `, ${t('payouts.netPaid', { amount: euroText(payout.netCents, i18n.language) })}`}
    </span>
  );
};

const percent = (basisPoints: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    style: 'percent',
    minimumFractionDigits: 2,
  }).format(basisPoints / 10_000);

/** What the order pays, as the server computed it (domain/payouts): hours, gross, the INPS split, net and cost. */
const Figures = ({ payout }: { payout: Payout }) => {
  const { t, i18n } = useTranslation();
  const euro = (cents: number | null) => (cents === null ? '—' : euroText(cents, i18n.language));
  const rows: Array<[string, string]> = [
    [t('payouts.hoursPaid'), String(payout.hoursPaid)],
    [t('payouts.gross'), euro(payout.grossCents)],
    [t('payouts.studentInps'), euro(payout.studentInpsCents)],
    [t('payouts.net'), euro(payout.netCents)],
    [t('payouts.universityInps'), euro(payout.universityInpsCents)],
    [t('payouts.universityCost'), euro(payout.universityCostCents)],
  ];
  return (
    <>
      <table className="table table-sm mb-2" data-testid="payout-figures">
        <caption className="caption-top">{t('payouts.figures')}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className="fw-normal">
                {label}
              </th>
              <td className="text-end fw-semibold">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        {payout.inpsRateBasisPoints === null
          ? t('payouts.noRate', { year: payout.year })
          : payout.inpsRateYear !== null && payout.inpsRateYear < payout.year
            ? t('payouts.provisionalRate', {
                year: payout.year,
                rateYear: payout.inpsRateYear,
                rate: percent(payout.inpsRateBasisPoints, i18n.language),
              })
            : t('payouts.rate', {
                year: payout.year,
                rate: percent(payout.inpsRateBasisPoints, i18n.language),
              })}
      </p>
    </>
  );
};

/**
 * The office records the payout order (dispositivo di liquidazione, seed 003) of an ended appointment not yet paid:
 * the figures as the server computes them for today, then the order's number and date; each error at its field.
 */
export const PayoutDialog = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [orderNumber, setNumber] = useState('');
  const [orderDate, setDate] = useState('');
  const [missing, setMissing] = useState<{ number?: string; date?: string }>({});
  const preview = useQuery({
    queryKey: [...REGISTER_KEY, 'payout', appointment.id],
    queryFn: () => fetchPayout(appointment.id),
    enabled: open,
  });
  useEffect(() => {
    if (preview.data && !orderDate) setDate(preview.data.today);
  }, [preview.data, orderDate]);
  const mutation = useMutation({
    mutationFn: () => recordPayout(appointment.id, { orderNumber: orderNumber.trim(), orderDate }),
    onSuccess: async () => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: REGISTER_KEY });
    },
  });
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const fieldError = (field: string) => apiError?.issueFor(field);
  const close = () => {
    mutation.reset();
    setMissing({});
    setOpen(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...(orderNumber.trim() ? {} : { number: t('payouts.numberRequired') }),
      ...(orderDate ? {} : { date: t('payouts.dateRequired') }),
    };
    setMissing(next);
    if (next.number || next.date) return;
    mutation.mutate();
  };
  const formId = `${titleId}-form`;
  return (
    <>
      <Button color="primary" size="xs" outline onClick={() => setOpen(true)}>
        {t('payouts.open')}
      </Button>
      <Modal isOpen={open} toggle={close} labelledBy={titleId} returnFocusAfterClose>
        <ModalHeader toggle={close} closeAriaLabel={t('payouts.cancel')}>
          <span id={titleId}>{t('payouts.title', { name: appointment.tutorName })}</span>
        </ModalHeader>
        <ModalBody>
          <p className="small">{t('payouts.lead')}</p>
          <QueryView query={preview}>
            {(payout) => (
              <form id={formId} onSubmit={submit} noValidate>
                <CancelledOrders payout={payout} />
                <Figures payout={payout} />
                <TextField
                  id={`${titleId}-number`}
                  label={t('payouts.orderNumber')}
                  value={orderNumber}
                  onChange={(e) => setNumber(e.target.value)}
                  error={missing.number ?? fieldError('orderNumber')}
                />
                <TextField
                  id={`${titleId}-date`}
                  type="date"
                  label={t('payouts.orderDate')}
                  value={orderDate}
                  onChange={(e) => setDate(e.target.value)}
                  infoText={t('payouts.orderDateHint', { date: dayText(payout.endedOn) })}
                  error={missing.date ?? fieldError('orderDate')}
                />
                {mutation.isError && !fieldError('orderNumber') && !fieldError('orderDate') && (
                  <ErrorAlert error={mutation.error} />
                )}
              </form>
            )}
          </QueryView>
        </ModalBody>
        <ModalFooter>
          <Button color="secondary" outline onClick={close} disabled={mutation.isPending}>
            {t('payouts.cancel')}
          </Button>
          <Button color="primary" type="submit" form={formId} disabled={mutation.isPending || !preview.data}>
            {mutation.isPending ? t('payouts.saving') : t('payouts.confirm')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
};
