import { useQuery } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type DemoAccount, DemoAccountSchema } from '../../../../api/session.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';

const DemoAccountListSchema = z.array(DemoAccountSchema);

/** The demo accounts (only while the demo data is on): choosing one fills the login form. */
export const DemoAccounts = ({ onPick }: { onPick: (account: DemoAccount) => void }) => {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['demo-accounts', i18n.language],
    queryFn: () => apiGet('/api/demo-accounts', DemoAccountListSchema),
  });
  return (
    <QueryView query={query}>
      {(accounts) =>
        accounts.length === 0 ? null : (
          <section aria-labelledby="demo-accounts-title">
            <h2 id="demo-accounts-title" className="h4">
              {t('login.demoTitle')}
            </h2>
            <p>{t('login.demoIntro')}</p>
            <Table responsive size="sm" className="align-middle">
              <caption className="visually-hidden">{t('login.demoTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('login.username')}</th>
                  <th scope="col">{t('login.password')}</th>
                  <th scope="col">{t('login.demoWho')}</th>
                  <th scope="col">{t('login.demoRoles')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.username}>
                    <td>
                      <code>{account.username}</code>
                    </td>
                    <td>
                      <code>{account.password}</code>
                    </td>
                    <td>
                      {account.displayName}
                      <div className="small text-muted">{account.description}</div>
                    </td>
                    <td>{account.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
                    <td>
                      <Button color="primary" outline size="xs" onClick={() => onPick(account)}>
                        {t('login.useAccount')} <span className="visually-hidden">{account.username}</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        )
      }
    </QueryView>
  );
};
