import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CallDetailSchema, type CallDraftBody } from '../../../../../api/calls.ts';
import { ProfileDetailSchema, ProfileListSchema } from '../../../../../api/profiles.ts';
import { rulesFromProfile } from '../../../../../domain/calls/types.ts';
import { apiGet, apiSend } from '../../../api/client.ts';
import { QueryView } from '../../../components/QueryView.tsx';
import { Page } from '../../../layout/Page.tsx';
import { CallEditor } from './CallEditor.tsx';
import { draftBodyOf, newCallForm } from './call-form.ts';

/** The rules of the profile in force, which a new call starts from (decision 006); null when none is. */
const activeProfileQuery = {
  queryKey: ['profiles', 'active-for-call'],
  queryFn: async () => {
    const list = await apiGet('/api/profiles', ProfileListSchema);
    if (!list.activeCode) return null;
    return apiGet(`/api/profiles/${encodeURIComponent(list.activeCode)}`, ProfileDetailSchema);
  },
};

/** "Nuovo bando": the office drafts a call, starting from the rules of the profile in force. */
export const NewCallPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useQuery(activeProfileQuery);
  return (
    <Page
      title={t('callEditor.newTitle')}
      lead={t('callEditor.newLead')}
      trail={[{ label: t('nav.pages.calls'), to: '/calls' }]}
    >
      <QueryView query={profile}>
        {(detail) =>
          detail === null ? (
            <div className="alert alert-warning" role="alert">
              {t('callEditor.profileMissing')}
            </div>
          ) : (
            <CallEditor
              initial={newCallForm(rulesFromProfile(detail.profile), new Date())}
              submitLabel={t('callEditor.save')}
              build={(form) => draftBodyOf(form)}
              send={(body: CallDraftBody) => apiSend('POST', '/api/calls', body, CallDetailSchema)}
              onSaved={async (call) => {
                await navigate(`/calls/${call.id}`, { state: { notice: t('callEditor.created') } });
              }}
            />
          )
        }
      </QueryView>
    </Page>
  );
};
