import { describe, expect, it } from 'vitest';
import { formatAcademicYear } from './types.ts';

describe('formatAcademicYear', () => {
  it('writes the academic year as the office does', () => {
    expect(formatAcademicYear(2025)).toBe('2025/26');
    expect(formatAcademicYear(2099)).toBe('2099/00');
  });
});
