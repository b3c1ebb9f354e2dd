/** The closed list of audit events. A state change that is not in this list cannot be written to the log. */
export const AUDIT_EVENTS = [
  'session.login',
  'session.login-failed',
  'session.logout',
  'session.logout-everywhere',
  'account.locked',
  'person.created',
  'person.updated',
  'person.locale-changed',
  'role.granted',
  'role.revoked',
  'unit.created',
  'unit.updated',
  'import.requested',
  'import.completed',
  'import.rejected',
  'special-category.granted',
  'special-category.revoked',
  'special-category.viewed',
  'data-export.downloaded',
  'profile.created',
  'profile.updated',
  'profile.activated',
  'funding.created',
  'funding.allocated',
  'project.created',
  'project.updated',
  'project.submitted',
  'project.approved',
  'project.rejected',
  'call.created',
  'call.updated',
  'call.published',
  'call.amended',
  'application.created',
  'application.draft-saved',
  'application.confirmed',
  'application.withdrawn',
  'attachment.uploaded',
  'attachment.deleted',
  'attachment.viewed',
  'email.sent',
  'scores.computed',
  'score.recorded',
  'application.excluded',
  'application.readmitted',
  'committee.named',
  'committee.conflict-declared',
  'committee.session-recorded',
  'ranking.computed',
  'ranking.published',
  'ranking.approved',
  'appeal.submitted',
  'appeal.answered',
  'tie.resolved',
  'offers.started',
  'offer.made',
  'offer.accepted',
  'offer.refused',
  'offer.expired',
  'offer.reminded',
  'offer.withdrawn',
  'ranking.exhausted',
  'appointment.created',
  'appointment.caps-overridden',
  'appointment.signed',
  'appointment.acknowledged',
  'appointment.activated',
  'appointment.amended',
  'appointment.returned-hours-assigned',
  'appointment.paused',
  'appointment.resumed',
  'appointment.ended',
  'appointment.checklist-completed',
  'appointment.checklist-reminded',
  'appointment.withdrawal-notified',
  'appointment.withdrawal-retracted',
  'payout.recorded',
  'payout.cancelled',
] as const;

export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export interface AuditEntry {
  event: AuditEvent;
  actorId: string | null;
  entityType: string;
  entityId: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
  /**
   * When it happened, by the application's clock (the one the rules read). Left out, the database's clock is
   * used; pass it wherever a rule or a filter depends on the time.
   */
  at?: Date;
}
