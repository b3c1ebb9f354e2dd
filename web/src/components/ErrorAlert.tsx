import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message.ts';

export const ErrorAlert = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  return (
    <Alert color="danger" role="alert" fade={false}>
      {errorMessage(error, t)}
    </Alert>
  );
};
