import {
  CallApplicationsPageSchema,
  CallApplicationsSummarySchema,
  OfficeApplicationSchema,
} from '../../../../api/applications-office.ts';
import { CallDetailSchema } from '../../../../api/calls.ts';
import { apiGet, type QueryParams } from '../../api/client.ts';

/** The office watches applications arrive: the figures and the list are fetched again every 30 seconds. */
export const LIVE_REFRESH_MS = 30_000;

const base = (callId: string) => `/api/calls/${encodeURIComponent(callId)}/applications`;

export const callQuery = (callId: string) => ({
  queryKey: ['calls', callId],
  queryFn: () => apiGet(`/api/calls/${encodeURIComponent(callId)}`, CallDetailSchema),
});

export const summaryQuery = (callId: string) => ({
  queryKey: ['call-applications', callId, 'summary'],
  queryFn: () => apiGet(`${base(callId)}/summary`, CallApplicationsSummarySchema),
  refetchInterval: LIVE_REFRESH_MS,
});

export const listQuery = (callId: string, params: QueryParams) => ({
  queryKey: ['call-applications', callId, 'list', params],
  queryFn: () => apiGet(base(callId), CallApplicationsPageSchema, params),
  refetchInterval: LIVE_REFRESH_MS,
});

export const applicationQuery = (callId: string, applicationId: string) => ({
  queryKey: ['call-applications', callId, 'one', applicationId],
  queryFn: () => apiGet(`${base(callId)}/${encodeURIComponent(applicationId)}`, OfficeApplicationSchema),
});

export const exportPath = (callId: string) => `${base(callId)}/export.xlsx`;

export const attachmentPath = (callId: string, applicationId: string, attachmentId: string) =>
  `${base(callId)}/${encodeURIComponent(applicationId)}/attachments/${encodeURIComponent(attachmentId)}`;

export const applicationPath = (callId: string, applicationId: string) =>
  `/calls/${encodeURIComponent(callId)}/applications/${encodeURIComponent(applicationId)}`;
