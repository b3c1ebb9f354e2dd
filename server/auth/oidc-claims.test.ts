import { describe, expect, it } from 'vitest';
import { fiscalCodeOf, safeReturnTo, verifiedEmailOf } from './oidc-claims.ts';

describe('fiscalCodeOf', () => {
  it('strips the TINIT- prefix that SPID and CIE gateways send, in any case', () => {
    expect(fiscalCodeOf({ fiscal_number: 'TINIT-RSSMRA80A01H501U' })).toBe('RSSMRA80A01H501U');
    expect(fiscalCodeOf({ fiscal_number: 'tinit-rssmra80a01h501u' })).toBe('RSSMRA80A01H501U');
  });

  it('reads the other names proxies use', () => {
    expect(fiscalCodeOf({ fiscalNumber: 'RSSMRA80A01H501U' })).toBe('RSSMRA80A01H501U');
    expect(fiscalCodeOf({ codice_fiscale: ' rssmra80a01h501u ' })).toBe('RSSMRA80A01H501U');
  });

  it('accepts the 11-digit provisional code', () => {
    expect(fiscalCodeOf({ fiscal_number: 'TINIT-12345678901' })).toBe('12345678901');
  });

  it('ignores missing, non-string and implausible values', () => {
    expect(fiscalCodeOf({})).toBeNull();
    expect(fiscalCodeOf({ fiscal_number: 42 })).toBeNull();
    expect(fiscalCodeOf({ fiscal_number: 'TINIT-' })).toBeNull();
    expect(fiscalCodeOf({ fiscal_number: 'RSSMRA80A01H501' })).toBeNull();
    expect(fiscalCodeOf({ fiscal_number: 'RSSMRA80A01H501U; drop' })).toBeNull();
  });

  it('falls through to the next claim name when the first one is not usable', () => {
    expect(fiscalCodeOf({ fiscal_number: '', codice_fiscale: 'RSSMRA80A01H501U' })).toBe('RSSMRA80A01H501U');
  });
});

describe('verifiedEmailOf', () => {
  it('returns the address in lower case only when the provider verified it', () => {
    expect(verifiedEmailOf({ email: 'Giulia@Demo.Poliba.it', email_verified: true })).toBe(
      'giulia@demo.poliba.it',
    );
    expect(verifiedEmailOf({ email: 'g@demo.poliba.it', email_verified: 'true' })).toBe('g@demo.poliba.it');
  });

  it('refuses an unverified or malformed address', () => {
    expect(verifiedEmailOf({ email: 'g@demo.poliba.it' })).toBeNull();
    expect(verifiedEmailOf({ email: 'g@demo.poliba.it', email_verified: false })).toBeNull();
    expect(verifiedEmailOf({ email: 'not-an-address', email_verified: true })).toBeNull();
  });
});

describe('safeReturnTo', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnTo('/calls/42?tab=ranking#top')).toBe('/calls/42?tab=ranking#top');
    expect(safeReturnTo('/')).toBe('/');
  });

  it('sends everything else home', () => {
    for (const hostile of [
      undefined,
      '',
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/path\nSet-Cookie: x=1',
      'calls/42',
      `/${'a'.repeat(1000)}`,
    ]) {
      expect(safeReturnTo(hostile)).toBe('/');
    }
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeReturnTo('/a/../../b')).toBe('/b');
  });
});
