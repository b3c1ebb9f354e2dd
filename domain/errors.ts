import type { IneligibilityReason } from './applications/eligibility.ts';
import type { AppointmentError } from './appointments/errors.ts';
import type { CallStillOpen } from './calls/closure.ts';
import type { CapBreach, CapsExceeded } from './caps/types.ts';
import type { FileProblem } from './careers/import-issues.ts';
import type { OtherRankingRefused } from './offers/other-ranking.ts';
import type { ReturnedHoursAssignmentRefused } from './offers/returned-hours-assignment.ts';
import type { PayoutError } from './payouts/payout.ts';
import type { RankingTransitionRefused } from './ranking/lifecycle.ts';
import type { InvalidScore } from './scoring/committee-score.ts';

/**
 * Every failure a user can cause, as data. `kind` is a closed list: the HTTP layer maps each kind to a status
 * and each kind has a message in both languages (web/src/i18n and server/http/messages).
 */
export type DomainError =
  | { kind: 'invalid-credentials' }
  | { kind: 'account-locked'; until: string }
  | { kind: 'too-many-attempts'; retryAfterSeconds: number }
  | { kind: 'not-authenticated' }
  | { kind: 'session-expired' }
  | { kind: 'csrf-rejected' }
  | { kind: 'forbidden' }
  | { kind: 'not-found'; entity: string }
  | { kind: 'conflict'; detail: string }
  | { kind: 'invalid-input'; issues: FieldIssue[] }
  | { kind: 'import-rejected'; detail: string }
  | { kind: 'oidc-not-configured' }
  | { kind: 'oidc-failed'; detail: string }
  | { kind: 'unknown-person' }
  | { kind: 'file-too-large'; maxBytes: number }
  | { kind: 'not-a-spreadsheet'; problem: FileProblem }
  | { kind: 'no-career' }
  | { kind: 'window-closed'; opensAt: string; closesAt: string; notYetOpen: boolean }
  | { kind: 'not-eligible'; positionId: string; reasons: IneligibilityReason[] }
  | { kind: 'no-positions-chosen' }
  | { kind: 'too-many-positions'; max: number; chosen: number }
  | { kind: 'missing-attachment'; codes: string[] }
  | { kind: 'application-frozen'; status: string }
  | { kind: 'already-applied'; protocolNumber: string | null }
  | { kind: 'conflict-not-declared' }
  | { kind: 'application-not-confirmed'; status: string }
  | { kind: 'unsupported-file-type'; detected: string | null; allowed: string[] }
  /** Accepting or refusing an offer after its deadline (seed 001 art. 8 c.2): nothing changes. */
  | { kind: 'offer-expired'; expiresAt: string; lastDay: string }
  /** Answering an offer already accepted, refused, expired or withdrawn. */
  | { kind: 'offer-not-pending'; status: string }
  /** An appointment is made only from an accepted offer. */
  | { kind: 'offer-not-accepted'; status: string }
  /** The offer already has its appointment: one grant, one letter. */
  | { kind: 'appointment-exists'; appointmentId: string }
  /** Accepting would break a cap the office can never override (decision 012): nothing changes. */
  | { kind: 'acceptance-blocked-by-caps'; breaches: CapBreach[] }
  /** Returned hours offered from an appointment that gave none back, or already offered. */
  | {
      kind: 'returned-hours-unavailable';
      reason: 'none-returned' | 'already-offered' | 'nobody-to-offer' | 'all-assigned';
    }
  /** Returned hours given to another tutor refused (seed 001 art. 8 c.4): nothing changes. */
  | ReturnedHoursAssignmentRefused
  | OtherRankingRefused
  | CallStillOpen
  | InvalidScore
  | RankingTransitionRefused
  | CapsExceeded
  | AppointmentError
  | PayoutError;

export type DomainErrorKind = DomainError['kind'];

/** A problem with one field of the input; `field` is a dotted path the UI can highlight. */
export interface FieldIssue {
  field: string;
  code: string;
  message: string;
}

export class DomainFailure extends Error {
  constructor(readonly error: DomainError) {
    super(error.kind);
    this.name = 'DomainFailure';
  }
}
