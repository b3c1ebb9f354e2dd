/** Protocol numbers count per calendar year (Rome) from 1: "2026/000123". */
export const PROTOCOL_DIGITS = 6;

export const formatProtocolNumber = (year: number, number: number): string => {
  if (!Number.isInteger(number) || number < 1 || number >= 10 ** PROTOCOL_DIGITS) {
    throw new RangeError(`protocol number out of range: ${number}`);
  }
  return `${year}/${String(number).padStart(PROTOCOL_DIGITS, '0')}`;
};

const PROTOCOL_PATTERN = /^(\d{4})\/(\d{6})$/;

export const parseProtocolNumber = (text: string): { year: number; number: number } | null => {
  const match = PROTOCOL_PATTERN.exec(text);
  if (!match) return null;
  const number = Number(match[2]);
  return number >= 1 ? { year: Number(match[1]), number } : null;
};
