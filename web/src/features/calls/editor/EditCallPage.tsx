import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type CallAmendmentBody,
  type CallDetail,
  CallDetailSchema,
  type CallDraftBody,
} from '../../../../../api/calls.ts';
import { apiGet, apiSend } from '../../../api/client.ts';
import { QueryView } from '../../../components/QueryView.tsx';
import { Page } from '../../../layout/Page.tsx';
import { CallEditor } from './CallEditor.tsx';
import { amendmentBodyOf, callFormOf, draftBodyOf } from './call-form.ts';

const callQuery = (id: string) => ({
  queryKey: ['calls', id],
  queryFn: () => apiGet(`/api/calls/${encodeURIComponent(id)}`, CallDetailSchema),
});

/**
 * A saved call in the editor: a draft is edited (PUT), a published call is amended with a reason. The address
 * says which; a call in the other state points to the right one.
 */
const CallEditorPage = ({ amending }: { amending: boolean }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useQuery(callQuery(id));
  const path = `/calls/${encodeURIComponent(id)}`;
  const title = (call: CallDetail | undefined) =>
    call
      ? t(amending ? 'callEditor.amendTitle' : 'callEditor.editTitle', { title: call.title })
      : t(amending ? 'callEditor.amend' : 'callEditor.edit');
  const done = (notice: string) => async (call: CallDetail) => {
    await navigate(`/calls/${call.id}`, { state: { notice } });
  };
  return (
    <Page
      title={title(query.data)}
      lead={t(amending ? 'callEditor.amendLead' : 'callEditor.editLead')}
      trail={[
        { label: t('nav.pages.calls'), to: '/calls' },
        { label: query.data?.title ?? t('nav.pages.calls'), to: path },
      ]}
    >
      <QueryView query={query}>
        {(call) => {
          if (amending !== (call.status === 'published'))
            return (
              <p>
                <Link to={path}>{t('calls.detailTitle', { title: call.title })}</Link>
              </p>
            );
          const initial = callFormOf(call);
          return amending ? (
            <CallEditor
              initial={initial}
              amending
              submitLabel={t('callEditor.saveAmendment')}
              build={(form, reason) => amendmentBodyOf(initial, form, reason)}
              send={(body: CallAmendmentBody) =>
                apiSend('POST', `${`/api${path}`}/amendments`, body, CallDetailSchema)
              }
              onSaved={done(t('callEditor.amended'))}
            />
          ) : (
            <CallEditor
              initial={initial}
              submitLabel={t('callEditor.save')}
              build={(form) => draftBodyOf(form)}
              send={(body: CallDraftBody) => apiSend('PUT', `/api${path}`, body, CallDetailSchema)}
              onSaved={done(t('callEditor.saved'))}
            />
          );
        }}
      </QueryView>
    </Page>
  );
};

export const EditCallPage = () => <CallEditorPage amending={false} />;
export const AmendCallPage = () => <CallEditorPage amending />;
