import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../api/audit.ts';
import { formatDateTime } from '../../components/format.ts';
import { eventLabel } from './event-label.ts';

export const AuditTable = ({ entries, total }: { entries: AuditEntryView[]; total: number }) => {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <Table responsive size="sm" className="align-middle">
      <caption>{t('common.results', { count: total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.event')}</th>
          <th scope="col">{t('audit.entity')}</th>
          <th scope="col">{t('audit.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="text-nowrap">
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            </td>
            <td>{entry.actorName ?? t('audit.system')}</td>
            <td>{eventLabel(i18n, entry.event)}</td>
            <td>
              {entry.entityType}
              {entry.entityId && <div className="small text-muted text-break">{entry.entityId}</div>}
            </td>
            <td>{entry.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};
