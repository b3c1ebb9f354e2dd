import { useQuery } from '@tanstack/react-query';
import { Col, Row } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { HomeSchema } from '../../../../api/me.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { Page } from '../../layout/Page.tsx';
import { useSession } from '../../session/use-session.ts';
import { NextActionCard } from './NextActionCard.tsx';
import { RoleList } from './RoleList.tsx';

/** The person's home: what to do next for each of their roles, and which roles they hold. */
export const HomePage = () => {
  const { t } = useTranslation();
  const { person } = useSession();
  const query = useQuery({ queryKey: ['home'], queryFn: () => apiGet('/api/home', HomeSchema) });
  return (
    <Page title={t('home.title', { name: person?.displayName ?? '' })} isHome lead={t('home.lead')}>
      <section aria-labelledby="next-actions-title" className="mb-5">
        <h2 id="next-actions-title" className="h3">
          {t('home.nextTitle')}
        </h2>
        <QueryView query={query}>
          {(home) =>
            home.actions.length === 0 ? (
              <p>{t('home.nothing')}</p>
            ) : (
              <Row className="g-3">
                {home.actions.map((action) => (
                  <Col key={`${action.role}-${action.key}`} md={6} xl={4}>
                    <NextActionCard action={action} />
                  </Col>
                ))}
              </Row>
            )
          }
        </QueryView>
      </section>
      {person && <RoleList roles={person.roles} />}
    </Page>
  );
};
