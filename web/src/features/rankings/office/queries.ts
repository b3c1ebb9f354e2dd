import type { z } from 'zod';
import {
  AppealListSchema,
  AppealSchema,
  RankingListSchema,
  RankingSchema,
  type RankingView,
} from '../../../../../api/rankings.ts';
import { apiGet, apiSend } from '../../../api/client.ts';

const enc = encodeURIComponent;

export type Appeal = z.infer<typeof AppealSchema>;

export const officeRankingsPath = (callId: string) => `/calls/${enc(callId)}/rankings`;
export const rankingExportPath = (rankingId: string) => `/api/rankings/${enc(rankingId)}/export.xlsx`;
export const publicRankingPath = (rankingId: string) => `/graduatorie/${enc(rankingId)}`;

export const callRankingsKey = (callId: string) => ['rankings', 'call', callId];
export const callRankingsQuery = (callId: string) => ({
  queryKey: callRankingsKey(callId),
  queryFn: () => apiGet(`/api/calls/${enc(callId)}/rankings`, RankingListSchema),
});
export const appealsQuery = (rankingId: string) => ({
  queryKey: ['rankings', 'appeals', rankingId],
  queryFn: () => apiGet(`/api/rankings/${enc(rankingId)}/appeals`, AppealListSchema),
});

export const computeRankings = (callId: string) =>
  apiSend('POST', `/api/calls/${enc(callId)}/rankings/compute`, {}, RankingListSchema);

export const resolveTie = (rankingId: string, body: { applicationIds: string[]; note: string }) =>
  apiSend('POST', `/api/rankings/${enc(rankingId)}/tie-resolutions`, body, RankingSchema);

export const publishRanking = (rankingId: string): Promise<RankingView> =>
  apiSend('POST', `/api/rankings/${enc(rankingId)}/publish`, {}, RankingSchema);

export const approveRanking = (rankingId: string, body: { decreeNumber: string; decreeDate: string }) =>
  apiSend('POST', `/api/rankings/${enc(rankingId)}/approve`, body, RankingSchema);

export const answerAppeal = (
  rankingId: string,
  appealId: string,
  body: { accepted: boolean; answer: string },
): Promise<Appeal> =>
  apiSend('POST', `/api/rankings/${enc(rankingId)}/appeals/${enc(appealId)}/answer`, body, AppealSchema);
