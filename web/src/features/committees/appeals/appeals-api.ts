import {
  type CommitteeAnswerBody,
  type CommitteeAppeal,
  CommitteeAppealSchema,
  CommitteeAppealsSchema,
} from '../../../../../api/committee-appeals.ts';
import { apiGet, apiSend } from '../../../api/client.ts';

const enc = encodeURIComponent;

/** The appeals against the member's call's published rankings; the server opens them only after the declaration. */
export const committeeAppealsKey = (callId: string) => ['committee', callId, 'appeals'];
export const committeeAppealsQuery = (callId: string) => ({
  queryKey: committeeAppealsKey(callId),
  queryFn: () => apiGet(`/api/committee/calls/${enc(callId)}/appeals`, CommitteeAppealsSchema),
  retry: false,
});

export const appealAttachmentPath = (callId: string, appealId: string) =>
  `/api/committee/calls/${enc(callId)}/appeals/${enc(appealId)}/attachment`;

export const answerCommitteeAppeal = (
  callId: string,
  appealId: string,
  body: CommitteeAnswerBody,
): Promise<CommitteeAppeal> =>
  apiSend(
    'POST',
    `/api/committee/calls/${enc(callId)}/appeals/${enc(appealId)}/answer`,
    body,
    CommitteeAppealSchema,
  );
