import { describe, expect, it } from 'vitest';
import { describePayoutDateInvalid, describePayoutRefused } from './payout-messages.ts';

describe('payout messages', () => {
  it('name the year without an INPS rate and the ending date, in Italian and English', () => {
    const noRate = {
      kind: 'payout-date-invalid',
      problem: 'no-inps-rate',
      endedOn: null,
      year: 2027,
    } as const;
    expect(describePayoutDateInvalid(noRate, 'it')).toContain('per il 2027');
    expect(describePayoutDateInvalid(noRate, 'en')).toContain('for 2027');
    const early = {
      kind: 'payout-date-invalid',
      problem: 'before-ending',
      endedOn: '2026-04-30',
      year: null,
    } as const;
    expect(describePayoutDateInvalid(early, 'en')).toContain('Thursday, 30 April 2026');
    const paid = { kind: 'payout-refused', reason: 'already-paid', paidOn: '2026-05-04' } as const;
    expect(describePayoutRefused(paid, 'it')).toContain('già stato liquidato il lunedì 4 maggio 2026');
  });
});
