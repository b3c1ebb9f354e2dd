import type { Parsed } from './cell-values.ts';
import type { ColumnMap } from './import-columns.ts';
import type { ImportIssue, ImportIssueDetail } from './import-issues.ts';

/**
 * Reads the cells of one row by column name and collects every issue of the row, so the report lists them all
 * at once instead of one per upload.
 *
 * Optional columns follow "absent means keep": a column missing from the file gives `undefined` (the stored
 * value stays as it is), an empty cell in a present column gives `null` (the value is cleared).
 */
export class RowReader {
  readonly issues: ImportIssue[] = [];

  constructor(
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly columns: ColumnMap,
  ) {}

  has(name: string): boolean {
    return this.columns.has(name);
  }

  /** The trimmed text of a cell; undefined when the file has no such column. */
  cell(name: string): string | undefined {
    const column = this.columns.get(name);
    if (!column) return undefined;
    return (this.cells[column.index] ?? '').trim();
  }

  report(name: string | null, issue: ImportIssueDetail): void {
    const label = name === null ? null : (this.columns.get(name)?.label ?? name);
    this.issues.push({ row: this.row, column: label, ...issue });
  }

  /** A value that must be there. Returns undefined (and records why) when it is empty or invalid. */
  required<T>(name: string, parse: (text: string) => Parsed<T>): T | undefined {
    const text = this.cell(name);
    if (text === undefined || text === '') {
      this.report(name, { code: 'required' });
      return undefined;
    }
    return this.parsed(name, parse(text));
  }

  requiredText(name: string, max: number): string | undefined {
    return this.required(name, (text) =>
      text.length > max ? { ok: false, issue: { code: 'too-long', max } } : { ok: true, value: text },
    );
  }

  /** undefined when the column is absent, null when the cell is empty, else the parsed value. */
  optional<T>(name: string, parse: (text: string) => Parsed<T>): T | null | undefined {
    const text = this.cell(name);
    if (text === undefined) return undefined;
    if (text === '') return null;
    return this.parsed(name, parse(text)) ?? null;
  }

  /** A yes/no flag: an empty cell means no. */
  flag(name: string, parse: (text: string) => Parsed<boolean>): boolean | undefined {
    const value = this.optional(name, parse);
    return value === undefined ? undefined : value === true;
  }

  private parsed<T>(name: string, result: Parsed<T>): T | undefined {
    if (result.ok) return result.value;
    this.report(name, result.issue);
    return undefined;
  }
}
