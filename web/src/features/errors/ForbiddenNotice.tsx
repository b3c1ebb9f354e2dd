import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a person sees where the server refuses them: why, and a way back. */
export const ForbiddenNotice = () => {
  const { t } = useTranslation();
  return (
    <div className="callout danger" data-testid="forbidden">
      <div className="callout-title">{t('errors.forbiddenTitle')}</div>
      <p>{t('errors.forbiddenText')}</p>
      <Link to="/">{t('errors.backHome')}</Link>
    </div>
  );
};
