import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../api/me.ts';
import { formatDate } from '../../components/format.ts';
import { RoleBadge } from '../../components/RoleBadge.tsx';

export const PersonalDetails = ({ me }: { me: Me }) => {
  const { t, i18n } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('profile.name'), `${me.givenName} ${me.familyName}`],
    [t('profile.email'), me.email],
    [t('profile.birthDate'), me.birthDate ? formatDate(me.birthDate, i18n.language) : t('common.none')],
    [t('profile.unit'), me.unitName ?? t('common.none')],
  ];
  return (
    <section aria-labelledby="details-title" className="mb-5">
      <h2 id="details-title" className="h3">
        {t('profile.detailsTitle')}
      </h2>
      <dl className="row">
        {rows.map(([label, value]) => (
          <div key={label} className="col-sm-6 col-lg-3 mb-2">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="h5">{t('profile.roles')}</h3>
      <ul className="list-unstyled d-flex flex-wrap gap-2">
        {me.roles.map((assignment) => (
          <li key={`${assignment.role}-${assignment.unitId ?? ''}-${assignment.callId ?? ''}`}>
            <RoleBadge assignment={assignment} />
          </li>
        ))}
      </ul>
    </section>
  );
};
