import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProfileSummary } from '../../../../api/profiles.ts';
import { formatDateTime } from '../../components/format.ts';

/** The presets and the university's copies; the one in force is marked in words, not by colour alone. */
export const ProfilesTable = ({ items }: { items: ProfileSummary[] }) => {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p>{t('profiles.none')}</p>;
  const nameOf = new Map(items.map((item) => [item.code, item.name]));
  return (
    <Table responsive className="align-middle">
      <caption>{t('common.results', { count: items.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('profiles.name')}</th>
          <th scope="col">{t('profiles.code')}</th>
          <th scope="col">{t('profiles.kind')}</th>
          <th scope="col">{t('profiles.status')}</th>
          <th scope="col">{t('profiles.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.code}>
            <th scope="row">
              <Link to={`/profiles/${encodeURIComponent(item.code)}`}>{item.name}</Link>
            </th>
            <td>
              <code>{item.code}</code>
            </td>
            <td>
              {t(`profiles.kinds.${item.kind}`)}
              {item.basedOn && (
                <div className="small text-muted">
                  {t('profiles.basedOn')}: {nameOf.get(item.basedOn) ?? item.basedOn}
                </div>
              )}
            </td>
            <td>
              {item.active ? (
                <span className="badge bg-success">{t('profiles.active')}</span>
              ) : (
                <span className="text-muted">{t('profiles.inactive')}</span>
              )}
            </td>
            <td>
              {item.updatedAt ? formatDateTime(item.updatedAt, i18n.language) : '—'}
              {item.updatedByName && <div className="small text-muted">{item.updatedByName}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};
