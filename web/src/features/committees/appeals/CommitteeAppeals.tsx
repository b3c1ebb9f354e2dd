import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitteeAppeal, CommitteeRankingAppeals } from '../../../../../api/committee-appeals.ts';
import { QueryView } from '../../../components/QueryView.tsx';
import { lastMinute, romeDateTime } from '../../rankings/office/format.ts';
import { scoringPagePath } from '../../scoring/scoring-api.ts';
import { AnswerAppealDialog } from './AnswerAppealDialog.tsx';
import { appealAttachmentPath, committeeAppealsQuery } from './appeals-api.ts';

const STATUS_BADGE = { submitted: 'bg-primary', accepted: 'bg-success', rejected: 'bg-secondary' } as const;

/** One appeal: who (protocol number and name), when, the reasons, the file, the answer or the way to give it. */
const AppealItem = ({
  callId,
  appeal,
  answering,
  onAnswered,
}: {
  callId: string;
  appeal: CommitteeAppeal;
  answering: boolean;
  onAnswered: (answered: CommitteeAppeal) => void;
}) => {
  const { t, i18n } = useTranslation();
  const protocol = appeal.protocolNumber;
  return (
    <li className="border rounded p-3 mb-3" data-testid="committee-appeal">
      <p className="mb-1 fw-semibold">
        {t('committeeAppeals.appellant', { protocol, name: `${appeal.familyName} ${appeal.givenName}` })}{' '}
        <span className={`badge ${STATUS_BADGE[appeal.status]}`}>
          {t(`committeeAppeals.status.${appeal.status}`)}
        </span>
      </p>
      <p className="mb-1 small">
        {t('committeeAppeals.submittedAt', { when: romeDateTime(appeal.submittedAt, i18n.language) })}
      </p>
      <p className="mb-2" style={{ whiteSpace: 'pre-wrap' }}>
        {appeal.reason}
      </p>
      {appeal.attachmentName && (
        <p className="mb-2 text-break">
          {t('committeeAppeals.attachment')}{' '}
          <a
            href={appealAttachmentPath(callId, appeal.id)}
            download={appeal.attachmentName}
            aria-label={t('committeeAppeals.download', { name: appeal.attachmentName, protocol })}
          >
            {appeal.attachmentName}
          </a>
        </p>
      )}
      {appeal.answer && (
        <p className="mb-2" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>
            {t('committeeAppeals.answer', {
              when: appeal.answeredAt ? romeDateTime(appeal.answeredAt, i18n.language) : '',
            })}
          </strong>{' '}
          {appeal.answer}
        </p>
      )}
      {appeal.status === 'accepted' && answering && (
        <p className="mb-0">
          <Link to={scoringPagePath(callId, appeal.applicationId)}>
            {t('committeeAppeals.correctScores', { protocol })}
          </Link>
        </p>
      )}
      {appeal.status === 'submitted' && answering && (
        <AnswerAppealDialog callId={callId} appeal={appeal} onAnswered={onAnswered} />
      )}
    </li>
  );
};

/** One published ranking: its appeal window and its appeals. */
const RankingAppeals = ({
  callId,
  ranking,
  onAnswered,
}: {
  callId: string;
  ranking: CommitteeRankingAppeals;
  onAnswered: (answered: CommitteeAppeal) => void;
}) => {
  const { t, i18n } = useTranslation();
  const headingId = `committee-appeals-${ranking.id}`;
  const closes = ranking.appealsCloseAt
    ? romeDateTime(lastMinute(ranking.appealsCloseAt), i18n.language)
    : null;
  return (
    <section aria-labelledby={headingId} className="mb-4" data-testid="committee-ranking-appeals">
      <h3 id={headingId} className="h5">
        {ranking.title}
      </h3>
      {closes && (
        <p>
          {ranking.appealWindowOpen
            ? t('committeeAppeals.windowOpen', { when: closes })
            : t('committeeAppeals.windowClosed', { when: closes })}
        </p>
      )}
      {!ranking.answering && <p>{t('committeeAppeals.noMoreAnswers')}</p>}
      {ranking.appeals.length === 0 ? (
        <p>{t('committeeAppeals.noAppeals')}</p>
      ) : (
        <ul className="list-unstyled">
          {ranking.appeals.map((appeal) => (
            <AppealItem
              key={appeal.id}
              callId={callId}
              appeal={appeal}
              answering={ranking.answering}
              onAnswered={onAnswered}
            />
          ))}
        </ul>
      )}
    </section>
  );
};

/**
 * The section "Segnalazioni (ricorsi)" of a declared member's call page (issue 4: the committee answers each
 * appeal). After accepting one, the member is pointed to the application's scores: an accepted appeal changes the
 * scores through the normal path, then the office computes the ranking again.
 */
export const CommitteeAppeals = ({ callId }: { callId: string }) => {
  const { t } = useTranslation();
  const query = useQuery(committeeAppealsQuery(callId));
  const [notice, setNotice] = useState<ReactNode>(null);
  const onAnswered = (answered: CommitteeAppeal) =>
    setNotice(
      answered.status === 'accepted' ? (
        <>
          {t('committeeAppeals.accepted', { protocol: answered.protocolNumber })}{' '}
          <Link to={scoringPagePath(callId, answered.applicationId)}>
            {t('committeeAppeals.correctScores', { protocol: answered.protocolNumber })}
          </Link>
        </>
      ) : (
        t('committeeAppeals.rejected', { protocol: answered.protocolNumber })
      ),
    );
  return (
    <section aria-labelledby="committee-appeals-title" className="mb-5">
      <h2 id="committee-appeals-title" className="h4">
        {t('committeeAppeals.title')}
      </h2>
      <p>{t('committeeAppeals.help')}</p>
      <div role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </div>
      <QueryView query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('committeeAppeals.noRankings')}</p>
          ) : (
            items.map((ranking) => (
              <RankingAppeals key={ranking.id} callId={callId} ranking={ranking} onAnswered={onAnswered} />
            ))
          )
        }
      </QueryView>
    </section>
  );
};
