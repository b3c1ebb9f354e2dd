import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../../api/imports.ts';

/** Each problem at its row and column, as the office sees them in its spreadsheet (the header is row 1). */
export const ImportErrorsTable = ({ errors, fileName }: { errors: ImportRowError[]; fileName: string }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-errors-title" className="mt-3">
      <h3 id="import-errors-title" className="h4">
        {t('imports.errorsTitle')}
      </h3>
      <Table responsive size="sm" data-testid="import-errors">
        <caption>{t('imports.errorsCaption', { file: fileName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.row')}</th>
            <th scope="col">{t('imports.column')}</th>
            <th scope="col">{t('imports.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error) => (
            <tr key={`${error.row}|${error.column ?? ''}|${error.message}`}>
              <td>{error.row}</td>
              <td>{error.column ?? '—'}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
};
