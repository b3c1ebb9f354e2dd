import type { RequiredAttachment } from '../calls/types.ts';
import type { DomainError } from '../errors.ts';
import type { Eligibility } from './eligibility.ts';
import { windowState } from './window.ts';

export type ApplicationStatus = 'draft' | 'confirmed' | 'withdrawn';

export interface ConfirmationInput {
  status: ApplicationStatus;
  now: Date;
  window: { opensAt: Date; closesAt: Date };
  maxPositionsPerCandidate: number | null;
  /** The chosen positions in preference order, each with the student's eligibility for it. */
  positions: ReadonlyArray<{ positionId: string; eligibility: Eligibility }>;
  requiredAttachments: readonly RequiredAttachment[];
  /** Situations the candidate declared (e.g. 'disability'): they make the matching 'when-declared' ones required. */
  declaredSituations: readonly string[];
  /** Codes of the attachments uploaded. */
  attachmentCodes: readonly string[];
}

/** The attachments an application must carry given what the candidate declared. */
export const requiredAttachmentCodes = (
  required: readonly RequiredAttachment[],
  declaredSituations: readonly string[],
): string[] =>
  required
    .filter(
      (attachment) =>
        attachment.required === 'always' ||
        (attachment.when !== undefined && declaredSituations.includes(attachment.when)),
    )
    .map((attachment) => attachment.code);

/**
 * Whether a draft may be confirmed now (seed 004 art. 4): still a draft, inside the window, at least one and at
 * most the allowed number of positions, eligible for each, every required attachment present. Returns the first
 * failure in that order, or null. The server runs it inside the confirming transaction, by its own clock.
 */
export const confirmationError = (input: ConfirmationInput): DomainError | null => {
  if (input.status !== 'draft') return { kind: 'application-frozen', status: input.status };
  const state = windowState(input.window, input.now);
  if (state !== 'open') {
    return {
      kind: 'window-closed',
      opensAt: input.window.opensAt.toISOString(),
      closesAt: input.window.closesAt.toISOString(),
      notYetOpen: state === 'not-yet-open',
    };
  }
  if (input.positions.length === 0) return { kind: 'no-positions-chosen' };
  const max = input.maxPositionsPerCandidate;
  if (max !== null && input.positions.length > max) {
    return { kind: 'too-many-positions', max, chosen: input.positions.length };
  }
  for (const position of input.positions) {
    if (!position.eligibility.eligible) {
      return { kind: 'not-eligible', positionId: position.positionId, reasons: position.eligibility.reasons };
    }
  }
  const missing = requiredAttachmentCodes(input.requiredAttachments, input.declaredSituations).filter(
    (code) => !input.attachmentCodes.includes(code),
  );
  if (missing.length > 0) return { kind: 'missing-attachment', codes: missing };
  return null;
};
