/**
 * The Italian fiscal code (codice fiscale, DM 23/12/1976): 16 characters ending with a check character, or the
 * 11-digit temporary code the Revenue Agency gives to some foreign students.
 */
const PATTERN = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const TEMPORARY = /^\d{11}$/;

/** The value of a character in an odd position (1st, 3rd, ...), from the decree's table. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

const ordinal = (char: string) => {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
};

export const fiscalCodeCheckCharacter = (first15: string): string => {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const value = ordinal(first15.charAt(i));
    sum += i % 2 === 0 ? (ODD_VALUES[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26));
};

export const normaliseFiscalCode = (text: string) => text.replace(/\s+/g, '').toUpperCase();

export const isValidFiscalCode = (text: string): boolean => {
  const code = normaliseFiscalCode(text);
  if (TEMPORARY.test(code)) return true;
  return PATTERN.test(code) && fiscalCodeCheckCharacter(code.slice(0, 15)) === code.charAt(15);
};

const MONTH_LETTERS = 'ABCDEHLMPRST';

const lettersOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
const consonantsOf = (letters: string) => letters.replace(/[AEIOU]/g, '');
const vowelsOf = (letters: string) => letters.replace(/[^AEIOU]/g, '');

const surnamePart = (familyName: string) => {
  const letters = lettersOf(familyName);
  return `${consonantsOf(letters)}${vowelsOf(letters)}XXX`.slice(0, 3);
};

const givenNamePart = (givenName: string) => {
  const letters = lettersOf(givenName);
  const consonants = consonantsOf(letters);
  if (consonants.length >= 4) return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  return `${consonants}${vowelsOf(letters)}XXX`.slice(0, 3);
};

/**
 * Builds the fiscal code of a person (used to make realistic demo students); `placeCode` is the cadastral code of
 * the municipality of birth (Bari is A662). Homonyms that collide are told apart by the Revenue Agency, not here.
 */
export const buildFiscalCode = (person: {
  familyName: string;
  givenName: string;
  birthDate: string;
  female: boolean;
  placeCode: string;
}): string => {
  const [year, month, day] = person.birthDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) throw new Error('bad birth date');
  const dayPart = String(day + (person.female ? 40 : 0)).padStart(2, '0');
  const first15 = `${surnamePart(person.familyName)}${givenNamePart(person.givenName)}${String(year % 100).padStart(2, '0')}${MONTH_LETTERS[month - 1]}${dayPart}${person.placeCode}`;
  return `${first15}${fiscalCodeCheckCharacter(first15)}`;
};
