import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { SpecialCategoryGrant } from '../../../../api/students.ts';
import { apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';

export const GrantsTable = ({ grants }: { grants: SpecialCategoryGrant[] }) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => apiSend('DELETE', `/api/special-category/grants/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['special-category-grants'] }),
  });
  return (
    <section aria-labelledby="grants-title">
      <h2 id="grants-title" className="h3">
        {t('specialCategory.listTitle')}
      </h2>
      {revoke.isError && <ErrorAlert error={revoke.error} />}
      {grants.length === 0 ? (
        <p>{t('specialCategory.none')}</p>
      ) : (
        <Table responsive className="align-middle">
          <thead>
            <tr>
              <th scope="col">{t('specialCategory.person')}</th>
              <th scope="col">{t('specialCategory.reason')}</th>
              <th scope="col">{t('specialCategory.grantedBy')}</th>
              <th scope="col">{t('specialCategory.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {grants.map((grant) => (
              <tr key={grant.id}>
                <th scope="row">{grant.granteeName}</th>
                <td>{grant.reason}</td>
                <td>
                  {grant.grantedByName}
                  <div className="small text-muted">{formatDateTime(grant.createdAt, i18n.language)}</div>
                </td>
                <td>
                  {grant.revokedAt
                    ? t('specialCategory.revokedOn', { date: formatDateTime(grant.revokedAt, i18n.language) })
                    : t('specialCategory.active')}
                </td>
                <td>
                  {!grant.revokedAt && (
                    <Button
                      color="danger"
                      outline
                      size="xs"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(grant.id)}
                    >
                      {t('specialCategory.revoke')}
                      <span className="visually-hidden"> · {grant.granteeName}</span>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
};
