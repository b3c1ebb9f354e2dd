import { Button } from 'design-react-kit';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useLogin } from './use-login.ts';

interface LoginFormProps {
  username: string;
  password: string;
  onChange: (credentials: { username: string; password: string }) => void;
  returnTo: string;
}

export const LoginForm = ({ username, password, onChange, returnTo }: LoginFormProps) => {
  const { t } = useTranslation();
  const login = useLogin(returnTo);
  const error = login.error instanceof ApiError ? login.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="login-form-title">
      <h2 id="login-form-title" className="h4 mb-4">
        {t('login.localTitle')}
      </h2>
      {login.isError && <ErrorAlert error={login.error} />}
      <TextField
        id="login-username"
        label={t('login.username')}
        autoComplete="username"
        value={username}
        onChange={(event) => onChange({ username: event.target.value, password })}
        error={error?.issueFor('username')}
        required
      />
      <TextField
        id="login-password"
        type="password"
        label={t('login.password')}
        autoComplete="current-password"
        value={password}
        onChange={(event) => onChange({ username, password: event.target.value })}
        error={error?.issueFor('password')}
        required
      />
      <Button type="submit" color="primary" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
};
