import { describe, expect, it } from 'vitest';
import { UNIVE } from '../../profiles/unive.ts';
import { buildCappedAppointment as appointment, buildCapStudent as student } from './builders.ts';
import { checkAppointmentCaps } from './check.ts';
import { decideCaps } from './decision.ts';

const profile = UNIVE.profile;
const short = checkAppointmentCaps(profile, student(), [], appointment({ hours: 20 }));
const staff = checkAppointmentCaps(profile, student({ isStaff: true }), [], appointment({ hours: 20 }));

describe('decideCaps', () => {
  it('clears an appointment with no breach, with nothing overridden', () => {
    expect(decideCaps([], null)).toEqual({ ok: true, value: { overridden: [], reason: null } });
  });

  it('blocks an overridable breach without a reason, saying a reason would do', () => {
    expect(decideCaps(short, null)).toEqual({
      ok: false,
      error: { kind: 'caps-exceeded', breaches: short, overridable: true },
    });
    expect(decideCaps(short, { reason: '   ' })).toMatchObject({ ok: false, error: { overridable: true } });
  });

  it('lets the office override it with a reason, returning what was overridden for the audit log', () => {
    const reason = 'Ore residue della rinuncia di un altro tutor (art. 8 c.4)';
    expect(decideCaps(short, { reason: `  ${reason} ` })).toEqual({
      ok: true,
      value: { overridden: short, reason },
    });
  });

  it('never overrides a non-overridable breach, even alongside an overridable one', () => {
    expect(staff.map((b) => b.cap)).toEqual(['university-staff', 'contract-min-hours']);
    expect(decideCaps(staff, { reason: 'urgente' })).toEqual({
      ok: false,
      error: { kind: 'caps-exceeded', breaches: staff, overridable: false },
    });
  });
});
