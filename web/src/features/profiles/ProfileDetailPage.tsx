import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { formatDateTime } from '../../components/format.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { useCan } from '../../session/permissions.ts';
import { ActivateProfile } from './ActivateProfile.tsx';
import { ProfileEditForm } from './ProfileEditForm.tsx';
import { ProfileSettings } from './ProfileSettings.tsx';
import { profileQuery } from './profile-queries.ts';

/** One profile: every setting with its source; the administrator edits a copy and puts a profile in force. */
export const ProfileDetailPage = () => {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const location = useLocation();
  const canManage = useCan('profiles.manage');
  const query = useQuery(profileQuery(code));
  const initialNotice = (location.state as { notice?: string } | null)?.notice ?? '';
  const [notice, setNotice] = useState(initialNotice);
  const title = query.data ? t('profiles.detailTitle', { name: query.data.name }) : t('nav.pages.profiles');
  return (
    <Page title={title} trail={[{ label: t('nav.pages.profiles'), to: '/profiles' }]}>
      <div role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </div>
      <QueryView query={query}>
        {(detail) => (
          <>
            <dl className="row mb-3">
              <dt className="col-sm-3">{t('profiles.code')}</dt>
              <dd className="col-sm-9">
                <code>{detail.code}</code>
              </dd>
              <dt className="col-sm-3">{t('profiles.kind')}</dt>
              <dd className="col-sm-9">
                {t(`profiles.kinds.${detail.kind}`)}
                {detail.basedOn && ` · ${t('profiles.basedOn')}: ${detail.basedOn}`}
              </dd>
              <dt className="col-sm-3">{t('profiles.status')}</dt>
              <dd className="col-sm-9" data-testid="profile-status">
                {detail.active ? (
                  <span className="badge bg-success">{t('profiles.active')}</span>
                ) : (
                  t('profiles.inactive')
                )}
              </dd>
              {detail.updatedAt && (
                <>
                  <dt className="col-sm-3">{t('profiles.updated')}</dt>
                  <dd className="col-sm-9">
                    {formatDateTime(detail.updatedAt, i18n.language)}
                    {detail.updatedByName && ` · ${detail.updatedByName}`}
                  </dd>
                </>
              )}
            </dl>
            {canManage && !detail.active && (
              <div className="mb-4">
                <ActivateProfile
                  profile={detail}
                  onActivated={(name) => setNotice(t('profiles.activated', { name }))}
                />
              </div>
            )}
            {detail.kind === 'preset' && canManage && (
              <p className="text-muted">{t('profiles.readOnlyPreset')}</p>
            )}
            {canManage && detail.kind === 'copy' && (
              <ProfileEditForm
                key={detail.updatedAt ?? detail.code}
                detail={detail}
                onSaved={() => setNotice(t('profiles.saved'))}
              />
            )}
            <ProfileSettings profile={detail.profile} />
          </>
        )}
      </QueryView>
    </Page>
  );
};
