import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../../api/rankings.ts';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { dateText } from './format.ts';
import { approveRanking, callRankingsKey } from './queries.ts';

/**
 * Approval of the definitive ranking by decree (number and date), after the appeal window, with no open appeal and
 * no decisive tie; the server refuses otherwise and says why. The server's field messages show at the fields.
 */
export const ApproveForm = ({
  ranking,
  onApproved,
}: {
  ranking: RankingView;
  onApproved: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [decreeNumber, setDecreeNumber] = useState('');
  const [decreeDate, setDecreeDate] = useState('');
  const [missing, setMissing] = useState<{ number?: string; date?: string }>({});
  const approve = useMutation({
    mutationFn: () => approveRanking(ranking.id, { decreeNumber: decreeNumber.trim(), decreeDate }),
    onSuccess: async (approved) => {
      await client.invalidateQueries({ queryKey: callRankingsKey(ranking.callId) });
      onApproved(
        t('officeRankings.approved', {
          number: approved.decreeNumber ?? decreeNumber,
          date: dateText(approved.decreeDate ?? decreeDate),
        }),
      );
    },
  });
  const apiError = approve.error instanceof ApiError ? approve.error : null;
  const fieldError = (field: string) => apiError?.issueFor(field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      number: decreeNumber.trim() ? undefined : t('officeRankings.decreeNumberRequired'),
      date: decreeDate ? undefined : t('officeRankings.decreeDateRequired'),
    };
    setMissing(next);
    if (next.number || next.date) return;
    approve.mutate();
  };
  const prefix = `approve-${ranking.id}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`} className="mt-3">
      <h4 id={`${prefix}-title`} className="h6">
        {t('officeRankings.approveTitle')}
      </h4>
      {approve.isError && !fieldError('decreeNumber') && !fieldError('decreeDate') && (
        <ErrorAlert error={approve.error} />
      )}
      <div className="row">
        <div className="col-md-6">
          <TextField
            id={`${prefix}-number`}
            label={t('officeRankings.decreeNumber')}
            infoText={t('officeRankings.decreeNumberHelp')}
            value={decreeNumber}
            error={missing.number ?? fieldError('decreeNumber')}
            onChange={(event) => setDecreeNumber(event.target.value)}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`${prefix}-date`}
            type="date"
            label={t('officeRankings.decreeDate')}
            value={decreeDate}
            error={missing.date ?? fieldError('decreeDate')}
            onChange={(event) => setDecreeDate(event.target.value)}
          />
        </div>
      </div>
      <Button type="submit" color="primary" size="sm" disabled={approve.isPending}>
        {t('officeRankings.approve')}
      </Button>
    </form>
  );
};
