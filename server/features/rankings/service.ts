/*
 * The rankings feature's one entry point for other modules (routes, the public pages, the exports): each concern
 * lives in its own file, named after what it does, and is re-exported here so importers need not know the split.
 *   rows.ts        who asks, the ranking row as a lifecycle, "not found" lookups
 *   views.ts       the office's view of rankings, with names
 *   candidates.ts  the facts of the call's confirmed applications a ranking reads
 *   compute.ts     computing a call's rankings and assigning winners
 *   ties.ts        the office's order for a tie no rule breaks
 *   publication.ts publishing (the appeal window opens) and approving by decree (funding committed)
 *   appeals.ts     candidates' appeals and the committee's answers
 */
export { answerAppeal, listAppeals, submitAppeal } from './appeals.ts';
export { computeCallRankings } from './compute.ts';
export { approve, publish } from './publication.ts';
export { findRankingRow, profileOfCall, type RankingRequest } from './rows.ts';
export { resolveTie } from './ties.ts';
export { listCallRankings, rankingView, rankingViews } from './views.ts';
