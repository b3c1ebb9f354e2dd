import { Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../api/people.ts';
import { roleLabel } from '../../components/RoleBadge.tsx';

type Assignment = PersonSummary['roles'][number];

interface PeopleTableProps {
  people: PersonSummary[];
  total: number;
  /** Set for the administrator only: the table then offers grant and revoke. */
  manage?: {
    onGrant: (person: PersonSummary) => void;
    onRevoke: (person: PersonSummary, assignment: Assignment) => void;
    busy: boolean;
  };
}

export const PeopleTable = ({ people, total, manage }: PeopleTableProps) => {
  const { t } = useTranslation();
  if (people.length === 0) return <p>{t('people.none')}</p>;
  return (
    <Table responsive className="align-middle">
      <caption>{t('common.results', { count: total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('people.name')}</th>
          <th scope="col">{t('people.email')}</th>
          <th scope="col">{t('people.unit')}</th>
          <th scope="col">{t('people.kind')}</th>
          <th scope="col">{t('people.roles')}</th>
          {manage && (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => {
          const name = `${person.givenName} ${person.familyName}`;
          return (
            <tr key={person.id}>
              <th scope="row" className="fw-semibold">
                {name}
              </th>
              <td>{person.email}</td>
              <td>{person.unitName ?? '—'}</td>
              <td>{person.isStaff ? t('people.staff') : t('people.student')}</td>
              <td>
                {person.roles.length === 0 && <span className="text-muted">{t('people.noRoles')}</span>}
                <ul className="list-unstyled mb-0">
                  {person.roles.map((assignment) => (
                    <li key={assignment.id} className="d-flex align-items-center gap-2 mb-1">
                      <span>{roleLabel(t, assignment)}</span>
                      {manage && (
                        <Button
                          color="danger"
                          outline
                          size="xs"
                          disabled={manage.busy}
                          aria-label={t('people.revokeLabel', { role: roleLabel(t, assignment), name })}
                          onClick={() => manage.onRevoke(person, assignment)}
                        >
                          {t('people.revoke')}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
              {manage && (
                <td>
                  <Button color="primary" outline size="xs" onClick={() => manage.onGrant(person)}>
                    {t('people.grant')}
                    <span className="visually-hidden"> · {name}</span>
                  </Button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
};
