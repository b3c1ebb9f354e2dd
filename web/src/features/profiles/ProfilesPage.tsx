import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { useCan } from '../../session/permissions.ts';
import { CopyProfileForm } from './CopyProfileForm.tsx';
import { ProfilesTable } from './ProfilesTable.tsx';
import { profilesQuery } from './profile-queries.ts';

/** The presets shipped with Affianco and the university's copies; the administrator copies one. */
export const ProfilesPage = () => {
  const { t } = useTranslation();
  const canManage = useCan('profiles.manage');
  const query = useQuery(profilesQuery);
  return (
    <Page title={t('nav.pages.profiles')} lead={t('profiles.lead')}>
      <QueryView query={query}>
        {(list) => (
          <>
            <section aria-labelledby="profiles-list-title">
              <h2 id="profiles-list-title" className="h3">
                {t('profiles.listTitle')}
              </h2>
              <ProfilesTable items={list.items} />
            </section>
            {canManage && <CopyProfileForm items={list.items} />}
          </>
        )}
      </QueryView>
    </Page>
  );
};
