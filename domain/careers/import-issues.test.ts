import { describe, expect, it } from 'vitest';
import { describeFileProblem, describeImportIssue, describeImportOutcome } from './import-issues.ts';

describe('import messages', () => {
  it('names the value at fault in both languages', () => {
    const issue = { code: 'bad-date', value: '31/02/2025' } as const;
    expect(describeImportIssue(issue, 'it')).toBe(
      'Data non valida: "31/02/2025" (usa gg/mm/aaaa o aaaa-mm-gg).',
    );
    expect(describeImportIssue(issue, 'en')).toBe(
      'Invalid date: "31/02/2025" (use dd/mm/yyyy or yyyy-mm-dd).',
    );
  });

  it('names the earlier row of a duplicate', () => {
    expect(
      describeImportIssue({ code: 'duplicate-student-number', value: '600001', firstRow: 2 }, 'it'),
    ).toContain('già alla riga 2');
  });

  it('says what a file that is not a spreadsheet looks like', () => {
    expect(describeFileProblem({ code: 'not-a-spreadsheet', detected: 'pdf' }, 'it')).toBe(
      'Il file non è un foglio di calcolo (CSV o XLSX): sembra un documento PDF.',
    );
    expect(describeFileProblem({ code: 'not-a-spreadsheet', detected: 'image' }, 'en')).toContain(
      'not a spreadsheet',
    );
  });

  it('says that nothing was changed when an import is refused', () => {
    expect(describeImportOutcome({ written: 0, errorCount: 2, rowCount: 10 }, 'it')).toContain(
      'Nessun dato è stato modificato',
    );
    expect(describeImportOutcome({ written: 10, errorCount: 0, rowCount: 10 }, 'en')).toBe(
      'Import completed: 10 rows written.',
    );
  });
});
