import { Card, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { NextActionSchema } from '../../../../api/me.ts';
import { translateDynamic } from '../../i18n/dynamic.ts';

type NextAction = z.infer<typeof NextActionSchema>;

/** One thing to do next: what, for which role, and the page where it is done. */
export const NextActionCard = ({ action }: { action: NextAction }) => {
  const { t, i18n } = useTranslation();
  const options = action.count === undefined ? {} : { count: action.count };
  const text = translateDynamic(i18n, `home.${action.key}`, t('home.unknownAction'), options);
  const roleName = translateDynamic(i18n, `roles.${action.role}`, action.role);
  return (
    <Card shadow="sm" rounded className="h-100" testId="next-action">
      <div className="it-card-body p-4">
        <p className="small text-uppercase fw-semibold mb-2">{roleName}</p>
        <h3 className="h5 mb-3">{text}</h3>
        <Link to={action.href} className="btn btn-outline-primary btn-sm btn-icon">
          <span>{t('home.go')}</span>
          <Icon icon="it-arrow-right" color="primary" size="sm" className="ms-1" />
        </Link>
      </div>
    </Card>
  );
};
