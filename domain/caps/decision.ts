import { fail, ok, type Result } from '../result.ts';
import type { CapBreach, CapsExceeded } from './types.ts';

/** The office's decision to go ahead despite overridable breaches; the reason goes to the audit log. */
export interface CapOverride {
  reason: string;
}

/** What an appointment goes ahead with: the breaches the office overrode (empty when none was needed). */
export interface CapsCleared {
  overridden: CapBreach[];
  reason: string | null;
}

/**
 * Whether an appointment may be made given the breaches `checkAppointmentCaps` found. A breach blocks it unless the
 * profile lets the office override that cap and the office gives a reason; one blocking breach blocks everything,
 * so an override never waves a non-overridable cap through alongside.
 */
export const decideCaps = (
  breaches: readonly CapBreach[],
  override: CapOverride | null,
): Result<CapsCleared, CapsExceeded> => {
  if (breaches.length === 0) return ok({ overridden: [], reason: null });
  const overridable = breaches.every((breach) => breach.overridable);
  const reason = override?.reason.trim() ?? '';
  if (overridable && reason !== '') return ok({ overridden: [...breaches], reason });
  return fail({ kind: 'caps-exceeded', breaches: [...breaches], overridable });
};
