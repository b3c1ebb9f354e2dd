import { useTranslation } from 'react-i18next';
import type { RoleAssignmentView } from '../../../../api/session.ts';
import { RoleBadge } from '../../components/RoleBadge.tsx';

export const RoleList = ({ roles }: { roles: RoleAssignmentView[] }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-roles-title">
      <h2 id="my-roles-title" className="h3">
        {t('home.rolesTitle')}
      </h2>
      {roles.length === 0 ? (
        <p>{t('home.noRoles')}</p>
      ) : (
        <ul className="list-unstyled d-flex flex-wrap gap-2">
          {roles.map((assignment) => (
            <li key={`${assignment.role}-${assignment.unitId ?? ''}-${assignment.callId ?? ''}`}>
              <RoleBadge assignment={assignment} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
