import { Spinner } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

export const Loading = () => {
  const { t } = useTranslation();
  return (
    <div className="d-flex align-items-center gap-2 my-3" role="status">
      <Spinner active small label={t('common.loading')} />
    </div>
  );
};
