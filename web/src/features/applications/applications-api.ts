import {
  ApplicationSchema,
  AttachmentSchema,
  MyApplicationsSchema,
  OpenCallsSchema,
  type SaveDraftBody,
} from '../../../../api/applications.ts';
import { apiGet, apiSend, apiUpload } from '../../api/client.ts';

/**
 * The largest attachment the server takes by default (ATTACHMENT_MAX_BYTES, 10 MB). The API does not publish the
 * configured value, so this is only the hint shown; a larger limit set on the server still works, and a file over
 * the real limit is refused with the server's own message (413).
 */
export const ATTACHMENT_MAX_MB = 10;
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export const applicationKeys = {
  all: ['applications'] as const,
  openCalls: ['applications', 'open-calls'] as const,
  mine: ['applications', 'mine'] as const,
  one: (id: string) => ['applications', 'one', id] as const,
};

export const openCallsQuery = {
  queryKey: applicationKeys.openCalls,
  queryFn: () => apiGet('/api/applications/calls', OpenCallsSchema),
};

export const myApplicationsQuery = {
  queryKey: applicationKeys.mine,
  queryFn: () => apiGet('/api/applications', MyApplicationsSchema),
};

export const applicationQuery = (id: string) => ({
  queryKey: applicationKeys.one(id),
  queryFn: () => apiGet(`/api/applications/${encodeURIComponent(id)}`, ApplicationSchema),
});

const path = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

/** Starts a draft, or returns the one already started. */
export const startApplication = (callId: string) =>
  apiSend('POST', '/api/applications', { callId }, ApplicationSchema);

export const saveDraft = (id: string, body: SaveDraftBody) =>
  apiSend('PUT', path(id), body, ApplicationSchema);

export const confirmApplication = (id: string, idempotencyKey: string) =>
  apiSend('POST', `${path(id)}/confirm`, undefined, ApplicationSchema, { 'idempotency-key': idempotencyKey });

export const withdrawApplication = (id: string) =>
  apiSend('POST', `${path(id)}/withdraw`, undefined, ApplicationSchema);

export const uploadAttachment = (id: string, code: string, file: File, onProgress: (f: number) => void) => {
  const form = new FormData();
  // The code first: the server reads the parts in order.
  form.append('code', code);
  form.append('file', file, file.name);
  return apiUpload(`${path(id)}/attachments`, form, AttachmentSchema, onProgress);
};

export const deleteAttachment = (id: string, attachmentId: string) =>
  apiSend('DELETE', `${path(id)}/attachments/${encodeURIComponent(attachmentId)}`);

/** The receipt of a confirmed application (PDF, built by the server). */
export const receiptHref = (id: string) => `${path(id)}/receipt.pdf`;
