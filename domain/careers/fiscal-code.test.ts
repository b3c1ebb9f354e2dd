import { describe, expect, it } from 'vitest';
import { buildFiscalCode, fiscalCodeCheckCharacter, isValidFiscalCode } from './fiscal-code.ts';

describe('fiscal code', () => {
  it('computes the check character of the decree (the textbook example)', () => {
    expect(fiscalCodeCheckCharacter('RSSMRA80A01H501')).toBe('U');
    expect(isValidFiscalCode('RSSMRA80A01H501U')).toBe(true);
    expect(isValidFiscalCode('rssmra80a01h501u')).toBe(true);
  });

  it('refuses a wrong check character, a malformed code or a wrong length', () => {
    expect(isValidFiscalCode('RSSMRA80A01H501X')).toBe(false);
    expect(isValidFiscalCode('RSSMRA80Z01H501U')).toBe(false);
    expect(isValidFiscalCode('RSSMRA80A01H501')).toBe(false);
  });

  it('accepts the 11-digit temporary code', () => {
    expect(isValidFiscalCode('12345678901')).toBe(true);
  });

  it('builds valid codes, with the day moved by 40 for women', () => {
    const mario = buildFiscalCode({
      familyName: 'Rossi',
      givenName: 'Mario',
      birthDate: '1980-01-01',
      female: false,
      placeCode: 'H501',
    });
    expect(mario).toBe('RSSMRA80A01H501U');
    const giulia = buildFiscalCode({
      familyName: 'De Santis',
      givenName: 'Giulia',
      birthDate: '2001-05-14',
      female: true,
      placeCode: 'A662',
    });
    expect(giulia.slice(0, 11)).toBe('DSNGLI01E54');
    expect(isValidFiscalCode(giulia)).toBe(true);
    // A given name with four consonants or more takes the first, third and fourth.
    expect(
      buildFiscalCode({
        familyName: 'Fo',
        givenName: 'Gianfranco',
        birthDate: '1990-12-31',
        female: false,
        placeCode: 'A662',
      }).slice(0, 6),
    ).toBe('FOXGFR');
  });
});
