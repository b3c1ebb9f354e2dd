import type { ProgrammeType } from '../careers/types.ts';
import type { CapKind, IncompatibleSituation } from '../profiles/types.ts';

/** The student an appointment is proposed for, as far as the caps are concerned. */
export interface CapStudent {
  programmeType: ProgrammeType;
  /** An employee of the university (eligibility.staffExcluded). */
  isStaff: boolean;
  /** Benefits the student declares holding (research grant, merit scholarship, part-time collaboration...). */
  declaredSituations: IncompatibleSituation[];
}

/**
 * One of the student's appointments as the caps count it: what it commits, not the whole appointment
 * (domain/appointments projects an appointment into this shape with `capViewOf`).
 */
export interface CappedAppointment {
  id: string;
  callId: string;
  /** "2025/26": the academic year of the call the appointment comes from. */
  academicYear: string;
  /** Hours the appointment commits: the contracted hours while it runs, the hours done once ended early. */
  hours: number;
  /** Gross amount (lordo percipiente) it commits, in cents, on the same rule as `hours`. */
  grossCents: number;
  /** Rome dates, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  /** Rome date of the payout order once paid, else null. */
  paidOn: string | null;
  /** False once withdrawn, forfeited or completed: it no longer holds the student. */
  live: boolean;
  /** Part of a project of particular complexity, which raises the yearly hours (seed 003: 150 for 90). */
  complexProject: boolean;
}

/** How a breach is measured: money in cents, hours, or no quantity (staff, incompatibility, one grant). */
export type CapUnit = 'cents' | 'hours' | null;

/**
 * One cap the proposed appointment would break. `limit`, `value` and `excess` are in `unit`; for a minimum,
 * `excess` is how far below it the value falls. `messageKey` and `params` let the server word it in Italian or
 * English ("supera il limite annuo di 4.000,00 € di 350,00 €") without knowing the rule.
 */
export interface CapBreach {
  cap: CapKind;
  unit: CapUnit;
  limit: number | null;
  value: number | null;
  excess: number | null;
  /** The year the cap is counted in: "2026" (calendar) or "2025/26" (academic), else null. */
  period: string | null;
  /** The profile lets the office go ahead with a reason (caps.overridable). */
  overridable: boolean;
  messageKey: `caps.${CapKind}`;
  params: Record<string, string | number>;
}

/** The appointment cannot be made: every breach, and whether a reason from the office would let it through. */
export interface CapsExceeded {
  kind: 'caps-exceeded';
  breaches: CapBreach[];
  /** Every breach is overridable: the office may go ahead by giving a reason. */
  overridable: boolean;
}
