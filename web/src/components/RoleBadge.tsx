import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RoleAssignmentView } from '../../../api/session.ts';

/** A role with its scope: "Referente · DEI". */
export const roleLabel = (t: TFunction, assignment: Pick<RoleAssignmentView, 'role' | 'unitName'>) =>
  assignment.unitName
    ? `${t(`roles.${assignment.role}`)} · ${assignment.unitName}`
    : t(`roles.${assignment.role}`);

export const RoleBadge = ({ assignment }: { assignment: Pick<RoleAssignmentView, 'role' | 'unitName'> }) => {
  const { t } = useTranslation();
  return <span className="badge rounded-pill bg-primary fs-6 fw-normal">{roleLabel(t, assignment)}</span>;
};
