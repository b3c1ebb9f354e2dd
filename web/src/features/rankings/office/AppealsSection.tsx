import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../../api/rankings.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryView } from '../../../components/QueryView.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { romeDateTime } from './format.ts';
import { type Appeal, answerAppeal, appealsQuery } from './queries.ts';

/** The committee's answer to one appeal, recorded by the office: accepted or rejected, with the reasons. */
const AnswerForm = ({
  ranking,
  appeal,
  onAnswered,
}: {
  ranking: RankingView;
  appeal: Appeal;
  onAnswered: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [decision, setDecision] = useState<'' | 'accepted' | 'rejected'>('');
  const [answer, setAnswer] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; answer?: string }>({});
  const save = useMutation({
    mutationFn: () =>
      answerAppeal(ranking.id, appeal.id, { accepted: decision === 'accepted', answer: answer.trim() }),
    onSuccess: async (answered) => {
      await client.invalidateQueries({ queryKey: ['rankings'] });
      onAnswered(
        answered.status === 'accepted'
          ? t('officeRankings.appealAccepted', { protocol: answered.protocolNumber })
          : t('officeRankings.appealRejected', { protocol: answered.protocolNumber }),
      );
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      decision: decision ? undefined : t('officeRankings.decisionRequired'),
      answer: answer.trim() ? undefined : t('officeRankings.answerRequired'),
    };
    setErrors(next);
    if (next.decision || next.answer) return;
    save.mutate();
  };
  const prefix = `appeal-${appeal.id}`;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('officeRankings.answerFor', { protocol: appeal.protocolNumber })}
    >
      {save.isError && <ErrorAlert error={save.error} />}
      <fieldset className="mb-2" aria-describedby={errors.decision ? `${prefix}-decision-error` : undefined}>
        <legend className="fs-6 fw-semibold">{t('officeRankings.decision')}</legend>
        {(['accepted', 'rejected'] as const).map((value) => (
          <div key={value} className="form-check form-check-inline">
            <input
              type="radio"
              id={`${prefix}-${value}`}
              name={`${prefix}-decision`}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            <label htmlFor={`${prefix}-${value}`}>{t(`officeRankings.decisions.${value}`)}</label>
          </div>
        ))}
        {errors.decision && (
          <p id={`${prefix}-decision-error`} className="text-danger small mb-0">
            {errors.decision}
          </p>
        )}
      </fieldset>
      <TextField
        id={`${prefix}-answer`}
        label={t('officeRankings.answer')}
        value={answer}
        error={errors.answer}
        onChange={(event) => setAnswer(event.target.value)}
      />
      <Button type="submit" color="primary" size="sm" disabled={save.isPending}>
        {t('officeRankings.saveAnswer')}
      </Button>
    </form>
  );
};

/** The appeals against one published ranking: reason, attachment, status, the answer or the form to answer. */
export const AppealsSection = ({
  ranking,
  onNotice,
}: {
  ranking: RankingView;
  onNotice: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const query = useQuery(appealsQuery(ranking.id));
  const headingId = `appeals-${ranking.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="h5">
        {t('officeRankings.appealsTitle')}
      </h3>
      <QueryView query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('officeRankings.noAppeals')}</p>
          ) : (
            <ul className="list-unstyled">
              {items.map((appeal) => (
                <li key={appeal.id} className="border-bottom pb-3 mb-3" data-testid="appeal">
                  <p className="mb-1 fw-semibold">
                    {t('officeRankings.appealOf', {
                      protocol: appeal.protocolNumber,
                      when: romeDateTime(appeal.submittedAt, i18n.language),
                    })}{' '}
                    <span
                      className={`badge ${appeal.status === 'submitted' ? 'bg-primary' : 'bg-secondary'}`}
                    >
                      {t(`officeRankings.appealStatus.${appeal.status}`)}
                    </span>
                  </p>
                  <p className="mb-1">{appeal.reason}</p>
                  {appeal.attachmentName && (
                    <p className="mb-1 text-break">
                      {t('officeRankings.attachment')}{' '}
                      <a
                        href={`/api/rankings/${encodeURIComponent(ranking.id)}/appeals/${encodeURIComponent(appeal.id)}/attachment`}
                        download={appeal.attachmentName}
                        aria-label={t('officeRankings.attachmentDownload', {
                          name: appeal.attachmentName,
                          protocol: appeal.protocolNumber,
                        })}
                      >
                        {appeal.attachmentName}
                      </a>
                    </p>
                  )}
                  {appeal.answer && (
                    <p className="mb-1">{t('officeRankings.answerGiven', { answer: appeal.answer })}</p>
                  )}
                  {appeal.status === 'submitted' && ranking.status === 'provisional' && (
                    <AnswerForm ranking={ranking} appeal={appeal} onAnswered={onNotice} />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
};
