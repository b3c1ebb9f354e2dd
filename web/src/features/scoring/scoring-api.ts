import { type ApplicationScores, ApplicationScoresSchema } from '../../../../api/scoring.ts';
import { apiGet, apiSend } from '../../api/client.ts';

const base = (callId: string, applicationId: string) =>
  `/api/committee/calls/${encodeURIComponent(callId)}/applications/${encodeURIComponent(applicationId)}`;

export const scoresKey = (callId: string, applicationId: string) => [
  'committee-scores',
  callId,
  applicationId,
];

export const scoresQuery = (callId: string, applicationId: string) => ({
  queryKey: scoresKey(callId, applicationId),
  queryFn: () => apiGet(`${base(callId, applicationId)}/scores`, ApplicationScoresSchema),
});

/** A committee score as typed ("8,5"): the server parses it, so the comma never needs converting here. */
export const saveCommitteeScore = (
  callId: string,
  applicationId: string,
  criterionId: string,
  body: { points: string; note: string },
): Promise<ApplicationScores> =>
  apiSend(
    'PUT',
    `${base(callId, applicationId)}/scores/${encodeURIComponent(criterionId)}`,
    body,
    ApplicationScoresSchema,
  );

/** The address of this page, for links from the committee's pages. */
export const scoringPagePath = (callId: string, applicationId: string) =>
  `/committee/calls/${encodeURIComponent(callId)}/applications/${encodeURIComponent(applicationId)}/scores`;
