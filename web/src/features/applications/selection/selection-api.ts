import { AppealListSchema, AppealSchema, OwnRankingListSchema } from '../../../../../api/rankings.ts';
import { OwnApplicationScoresSchema } from '../../../../../api/scoring.ts';
import { apiGet, apiSend, apiUpload } from '../../../api/client.ts';

const path = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

export const selectionKeys = {
  rankings: (id: string) => ['applications', 'selection', id, 'rankings'] as const,
  scores: (id: string) => ['applications', 'selection', id, 'scores'] as const,
  appeals: (id: string) => ['applications', 'selection', id, 'appeals'] as const,
};

/** The published rankings holding the application, with the candidate's own line only. */
export const ownRankingsQuery = (id: string) => ({
  queryKey: selectionKeys.rankings(id),
  queryFn: () => apiGet(`${path(id)}/rankings`, OwnRankingListSchema),
});

/** The candidate's scores per criterion with how each was obtained (available once a ranking is published). */
export const ownScoresQuery = (id: string) => ({
  queryKey: selectionKeys.scores(id),
  queryFn: () => apiGet(`${path(id)}/scores`, OwnApplicationScoresSchema),
});

export const ownAppealsQuery = (id: string) => ({
  queryKey: selectionKeys.appeals(id),
  queryFn: () => apiGet(`${path(id)}/appeals`, AppealListSchema),
});

/**
 * Sends an appeal: JSON when there is no attachment, multipart otherwise (the server reads the reason and the
 * ranking before the file, so they go first).
 */
export const sendAppeal = (id: string, input: { reason: string; rankingId: string; file: File | null }) => {
  if (!input.file)
    return apiSend(
      'POST',
      `${path(id)}/appeals`,
      { reason: input.reason, rankingId: input.rankingId },
      AppealSchema,
    );
  const form = new FormData();
  form.append('reason', input.reason);
  form.append('rankingId', input.rankingId);
  form.append('file', input.file, input.file.name);
  return apiUpload(`${path(id)}/appeals`, form, AppealSchema, () => {});
};
