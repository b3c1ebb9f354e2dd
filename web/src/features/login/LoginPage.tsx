import { Card, CardBody, Col, Row } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { Page } from '../../layout/Page.tsx';
import { useSession } from '../../session/use-session.ts';
import { DemoAccounts } from './DemoAccounts.tsx';
import { LoginForm } from './LoginForm.tsx';
import { LoginNotice } from './LoginNotice.tsx';
import { OidcLogin } from './OidcLogin.tsx';
import { safeReturnTo } from './return-to.ts';

export const LoginPage = () => {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const [credentials, setCredentials] = useState({ username: '', password: '' });
  if (session.person) return <Navigate to={returnTo} replace />;
  return (
    <Page title={t('login.title')} lead={t('login.lead', { university: session.universityName })}>
      <LoginNotice error={params.get('error')} notice={params.get('notice')} oidcLabel={session.oidc.label} />
      <Row className="g-4">
        <Col lg={5}>
          <Card tag="div" shadow="sm" rounded>
            <CardBody>
              {session.oidc.enabled && <OidcLogin label={session.oidc.label} returnTo={returnTo} />}
              <LoginForm
                username={credentials.username}
                password={credentials.password}
                onChange={setCredentials}
                returnTo={returnTo}
              />
            </CardBody>
          </Card>
        </Col>
        <Col lg={7}>
          <DemoAccounts
            onPick={(account) => {
              setCredentials({ username: account.username, password: account.password });
              document.getElementById('login-password')?.focus();
            }}
          />
        </Col>
      </Row>
      <p className="mt-4">
        <Link to="/bandi">{t('calls.publicLink')}</Link>
      </p>
    </Page>
  );
};
