import {
  CommitteeApplicationSchema,
  CommitteeApplicationsPageSchema,
  CommitteeSchema,
  CommitteeSessionsSchema,
  MyCommitteeCallSchema,
  MyCommitteeCallsSchema,
} from '../../../../api/committees.ts';
import { apiGet, type QueryParams } from '../../api/client.ts';

const enc = encodeURIComponent;

/** The office's view of a call's committee and its sittings. */
export const officeCommitteeQuery = (callId: string) => ({
  queryKey: ['committee', callId, 'office'],
  queryFn: () => apiGet(`/api/calls/${enc(callId)}/committee`, CommitteeSchema),
});
export const officeSessionsQuery = (callId: string) => ({
  queryKey: ['committee', callId, 'sessions'],
  queryFn: () => apiGet(`/api/calls/${enc(callId)}/committee/sessions`, CommitteeSessionsSchema),
});

/** A member's calls, their place on one, and (once declared) the call's applications. */
export const myCallsQuery = () => ({
  queryKey: ['committee', 'mine'],
  queryFn: () => apiGet('/api/committee/calls', MyCommitteeCallsSchema),
});
export const myCallQuery = (callId: string) => ({
  queryKey: ['committee', callId, 'mine'],
  queryFn: () => apiGet(`/api/committee/calls/${enc(callId)}`, MyCommitteeCallSchema),
});
export const memberCommitteeQuery = (callId: string) => ({
  queryKey: ['committee', callId, 'member-view'],
  queryFn: () => apiGet(`/api/committee/calls/${enc(callId)}/committee`, CommitteeSchema),
});
export const memberSessionsQuery = (callId: string) => ({
  queryKey: ['committee', callId, 'member-sessions'],
  queryFn: () => apiGet(`/api/committee/calls/${enc(callId)}/sessions`, CommitteeSessionsSchema),
});
export const memberApplicationsQuery = (callId: string, params: QueryParams) => ({
  queryKey: ['committee', callId, 'applications', params],
  queryFn: () =>
    apiGet(`/api/committee/calls/${enc(callId)}/applications`, CommitteeApplicationsPageSchema, params),
  retry: false,
});
export const memberApplicationQuery = (callId: string, applicationId: string) => ({
  queryKey: ['committee', callId, 'application', applicationId],
  queryFn: () =>
    apiGet(
      `/api/committee/calls/${enc(callId)}/applications/${enc(applicationId)}`,
      CommitteeApplicationSchema,
    ),
  retry: false,
});

export const memberCallPath = (callId: string) => `/committee/${enc(callId)}`;
export const memberApplicationPath = (callId: string, applicationId: string) =>
  `/committee/${enc(callId)}/applications/${enc(applicationId)}`;
export const officeCommitteePath = (callId: string) => `/calls/${enc(callId)}/committee`;
