import { Button, Icon } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RankingView } from '../../../../../api/rankings.ts';
import { euros } from '../../funding/money-format.ts';
import { RankingOffersLink } from '../../offers/RankingOffersLink.tsx';
import { AppealsSection } from './AppealsSection.tsx';
import { ApproveForm } from './ApproveForm.tsx';
import { EntriesTable } from './EntriesTable.tsx';
import { dateText, lastMinute, romeDateTime } from './format.ts';
import { PublishDialog } from './PublishDialog.tsx';
import { publicRankingPath, rankingExportPath } from './queries.ts';
import { TieDialog } from './TieDialog.tsx';

const STATUS_BADGE: Record<RankingView['status'], string> = {
  draft: 'bg-secondary',
  provisional: 'bg-primary',
  definitive: 'bg-success',
  'in-use': 'bg-dark',
};

type TieGroup = RankingView['tieGroups'][number];

/** One ranking group: its state, its entries, ties to resolve, publication, appeals and approval by decree. */
export const RankingCard = ({
  ranking,
  onNotice,
}: {
  ranking: RankingView;
  onNotice: (message: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [tie, setTie] = useState<TieGroup | null>(null);
  const titleId = `ranking-${ranking.id}-title`;
  const decisive = ranking.tieGroups.filter((g) => g.decisive);
  const awaiting = ranking.entries.filter((e) => e.awaitingScores).length;
  const open = ranking.status === 'draft' || ranking.status === 'provisional';
  return (
    <section aria-labelledby={titleId} className="card shadow-sm mb-5" data-testid="office-ranking">
      <div className="card-body">
        <h2 id={titleId} className="h4 card-title">
          {ranking.title}{' '}
          <span className={`badge ${STATUS_BADGE[ranking.status]} align-middle fs-6`}>
            {t(`officeRankings.status.${ranking.status}`)}
          </span>
        </h2>
        <dl className="row mb-3">
          <dt className="col-sm-4">{t('officeRankings.version')}</dt>
          <dd className="col-sm-8">
            {ranking.computedAt
              ? t('officeRankings.versionAt', {
                  version: ranking.version,
                  when: romeDateTime(ranking.computedAt, i18n.language),
                })
              : ranking.version}
          </dd>
          {ranking.publishedAt && (
            <>
              <dt className="col-sm-4">{t('officeRankings.publishedAt')}</dt>
              <dd className="col-sm-8">{romeDateTime(ranking.publishedAt, i18n.language)}</dd>
            </>
          )}
          {ranking.appealsCloseAt && (
            <>
              <dt className="col-sm-4">{t('officeRankings.appealsUntil')}</dt>
              <dd className="col-sm-8" data-testid="appeals-until">
                {romeDateTime(lastMinute(ranking.appealsCloseAt), i18n.language)}
              </dd>
            </>
          )}
          {ranking.decreeNumber && ranking.decreeDate && (
            <>
              <dt className="col-sm-4">{t('officeRankings.decree')}</dt>
              <dd className="col-sm-8">
                {t('officeRankings.decreeText', {
                  number: ranking.decreeNumber,
                  date: dateText(ranking.decreeDate),
                })}
              </dd>
            </>
          )}
          {ranking.validUntil && (
            <>
              <dt className="col-sm-4">{t('officeRankings.validUntil')}</dt>
              <dd className="col-sm-8">{dateText(ranking.validUntil)}</dd>
            </>
          )}
          {ranking.commitment && (
            <>
              <dt className="col-sm-4">{t('officeRankings.commitment')}</dt>
              <dd className="col-sm-8" data-testid="ranking-commitment">
                {t('officeRankings.commitmentText', {
                  amount: euros(ranking.commitment.amountCents, i18n.language),
                  funding: ranking.commitment.fundingTitle,
                })}
              </dd>
            </>
          )}
        </dl>
        <div className="d-flex flex-wrap gap-2 mb-3">
          <a
            className="btn btn-outline-primary btn-sm btn-icon"
            href={rankingExportPath(ranking.id)}
            download
          >
            <Icon icon="it-file" color="primary" size="sm" className="me-1" />
            <span>{t('officeRankings.export')}</span>
          </a>
          {ranking.status !== 'draft' && (
            <Link className="btn btn-outline-primary btn-sm" to={publicRankingPath(ranking.id)}>
              {t('officeRankings.publicPage')}
            </Link>
          )}
          {ranking.status === 'draft' && <PublishDialog ranking={ranking} onPublished={onNotice} />}
          {(ranking.status === 'definitive' || ranking.status === 'in-use') && (
            <RankingOffersLink callId={ranking.callId} rankingId={ranking.id} />
          )}
        </div>
        {ranking.status === 'draft' && awaiting > 0 && (
          <div className="alert alert-info" role="note">
            {t('officeRankings.awaitingBlocks', { count: awaiting })}
          </div>
        )}
        {decisive.length > 0 && (
          <div className="alert alert-warning" role="note">
            {t('officeRankings.decisiveBlocks', { places: decisive.map((g) => g.place).join(', ') })}
          </div>
        )}
        <EntriesTable ranking={ranking} />
        {ranking.tieGroups.length > 0 && open && (
          <section aria-labelledby={`${titleId}-ties`} className="mt-3">
            <h3 id={`${titleId}-ties`} className="h5">
              {t('officeRankings.tiesTitle')}
            </h3>
            <ul className="list-unstyled">
              {ranking.tieGroups.map((group) => (
                <li key={group.tieGroup} className="mb-2">
                  {t('officeRankings.tieGroup', { place: group.place, count: group.applicationIds.length })}
                  {group.decisive && (
                    <span className="badge bg-danger ms-2">{t('officeRankings.decisive')}</span>
                  )}{' '}
                  <Button color="primary" outline size="xs" onClick={() => setTie(group)}>
                    {t('officeRankings.resolveTie', { place: group.place })}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {tie && (
          <TieDialog
            key={`${tie.tieGroup}-${ranking.version}`}
            ranking={ranking}
            group={tie}
            open
            onClose={() => setTie(null)}
            onResolved={(message) => {
              setTie(null);
              onNotice(message);
            }}
          />
        )}
        {ranking.status !== 'draft' && <AppealsSection ranking={ranking} onNotice={onNotice} />}
        {ranking.status === 'provisional' && <ApproveForm ranking={ranking} onApproved={onNotice} />}
      </div>
    </section>
  );
};
